import { z } from 'zod';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const SignalOutcomesQuery = z.strictObject({
  municipality: z.string().regex(/^\d{4}$/),
  month: Month.optional(),
});
export type SignalOutcomesQuery = z.infer<typeof SignalOutcomesQuery>;

export const OUTCOME_MEASURES = ['reached', 'follow_up_help', 'eviction_prevented', 'trajectory'] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

const Cell = z.object({ kind: z.enum(['value', 'primary', 'secondary']), value: z.number().int().nullable() });
const Total = z.object({ value: z.number().int(), partial: z.boolean() });
export const SignalOutcomes = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    month: z.string(),
    months: z.array(z.string()),
    threshold: z.number().int(),
    measures: z.array(z.enum(OUTCOME_MEASURES)),
    rows: z.array(z.object({ code: z.string(), name: z.string(), cells: z.array(Cell) })),
    /** Per measure: the sum of its shown cells (partial when a cell is hidden). */
    totals: z.array(Total),
    /** Per month, per measure: the published total of that month's table. */
    trend: z.array(z.object({ month: z.string(), totals: z.array(Total) })),
  })
  .meta({ id: 'SignalOutcomes' });
export type SignalOutcomes = z.infer<typeof SignalOutcomes>;
