// The indicators a meetlat step can name as its evidence: a registry by key, each pointing at the
// capability that computes it. Loading a meetlat checks every key against it (meetlat-definition.ts:
// `content.<line>.indicators`, unknown_indicator), and the meetlat page shows each step's evidence with
// its current figure where one is published for the region (the outcome indicators). The web shows each
// key's Dutch or English name from its texts: learning.indicators.<key>.
import type { IndicatorKey as OutcomeKey } from '../insights/outcomes/schemas.js';

type Source =
  { source: 'outcome'; indicator: OutcomeKey } | { source: 'budget' | 'signal_outcomes' | 'support_families' };
const outcome = (indicator: OutcomeKey): Source => ({ source: 'outcome', indicator });

export const INDICATOR_REGISTRY = {
  drop_out: outcome('drop_out'),
  repeat_use: outcome('repeat_use'),
  no_new_start: outcome('no_new_start'),
  satisfaction: outcome('satisfaction'),
  managing_without_help: outcome('managing_without_help'),
  goals_achieved: outcome('goals_achieved'),
  problems_reduced: outcome('problems_reduced'),
  specialised_referral: outcome('specialised_referral'),
  // The name the first demo meetlat used for the same figure; kept so loaded meetlats stay valid.
  entry_point_specialised_share: outcome('specialised_referral'),
  time_to_help: outcome('time_to_help'),
  budget_spent: { source: 'budget' },
  cost_per_youth: { source: 'budget' },
  evictions_prevented: { source: 'signal_outcomes' },
  signals_to_trajectory: { source: 'signal_outcomes' },
  support_family_matches: { source: 'support_families' },
} as const satisfies Record<string, Source>;
export type IndicatorKey = keyof typeof INDICATOR_REGISTRY;
export const INDICATOR_KEYS = Object.keys(INDICATOR_REGISTRY) as [IndicatorKey, ...IndicatorKey[]];
export const isIndicatorKey = (k: string): k is IndicatorKey => Object.hasOwn(INDICATOR_REGISTRY, k);

/** The level names a meetlat gets when its definition names none. */
export const DEFAULT_LEVELS = ['Startend', 'In ontwikkeling', 'Op weg', 'Gevorderd', 'Verankerd'] as const;
