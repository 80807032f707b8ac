// Shields and proposals as professionals and the privacy officer handle them.
import { z } from 'zod';
import { pageOf, PageParam, PageSizeParam } from '../../platform/http/paging.js';

/** The legal reasons a professional may shield an item from the family for (a closed list). */
export const SHIELD_REASONS = [
  'child_safety',
  'third_party_privacy',
  'criminal_investigation',
  'serious_harm',
  'assessment_in_progress',
] as const;
export const ShieldReason = z.enum(SHIELD_REASONS).meta({ id: 'ShieldReason' });

export const ShieldBody = z
  .strictObject({
    itemKind: z.enum(['plan_item', 'meeting']),
    itemRef: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    reason: ShieldReason,
    explanation: z.string().trim().min(1).max(2000),
    reviewOn: z.iso.date(),
  })
  .meta({ id: 'ShieldBody' });
export type ShieldBody = z.infer<typeof ShieldBody>;

export const Shield = z
  .object({
    id: z.uuid(),
    itemKind: z.enum(['plan_item', 'meeting']),
    itemRef: z.string(),
    reason: ShieldReason,
    explanation: z.string(),
    reviewOn: z.string(),
    reviewDue: z.boolean(),
    shieldedAt: z.date(),
    shieldedByName: z.string(),
  })
  .meta({ id: 'Shield' });
export const ShieldList = z.object({ items: z.array(Shield) }).meta({ id: 'ShieldList' });
export const ShieldRegisterPage = pageOf(
  Shield.extend({ familyReference: z.string(), familyId: z.uuid() }),
  'ShieldRegisterPage',
);
export const ShieldRegisterQuery = z.strictObject({ page: PageParam, pageSize: PageSizeParam });
export const ShieldParams = z.strictObject({ familyId: z.uuid(), shieldId: z.uuid() });
export const ProposalParams = z.strictObject({ familyId: z.uuid(), proposalId: z.uuid() });

export const ProposalAnswerBody = z
  .discriminatedUnion('outcome', [
    z.strictObject({ outcome: z.literal('accepted'), answer: z.string().trim().min(1).max(2000).optional() }),
    z.strictObject({ outcome: z.literal('declined'), answer: z.string().trim().min(1).max(2000) }),
  ])
  .meta({ id: 'ProposalAnswerBody' });
export type ProposalAnswerBody = z.infer<typeof ProposalAnswerBody>;

export const FamilyProposal = z
  .object({
    id: z.uuid(),
    kind: z.enum(['goal', 'change']),
    body: z.string(),
    proposedByName: z.string(),
    proposedAt: z.date(),
    status: z.enum(['open', 'accepted', 'declined']),
    answer: z.string().nullable(),
    answeredByName: z.string().nullable(),
    answeredAt: z.date().nullable(),
    planVersion: z.number().int().nullable(),
  })
  .meta({ id: 'FamilyProposal' });
export const FamilyProposalList = z
  .object({ items: z.array(FamilyProposal), canAnswer: z.boolean() })
  .meta({ id: 'FamilyProposalList' });
