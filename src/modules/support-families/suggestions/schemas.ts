import { z } from 'zod';
import { CRITERIA } from './scoring.js';

const SupportCriterion = z.enum(CRITERIA).meta({ id: 'SupportCriterion' });

export const CriterionScore = z
  .object({
    criterion: SupportCriterion,
    weight: z.number(),
    value: z.number(),
    points: z.number(),
    detail: z.object({
      km: z.number().optional(),
      shared: z.array(z.string()).optional(),
      of: z.number().optional(),
      fitting: z.number().optional(),
      remaining: z.number().optional(),
    }),
  })
  .meta({ id: 'SupportCriterionScore' });
export const FamilyRef = z.object({
  id: z.uuid(),
  reference: z.string(),
  givenName: z.string(),
  neighbourhoodName: z.string().nullable(),
});
export const RequestRef = FamilyRef;
export const Suggestion = z
  .object({ family: FamilyRef, score: z.number(), criteria: z.array(CriterionScore) })
  .meta({ id: 'SupportSuggestion' });
export const SuggestionList = z
  .object({
    request: RequestRef,
    items: z.array(Suggestion),
    notEligible: z.object({
      too_far: z.number().int(),
      no_shared_support: z.number().int(),
      no_shared_time: z.number().int(),
      too_many_children: z.number().int(),
      no_capacity: z.number().int(),
      rejected: z.number().int(),
    }),
    weights: z.record(z.string(), z.number()),
  })
  .meta({ id: 'SupportSuggestionList' });

export const Weights = z
  .strictObject(
    Object.fromEntries(CRITERIA.map((c) => [c, z.number().int().min(0).max(10)])) as Record<
      (typeof CRITERIA)[number],
      z.ZodNumber
    >,
  )
  .refine((w) => Object.values(w).some((x) => x > 0), { message: 'all_zero' })
  .meta({ id: 'SupportWeights' });
export const SettingsBody = z
  .strictObject({
    vogValidityMonths: z.number().int().min(1).max(120),
    checkinDays: z.array(z.number().int().min(1).max(730)).max(10),
  })
  .meta({ id: 'SupportSettingsBody' });
export const Settings = z
  .object({
    vogValidityMonths: z.number().int(),
    checkinDays: z.array(z.number().int()),
    confirmationHours: z.number().int(),
    weights: Weights,
    area: z.array(z.object({ code: z.string(), name: z.string() })),
    /** Whether this coordinator may change the shared settings and support kinds (a region-wide area). */
    mayConfigure: z.boolean(),
  })
  .meta({ id: 'SupportSettings' });
