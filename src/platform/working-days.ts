// Dutch working days for the triage SLA: weekends and public holidays (date-holidays, NL) do not
// count. Dates are calendar dates in Europe/Amsterdam ('YYYY-MM-DD'), so a signal received late on
// a Friday evening starts counting on the next working day like a person would.
import { addDays, format, isWeekend, parseISO } from 'date-fns';
import Holidays from 'date-holidays';

const holidays = new Holidays('NL');
const publicHolidayCache = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let set = publicHolidayCache.get(year);
  if (!set) {
    set = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    publicHolidayCache.set(year, set);
  }
  return set;
}

export function isWorkingDay(isoDate: string): boolean {
  const day = parseISO(isoDate);
  return !isWeekend(day) && !publicHolidays(day.getFullYear()).has(isoDate);
}

const addCache = new Map<string, string>();

/** The date `days` working days after `isoDate` (the start day itself does not count). */
export function addWorkingDays(isoDate: string, days: number): string {
  const key = `${isoDate}|${days}`;
  const cached = addCache.get(key);
  if (cached) return cached;
  if (addCache.size > 10_000) addCache.clear();
  const result = countWorkingDays(isoDate, days);
  addCache.set(key, result);
  return result;
}

function countWorkingDays(isoDate: string, days: number): string {
  let day = parseISO(isoDate);
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(format(day, 'yyyy-MM-dd'))) left -= 1;
  }
  return format(day, 'yyyy-MM-dd');
}

/** Working days from `fromIso` up to `toIso` (positive when `toIso` is later; 0 on the same day). */
export function workingDaysBetween(fromIso: string, toIso: string): number {
  if (fromIso === toIso) return 0;
  const sign = fromIso < toIso ? 1 : -1;
  let a = sign > 0 ? fromIso : toIso;
  const b = sign > 0 ? toIso : fromIso;
  let n = 0;
  while (a < b) {
    a = format(addDays(parseISO(a), 1), 'yyyy-MM-dd');
    if (isWorkingDay(a)) n += 1;
  }
  return sign * n;
}
