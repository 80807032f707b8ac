import { z } from 'zod';
import { CriterionScore, FamilyRef, RequestRef } from '../suggestions/schemas.js';

export const Proposal = z
  .object({
    pairs: z.array(
      z.object({
        request: RequestRef,
        family: FamilyRef,
        score: z.number(),
        criteria: z.array(CriterionScore),
        greedyFamilyId: z.uuid().nullable(),
      }),
    ),
    openRequests: z.number().int(),
    eligibleFamilies: z.number().int(),
    unassigned: z.number().int(),
    total: z.number(),
    greedyTotal: z.number(),
    greedyAssigned: z.number().int(),
    improvementPercent: z.number().nullable(),
    durationMs: z.number(),
  })
  .meta({ id: 'SupportProposal' });
export const PairBody = z.strictObject({ requestId: z.uuid(), familyId: z.uuid() }).meta({ id: 'SupportPairBody' });
export type PairBody = z.infer<typeof PairBody>;
