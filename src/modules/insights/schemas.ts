import { z } from 'zod';
import { SignalCategory } from '../signals/schemas.js';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const PatternQuery = z.strictObject({
  municipality: z.string().regex(/^\d{4}$/),
  measure: z.enum(['signals', 'outreach']).default('signals'),
  month: Month.optional(),
});
export type PatternQuery = z.infer<typeof PatternQuery>;

const Cell = z.object({ kind: z.enum(['value', 'primary', 'secondary']), value: z.number().int().nullable() });
const Total = z.object({ value: z.number().int(), partial: z.boolean() });
export const Pattern = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    measure: z.enum(['signals', 'outreach']),
    month: z.string(),
    months: z.array(z.string()),
    threshold: z.number().int(),
    columns: z.array(z.string()),
    rows: z.array(z.object({ code: z.string(), name: z.string(), cells: z.array(Cell), total: Total })),
    columnTotals: z.array(Total),
    total: Total,
    /** Outreach only: rent-arrears outreach that prevented an eviction, per row (a subset of the outcomes, so not in their totals). */
    evictionsPrevented: z.object({ cells: z.array(Cell), total: Total }).nullable(),
    trend: z.array(z.object({ month: z.string(), total: Total })),
  })
  .meta({ id: 'NeighbourhoodPattern' });
export type Pattern = z.infer<typeof Pattern>;

export const Municipalities = z
  .object({ items: z.array(z.object({ code: z.string(), name: z.string() })) })
  .meta({ id: 'PatternMunicipalities' });

export const NewActivity = z
  .strictObject({
    teamId: z.uuid(),
    neighbourhoodCode: z
      .string()
      .regex(/^BU\d{8}$/)
      .optional(),
    category: SignalCategory.optional(),
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().min(1).max(2000).optional(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date().optional(),
    participants: z.number().int().min(0).max(100_000).optional(),
  })
  .meta({ id: 'NewCollectiveActivity' });
export type NewActivity = z.infer<typeof NewActivity>;
export const ActivityQuery = z.strictObject({ municipality: z.string().regex(/^\d{4}$/) });
export const Activity = z
  .object({
    id: z.uuid(),
    teamName: z.string(),
    neighbourhoodName: z.string().nullable(),
    category: SignalCategory.nullable(),
    title: z.string(),
    description: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    participants: z.number().int().nullable(),
  })
  .meta({ id: 'CollectiveActivity' });
export const ActivityList = z
  .object({ items: z.array(Activity), teams: z.array(z.object({ id: z.uuid(), name: z.string() })) })
  .meta({ id: 'CollectiveActivityList' });
