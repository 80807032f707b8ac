// The one clock of the app, server and web alike (the web imports this file): "now" and "today".
// Dates people see and type (a sign-off, a contact attempt, a birth date) are calendar dates in the
// Netherlands, not UTC dates: between local midnight and 01:00 (02:00 in summer) the UTC date is still
// yesterday. Only date-fns and @date-fns/tz here, nothing server- or browser-specific.
import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';

export const TIME_ZONE = 'Europe/Amsterdam';
const inNetherlands = tz(TIME_ZONE);

/**
 * The current instant. Tests fix the clock with `fixClock` (src/test-support/clock.ts), which sets the
 * system time for `Date` itself, so this, session expiry and every library see the same moment.
 */
export function now(): Date {
  return clockSource?.() ?? new Date();
}

let clockSource: (() => Date | undefined) | null = null;

/**
 * Server only (src/platform/clock-scope.ts): lets a scope of work run at another instant — the demo
 * seed replays two years of care allocation through the real services, each step at its own moment.
 * The source answers undefined outside such a scope, and then the clock is the real one.
 */
export function setClockSource(source: (() => Date | undefined) | null): void {
  clockSource = source;
}

/**
 * The calendar date in the Netherlands (YYYY-MM-DD) at an instant, by default now. Remembered per UTC
 * hour: the Netherlands' offsets are whole hours and its clocks change on the hour, so local midnight
 * and every change of offset fall on a whole UTC hour, and the date is the same for every instant of
 * one. date-fns answers through Intl (≈ 20 µs a call), and the caseload asks three times per family
 * (plans/deadline.ts): under load that was 3 % of the server's CPU.
 */
export function today(at: Date = now()): string {
  const hour = Math.floor(at.getTime() / HOUR);
  if (!Number.isFinite(hour)) return format(at, 'yyyy-MM-dd', { in: inNetherlands }); // throws as before
  let day = dayByHour.get(hour);
  if (day === undefined) {
    day = format(at, 'yyyy-MM-dd', { in: inNetherlands });
    if (dayByHour.size >= MAX_REMEMBERED_HOURS) dayByHour.clear();
    dayByHour.set(hour, day);
  }
  return day;
}
const HOUR = 3_600_000;
const MAX_REMEMBERED_HOURS = 10_000;
const dayByHour = new Map<number, string>();

/**
 * The instant a calendar date (YYYY-MM-DD) begins in the Netherlands: 22:00 or 23:00 UTC the day before.
 * What "that day" means for something dated but not timed (a meeting held on, a sign-off) when it is
 * placed among timed events.
 */
export function startOfDayInNetherlands(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, TIME_ZONE).getTime());
}

/** Completed years between a birth date and a date, both YYYY-MM-DD. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
