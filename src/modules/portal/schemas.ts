// The portal's API shapes: what the family sees of its own file, in the words the web shows (B1).
import { z } from 'zod';
import { ActionStatus, LifeDomain, OwnerKind, StrengthKind } from '../plans/content.js';
import { AGE_BANDS } from '../family-authority/index.js';

export const FamilyParams = z.strictObject({ familyId: z.uuid() });
const ItemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const ActionParams = z.strictObject({ familyId: z.uuid(), actionId: ItemId });
export const VersionParams = z.strictObject({
  familyId: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});
export const ItemParams = z.strictObject({ familyId: z.uuid(), itemId: ItemId });
const Text = (max: number) => z.string().trim().min(1).max(max);

export const AgeBand = z.enum(AGE_BANDS).meta({ id: 'PortalAgeBand' });

export const PortalMe = z
  .object({
    families: z.array(
      z.object({
        familyId: z.uuid(),
        reference: z.string(),
        /** The household member this login is (their first name), null for a login from before 2026. */
        givenName: z.string().nullable(),
        band: AgeBand,
        hasAuthority: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'PortalMe' });

/** What every shown plan item says about whose it is. */
const ItemMeta = {
  id: z.string(),
  /** First name of the household member whose part it is; null for the family's shared plan. */
  about: z.string().nullable(),
  mine: z.boolean(),
  /** The young person (16+) shielded it from their parents (only the young person sees this item). */
  shieldedFromParents: z.boolean(),
  /** The viewer may shield it from their parents (a young person of 16 or 17, their own part). */
  canShield: z.boolean(),
};

export const PortalComment = z.object({
  id: z.uuid(),
  authorName: z.string(),
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.date(),
});

export const PortalProposal = z
  .object({
    id: z.uuid(),
    kind: z.enum(['goal', 'change']),
    body: z.string(),
    proposedAt: z.date(),
    status: z.enum(['open', 'accepted', 'declined']),
    answer: z.string().nullable(),
    answeredByName: z.string().nullable(),
    answeredAt: z.date().nullable(),
  })
  .meta({ id: 'PortalProposal' });

export const PortalPlan = z
  .object({
    familyId: z.uuid(),
    viewer: z.object({ givenName: z.string().nullable(), band: AgeBand, hasAuthority: z.boolean() }),
    plan: z
      .object({
        version: z.number().int(),
        updatedAt: z.date(),
        updatedBy: z.string(),
        strengths: z.array(z.object({ ...ItemMeta, kind: StrengthKind, text: z.string() })),
        /** The top-3 first (by the table's order), each with the voices in their own words. */
        concerns: z.array(
          z.object({
            ...ItemMeta,
            text: z.string(),
            priority: z.number().int().nullable(),
            voices: z.array(z.string()),
          }),
        ),
        goals: z.array(
          z.object({
            ...ItemMeta,
            domain: LifeDomain,
            what: z.string(),
            byWhen: z.string().nullable(),
            howWeKnow: z.string(),
          }),
        ),
        actions: z.array(
          z.object({
            ...ItemMeta,
            goalId: z.string().nullable(),
            what: z.string(),
            ownerName: z.string(),
            ownerKind: OwnerKind,
            due: z.string().nullable(),
            status: ActionStatus,
            canMarkDone: z.boolean(),
            comments: z.array(PortalComment),
          }),
        ),
        safetyAgreements: z.array(z.object({ ...ItemMeta, text: z.string() })),
        reviews: z.array(z.object({ ...ItemMeta, date: z.string(), note: z.string() })),
      })
      .nullable(),
    signOff: z.object({
      /** The current version waits for this viewer's agreement. */
      needed: z.boolean(),
      signedOn: z.string().nullable(),
    }),
    proposals: z.array(PortalProposal),
    abilities: z.object({ signOff: z.boolean(), propose: z.boolean(), comment: z.boolean() }),
  })
  .meta({ id: 'PortalPlan' });
export type PortalPlan = z.infer<typeof PortalPlan>;

export const CommentBody = z.strictObject({ body: Text(1000) }).meta({ id: 'PortalCommentBody' });
export const ProposalBody = z
  .strictObject({ kind: z.enum(['goal', 'change']), body: Text(2000) })
  .meta({ id: 'PortalProposalBody' });
export const ShieldOwnBody = z.strictObject({ shielded: z.boolean() }).meta({ id: 'PortalShieldOwnBody' });
export type ProposalBody = z.infer<typeof ProposalBody>;
