import { z } from 'zod';

export const GroupBy = z.enum(['none', 'municipality', 'entry_point', 'provider', 'team', 'level', 'pilot']);
export type GroupBy = z.infer<typeof GroupBy>;
export const LevelOfHelp = z
  .enum(['none', 'basic', 'ambulant', 'day_treatment', 'crisis_or_protection', 'residential'])
  .meta({ id: 'LevelOfHelp' });
export type LevelOfHelp = z.infer<typeof LevelOfHelp>;
export const IndicatorKey = z
  .enum([
    'drop_out',
    'satisfaction',
    'managing_without_help',
    'no_new_start',
    'repeat_use',
    'goals_achieved',
    'problems_reduced',
    'specialised_referral',
    'time_to_help',
  ])
  .meta({ id: 'OutcomeIndicatorKey' });
export type IndicatorKey = z.infer<typeof IndicatorKey>;

/** A half-year (2026-H1), or a whole year (2026). */
export const Period = z.string().regex(/^(20[0-9]{2})(-H[12])?$/, 'YYYY or YYYY-H1/H2');
const Scope = z.enum(['municipality', 'region']);
const Code = z.string().regex(/^(\d{4}|[A-Z0-9-]{2,20})$/);

export const OutcomeQuery = z.strictObject({
  scope: Scope.default('municipality'),
  code: Code,
  period: Period,
  provider: z.uuid().optional(),
  team: z.uuid().optional(),
  entryPoint: z
    .enum(['gp_ojg', 'school', 'child_health_clinic', 'self_referral', 'signal', 'veilig_thuis', 'police', 'other'])
    .optional(),
  level: LevelOfHelp.optional(),
  pilot: z.uuid().optional(),
  informant: z.enum(['youth', 'parent']).optional(),
  groupBy: GroupBy.default('none'),
});
export type OutcomeQuery = z.infer<typeof OutcomeQuery>;

const Count = z.object({
  kind: z.enum(['value', 'hidden']),
  value: z.number().int().nullable(),
});
export const Figure = z.object({
  /** The published counts: numerator and (for a rate) the rest of the denominator; managing without help: 01–04. */
  cells: z.array(Count),
  /** Numerator and denominator as published (the denominator a sum of shown cells; null when any is hidden). */
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  /** A share (0–1), a mean mark or a median of days — only over a shown count. */
  value: z.number().nullable(),
});
export const IndicatorDefinition = z.object({
  key: IndicatorKey,
  basis: z.enum(['cbs', 'local']),
  /** Parameters of the definition, e.g. the drop-out reasons or the look-back window. */
  detail: z.string(),
  cohort: z.enum(['closed', 'started']),
  unit: z.enum(['share', 'mark', 'days']),
  /** The columns of this indicator's published table. */
  columns: z.array(z.string()),
  /** Until when the figure can still change; preliminary before it. */
  finalOn: z.string(),
  preliminary: z.boolean(),
});
export const OutcomeReport = z
  .object({
    scope: Scope,
    code: z.string(),
    name: z.string(),
    period: z.string(),
    from: z.string(),
    to: z.string(),
    groupBy: GroupBy,
    threshold: z.number().int(),
    rounded: z.boolean(),
    /** Satisfaction of this informant only (null: the latest mark of each informant). */
    informant: z.enum(['youth', 'parent']).nullable(),
    definitions: z.array(IndicatorDefinition),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        figures: z.record(IndicatorKey, Figure),
      }),
    ),
    /** Per indicator: the sum of the shown cells over the rows, and whether any was hidden. */
    totals: z.record(IndicatorKey, z.object({ cells: z.array(z.number().int()), partial: z.boolean() })),
    /** When the outcome summary these figures come from was computed (null: not yet). */
    computedAt: z.string().nullable(),
  })
  .meta({ id: 'OutcomeReport' });
export type OutcomeReport = z.infer<typeof OutcomeReport>;

export const OptionsQuery = z.strictObject({ scope: Scope.default('municipality'), code: Code });
export const OutcomeOptions = z
  .object({
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    region: z.object({ code: z.string(), name: z.string() }).nullable(),
    periods: z.array(z.string()),
    providers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
    pilots: z.array(
      z.object({
        id: z.uuid(),
        municipalityCode: z.string(),
        name: z.string(),
        description: z.string(),
        since: z.string(),
        until: z.string().nullable(),
      }),
    ),
    /** What this user may choose: a team lead only their team, a provider only itself. */
    fixed: z.object({ team: z.uuid().nullable(), provider: z.uuid().nullable(), regionAllowed: z.boolean() }),
  })
  .meta({ id: 'OutcomeOptions' });
export type OutcomeOptions = z.infer<typeof OutcomeOptions>;

export const ContractQuery = z.strictObject({ scope: Scope.default('region'), code: Code, period: Period });
export const ContractOutcomes = z
  .object({
    period: z.string(),
    report: OutcomeReport,
    criteria: z.array(
      z.object({
        providerId: z.uuid(),
        contractReference: z.string(),
        indicator: IndicatorKey,
        target: z.number(),
        comparison: z.enum(['at_most', 'at_least']),
        description: z.string().nullable(),
        /** Met, not met, or unknown (figure hidden or not measured). */
        status: z.enum(['met', 'not_met', 'unknown']),
      }),
    ),
  })
  .meta({ id: 'ContractOutcomes' });
export type ContractOutcomes = z.infer<typeof ContractOutcomes>;

// ---- the municipality's measuring choices (outcome_setting) ----------------------------------

export const SettingsParams = z.strictObject({ municipality: z.string().regex(/^\d{4}$/) });
export const DropOutReasons = z.enum(['03', '03+04']).meta({ id: 'DropOutReasons' });
/** Bounds of the local look-back window for repeat use, in months (the table's own check). */
export const WINDOW_MONTHS = { min: 1, max: 60 } as const;
/** The publication threshold may be raised above the national minimum of 5, never lowered. */
export const THRESHOLD_BOUNDS = { min: 5, max: 50 } as const;
export const OutcomeSettingsInput = z
  .strictObject({
    dropOutReasons: DropOutReasons,
    repeatWindowMonths: z.number().int().min(WINDOW_MONTHS.min).max(WINDOW_MONTHS.max),
    suppressionThreshold: z.number().int().min(THRESHOLD_BOUNDS.min).max(THRESHOLD_BOUNDS.max),
    roundToFive: z.boolean(),
  })
  .meta({ id: 'OutcomeSettingsBody' });
export type OutcomeSettingsInput = z.infer<typeof OutcomeSettingsInput>;
export const OutcomeSettings = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    dropOutReasons: DropOutReasons,
    repeatWindowMonths: z.number().int(),
    suppressionThreshold: z.number().int(),
    roundToFive: z.boolean(),
    /** Never changed: the national defaults apply. */
    isDefault: z.boolean(),
    updatedAt: z.string().nullable(),
    /** The display name of whoever changed them last (null: never, or the account is gone). */
    updatedBy: z.string().nullable(),
    /** Whether this user may change them (the municipality's own policy advisor). */
    canChange: z.boolean(),
  })
  .meta({ id: 'OutcomeSettings' });
export type OutcomeSettings = z.infer<typeof OutcomeSettings>;
