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

/** Accept several pairs of the proposal at once (a page of it at most). */
export const BulkPairBody = z
  .strictObject({
    pairs: z
      .array(PairBody)
      .min(1)
      .max(100)
      .refine((pairs) => new Set(pairs.map((p) => p.requestId)).size === pairs.length, {
        message: 'Each request at most once.',
      }),
  })
  .meta({ id: 'SupportBulkPairBody' });
export type BulkPairBody = z.infer<typeof BulkPairBody>;
export const BulkPairResult = z.object({
  requestId: z.uuid(),
  familyId: z.uuid(),
  outcome: z.enum(['accepted', 'refused']),
  matchId: z.uuid().nullable(),
  /** Why a pair was refused (the error code the single accept would have answered), e.g. support_request_not_open. */
  code: z.string().nullable(),
});
export type BulkPairResult = z.infer<typeof BulkPairResult>;
export const BulkPairSummary = z
  .object({ accepted: z.number().int(), refused: z.number().int(), results: z.array(BulkPairResult) })
  .meta({ id: 'SupportBulkPairSummary' });
