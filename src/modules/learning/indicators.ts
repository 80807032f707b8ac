// The outcome indicators a meetlat step can name as its evidence, by key. The indicators themselves
// are computed by the outcome-indicator capability; here only their keys (the web shows each key's
// Dutch or English name from its texts: learning.indicators.<key>).
export const INDICATOR_KEYS = [
  'drop_out',
  'repeat_use',
  'satisfaction',
  'managing_without_help',
  'goals_achieved',
  'problems_reduced',
  'entry_point_specialised_share',
  'time_to_help',
  'budget_spent',
  'cost_per_youth',
  'evictions_prevented',
  'signals_to_trajectory',
  'support_family_matches',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** The level names a meetlat gets when its definition names none. */
export const DEFAULT_LEVELS = ['Startend', 'In ontwikkeling', 'Op weg', 'Gevorderd', 'Verankerd'] as const;
