// Expected cost of an allocation from its volume, frequency (WMO757) and the tariffs of its product.
// Pure: no database, no clock. Dates are 'YYYY-MM-DD'; periods are inclusive.

export interface TariffPeriod {
  validFrom: string;
  validTo: string | null;
  tariffCents: number;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/** Units per day for a WMO757 frequency over a period of `days` days. */
export function unitsPerDay(frequency: string, days: number): number {
  switch (frequency) {
    case '1': // per day
      return 1;
    case '2': // per week
      return 1 / 7;
    case '4': // per month: an average month of 365.25 / 12 days
      return 12 / 365.25;
    case '6': // total within the allocation's validity
      return 1 / days;
    default:
      throw new RangeError(`Unknown WMO757 frequency ${frequency}`);
  }
}

/**
 * volume × units over [startsOn, endsOn] × tariff, each day priced at the tariff valid that day (tariffs
 * change on 1 January); days no tariff covers are priced at the nearest tariff (the latest before, else the
 * first after). Rounded to whole cents once, at the end.
 */
export function expectedCostOf(
  tariffs: readonly TariffPeriod[],
  a: { volume: number; frequency: string; startsOn: string; endsOn: string },
): number {
  const start = dayNumber(a.startsOn);
  const end = dayNumber(a.endsOn);
  const days = end - start + 1;
  if (days <= 0 || tariffs.length === 0) return 0;
  const perDay = a.volume * unitsPerDay(a.frequency, days);
  const sorted = [...tariffs].sort((x, y) => dayNumber(x.validFrom) - dayNumber(y.validFrom));
  let cents = 0;
  let covered = 0;
  for (const t of sorted) {
    const from = Math.max(start, dayNumber(t.validFrom));
    const to = Math.min(end, t.validTo === null ? end : dayNumber(t.validTo));
    if (to < from) continue;
    covered += to - from + 1;
    cents += (to - from + 1) * perDay * t.tariffCents;
  }
  if (covered < days) {
    const before = sorted.filter((t) => dayNumber(t.validFrom) <= start).at(-1);
    const fallback = (before ?? sorted[0]) as TariffPeriod;
    cents += (days - covered) * perDay * fallback.tariffCents;
  }
  return Math.round(cents);
}
