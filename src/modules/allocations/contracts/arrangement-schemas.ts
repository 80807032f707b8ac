// Tailored and education-care arrangements (seed 002): a school, one or more providers sharing the cost, a
// capacity; each placement is an allocation of a consultant's decision (decisions/decide.ts).
import { z } from 'zod';
import { Cents, IsoDate, Municipality } from './schemas.js';

export const ArrangementParams = z.strictObject({ arrangementId: z.uuid() });

export const ArrangementProvider = z.object({ id: z.uuid(), name: z.string(), costSharePct: z.number() });
export const CareArrangement = z
  .object({
    id: z.uuid(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    name: z.string(),
    schoolId: z.uuid(),
    schoolName: z.string(),
    capacity: z.number().int(),
    /** Youths placed today (active allocations of the arrangement whose period contains today). */
    placed: z.number().int(),
    free: z.number().int(),
    costModel: z.string(),
    annualCostCents: z.number().int(),
    startsOn: IsoDate,
    endsOn: IsoDate.nullable(),
    providers: z.array(ArrangementProvider),
  })
  .meta({ id: 'CareArrangement' });
export const CareArrangementList = z.object({ items: z.array(CareArrangement) }).meta({ id: 'CareArrangementList' });

/** A place taken: no client data, only the allocation and the decision it came from. */
export const ArrangementPlacement = z
  .object({
    allocationNumber: z.number().int(),
    providerName: z.string(),
    startsOn: IsoDate,
    endsOn: IsoDate,
    status: z.enum(['active', 'withdrawn', 'ended']),
    current: z.boolean(),
    decisionId: z.uuid(),
    decisionReference: z.string(),
  })
  .meta({ id: 'ArrangementPlacement' });
export const CareArrangementDetail = CareArrangement.extend({ placements: z.array(ArrangementPlacement) }).meta({
  id: 'CareArrangementDetail',
});

export const ArrangementBody = z
  .strictObject({
    municipalityCode: Municipality,
    name: z.string().trim().min(1).max(200),
    schoolId: z.uuid(),
    capacity: z.number().int().min(1).max(100),
    costModel: z.string().trim().min(1).max(2000),
    annualCostCents: Cents,
    startsOn: IsoDate,
    endsOn: IsoDate.nullable().default(null),
    providers: z
      .array(z.strictObject({ providerId: z.uuid(), costSharePct: z.number().gt(0).max(100) }))
      .min(1)
      .max(10),
  })
  .superRefine((b, ctx) => {
    if (b.endsOn !== null && b.endsOn < b.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'before_start', params: { code: 'before_start' } });
    const ids = b.providers.map((p) => p.providerId);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['providers'], message: 'twice', params: { code: 'provider_twice' } });
    // Shares in hundredths, so 33.33 + 33.33 + 33.34 adds up exactly.
    const total = b.providers.reduce((s, p) => s + Math.round(p.costSharePct * 100), 0);
    if (total !== 10_000)
      ctx.addIssue({ code: 'custom', path: ['providers'], message: 'shares', params: { code: 'shares_not_100' } });
  })
  .meta({ id: 'ArrangementBody' });
export type ArrangementBody = z.infer<typeof ArrangementBody>;
