// The meetlat's evidence: each step's indicators with the region's current figure, where the outcome
// indicators publish one. The figures are those of the outcome-indicator capability — the region, the
// last completed half-year, no grouping — counted in the meetlat page's own statement and suppressed by
// the same publication (publishIndicator), so nothing is shown here that its page would hide. Only roles
// that see the region's outcome indicators (policy advisors, contract managers) get figures; others see
// which indicators evidence a step, without a figure.
import { hasRole, type Actor } from '../../platform/access/actor.js';
import { publishIndicator } from '../insights/outcomes/publish.js';
import { periodRange } from '../insights/outcomes/periods.js';
import { indicatorCounts, type GroupCounts } from '../insights/outcomes/queries.js';
import { areaPart } from '../insights/outcomes/service.js';
import { INDICATOR_REGISTRY, isIndicatorKey, type IndicatorKey } from './indicators.js';

export interface EvidenceFigure {
  key: IndicatorKey;
  source: 'outcome' | 'budget' | 'signal_outcomes' | 'support_families';
  /** The outcome indicator behind the key (its definition and page), when it is one. */
  indicator: string | null;
  /** The published figure (share, mark or days) for the region and period; null when hidden or not computed here. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The last completed half-year on a date (yyyy-MM-dd). */
export function lastClosedHalfYear(todayIso: string): string {
  const year = Number(todayIso.slice(0, 4));
  return Number(todayIso.slice(5, 7)) >= 7 ? `${year}-H1` : `${year - 1}-H2`;
}

export const seesFigures = (actor: Actor) => hasRole(actor, 'policy') || hasRole(actor, 'contract_manager');

/** The statement parts for the region's figures (added to the meetlat page's one statement). */
export function evidenceParts(region: string, period: string) {
  const range = periodRange(period);
  return {
    evidenceArea: areaPart({ scope: 'region', code: region }),
    evidenceCounts: indicatorCounts({
      area: { scope: 'region', code: region },
      from: range.from,
      to: range.to,
      groupBy: 'none',
    }),
  };
}

export function evidenceFor(
  keys: string[],
  counts: GroupCounts[] | null,
  settings: { threshold: number; round: boolean } | null | undefined,
): EvidenceFigure[] {
  return keys.filter(isIndicatorKey).map((key) => {
    const entry = INDICATOR_REGISTRY[key];
    if (entry.source !== 'outcome' || !counts || !settings)
      return {
        key,
        source: entry.source,
        indicator: entry.source === 'outcome' ? entry.indicator : null,
        value: null,
        numerator: null,
        denominator: null,
      };
    const figure =
      counts.length > 0
        ? publishIndicator(entry.indicator, counts, settings.threshold, settings.round).figures[0]
        : null;
    return {
      key,
      source: entry.source,
      indicator: entry.indicator,
      value: figure?.value ?? null,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
    };
  });
}
