// Expected cost of an allocated product over its period: the contracted tariff × the volume, times how
// often the WMO757 frequency recurs between start and end (both days included) — or the budget.
import { differenceInCalendarDays, parseISO } from 'date-fns';

const DAYS_PER_MONTH = 365.25 / 12;

/** How many times a frequency recurs over a period: per day, per (started) week or month, or once in total. */
export function occurrences(frequency: '1' | '2' | '4' | '6', startsOn: string, endsOn: string): number {
  const days = differenceInCalendarDays(parseISO(endsOn), parseISO(startsOn)) + 1;
  switch (frequency) {
    case '1':
      return days;
    case '2':
      return Math.ceil(days / 7);
    case '4':
      return Math.ceil(days / DAYS_PER_MONTH);
    case '6':
      return 1;
  }
}

export interface CostInput {
  volume?: number | undefined;
  frequency?: '1' | '2' | '4' | '6' | undefined;
  budgetCents?: number | undefined;
  startsOn: string;
  endsOn: string;
}

/** Cents; a budget allocation costs its budget, a volume allocation volume × occurrences × tariff. */
export function expectedCostCents(p: CostInput, tariffCents: number | null): number | null {
  if (p.volume !== undefined && p.frequency) {
    if (tariffCents === null) return p.budgetCents ?? null;
    return p.volume * occurrences(p.frequency, p.startsOn, p.endsOn) * tariffCents;
  }
  return p.budgetCents ?? null;
}
