// A forecast of the year-end spend from the run rate: the spend over the year's completed months (by claim
// period), averaged per month, carried over the months still to come. A past year is closed (the forecast
// is what was spent); a future year, or January of this one, has no run rate yet.
export type ForecastBasis = 'closed' | 'run_rate' | 'no_run_rate';

export interface Forecast {
  forecastCents: number | null;
  basis: ForecastBasis;
  completedMonths: number;
}

/** Months of the year as YYYY-MM. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * @param spentCents everything spent on the line so far (as budgetFigures counts it)
 * @param spentByMonth spend per claim-period month (YYYY-MM)
 * @param today YYYY-MM-DD, from the one clock
 */
export function forecastYearEnd(
  year: number,
  today: string,
  spentCents: number,
  spentByMonth: ReadonlyMap<string, number>,
): Forecast {
  const [thisYear, thisMonth] = today.split('-').map(Number) as [number, number];
  if (year < thisYear) return { forecastCents: spentCents, basis: 'closed', completedMonths: 12 };
  const completed = year > thisYear ? 0 : thisMonth - 1;
  if (completed === 0) return { forecastCents: null, basis: 'no_run_rate', completedMonths: 0 };
  const runSpend = monthsOf(year)
    .slice(0, completed)
    .reduce((acc, m) => acc + (spentByMonth.get(m) ?? 0), 0);
  const perMonth = runSpend / completed;
  return {
    forecastCents: spentCents + Math.round(perMonth * (12 - completed)),
    basis: 'run_rate',
    completedMonths: completed,
  };
}
