// Periods of the indicators: a half-year (CBS delivers per half-year) or a whole year, and until when
// a figure can still change. A closed-cohort figure is final once the period has ended; CBS "no new
// start" only once the half-year after the period's last half-year has ended too.
import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { IndicatorKey } from './schemas.js';

export interface PeriodRange {
  period: string;
  from: string;
  to: string;
}

export function periodRange(period: string): PeriodRange {
  const [year, half] = period.split('-') as [string, string | undefined];
  if (half === 'H1') return { period, from: `${year}-01-01`, to: `${year}-06-30` };
  if (half === 'H2') return { period, from: `${year}-07-01`, to: `${year}-12-31` };
  return { period, from: `${year}-01-01`, to: `${year}-12-31` };
}

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/** The last day a figure of this indicator over the period can still change. */
export function finalOn(key: IndicatorKey, range: PeriodRange): string {
  const to = parseISO(range.to);
  if (key === 'no_new_start') return day(addDays(addMonths(addDays(to, 1), 6), -1));
  return range.to;
}

/** The periods a picker offers: the half-years and years from `firstYear` up to today's, newest first. */
export function periodChoices(todayIso: string, firstYear: number): string[] {
  const year = Number(todayIso.slice(0, 4));
  const out: string[] = [];
  for (let y = year; y >= firstYear; y--) {
    if (y < year || Number(todayIso.slice(5, 7)) >= 7) out.push(`${y}-H2`);
    out.push(`${y}-H1`, String(y));
  }
  return out;
}
