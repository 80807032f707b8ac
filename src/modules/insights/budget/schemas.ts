import { z } from 'zod';

export const BudgetSteeringQuery = z.strictObject({
  /** A municipality (CBS code) or a region code. */
  area: z.string().regex(/^(\d{4}|[A-Z][A-Z0-9-]{1,19})$/),
  year: z.coerce.number().int().min(2015).max(2100).optional(),
});
export type BudgetSteeringQuery = z.infer<typeof BudgetSteeringQuery>;

/** A published count of youths: hidden under the threshold (primary) or to protect one (secondary). */
const Count = z.object({ kind: z.enum(['value', 'primary', 'secondary']), value: z.number().int().nullable() });
const Money = {
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  youths: Count,
  /** Spent ÷ youths; null when the count of youths is not shown. */
  costPerYouthCents: z.number().int().nullable(),
};
const BudgetMoney = {
  ...Money,
  budgetCents: z.number().int(),
  remainingCents: z.number().int(),
  forecastCents: z.number().int().nullable(),
};
const Line = z.enum([
  'local_ambulant',
  'local_basic',
  'regional_ambulant',
  'regional_day_treatment',
  'regional_residential',
  'crisis',
  'youth_protection',
  'tailored_arrangements',
]);

export const BudgetSteering = z
  .object({
    area: z.object({ kind: z.enum(['municipality', 'region']), code: z.string(), name: z.string() }),
    /** The area's region, and its municipalities to choose from. */
    region: z.object({ code: z.string(), name: z.string() }),
    choices: z.array(z.object({ code: z.string(), name: z.string() })),
    year: z.number().int(),
    years: z.array(z.number().int()),
    computedOn: z.string(),
    forecastBasis: z.enum(['closed', 'run_rate', 'no_run_rate']),
    completedMonths: z.number().int(),
    threshold: z.number().int(),
    lines: z.array(z.object({ line: Line, scope: z.enum(['local', 'regional']), ...BudgetMoney })),
    scopes: z.array(z.object({ scope: z.enum(['local', 'regional']), ...BudgetMoney })),
    total: z.object(BudgetMoney),
    municipalities: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        budgetCents: z.number().int(),
        committedCents: z.number().int(),
        spentCents: z.number().int(),
        remainingCents: z.number().int(),
      }),
    ),
    providers: z.array(z.object({ name: z.string(), ...Money })),
    categories: z.array(z.object({ code: z.string(), name: z.string(), ...Money })),
    months: z.array(z.object({ month: z.string(), spentCents: z.number().int(), cumulativeCents: z.number().int() })),
  })
  .meta({ id: 'BudgetSteering' });
export type BudgetSteering = z.infer<typeof BudgetSteering>;
