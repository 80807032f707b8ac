import { z } from 'zod';
import { SupportEndReason } from '../vocabulary.js';

// A count as published: a value, or hidden — 'primary' (1–4, shown as "<5") or 'secondary'
// (hidden so that a small number elsewhere in its column or row cannot be worked out).
const Count = z.object({ kind: z.enum(['value', 'primary', 'secondary']), value: z.number().int().nullable() });
// A total adds up the shown cells only; partial: a hidden cell was left out ("at least").
const Total = z.object({ value: z.number().int(), partial: z.boolean() });

const shape = <C extends z.ZodType>(count: C) => ({
  averageWaitingDays: z.number().nullable(),
  averageDurationDays: z.number().nullable(),
  openRequests: count,
  activeMatches: count,
  families: z.object({ eligible: count, incomplete: count, expired: count, fosterInterest: count }),
  endedReasons: z.array(z.object({ reason: SupportEndReason, count })),
  matchesPerMonth: z.array(z.object({ month: z.string(), count })),
});
export const MunicipalityFigures = z.object({ code: z.string(), name: z.string(), ...shape(Count) });
export const TotalFigures = z.object(shape(Total));
export const Figures = z
  .object({
    suppressed: z.boolean(),
    threshold: z.number().int(),
    months: z.array(z.string()),
    municipalities: z.array(MunicipalityFigures),
    total: TotalFigures,
  })
  .meta({ id: 'SupportFigures' });
export type FigureCell = z.infer<typeof Count>;
export type MunicipalityFigures = z.infer<typeof MunicipalityFigures>;
export type TotalFigures = z.infer<typeof TotalFigures>;
export type Figures = z.infer<typeof Figures>;
