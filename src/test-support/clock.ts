// Fixing the clock in a test: only `Date` is faked (timers, the database and PGlite keep running), so
// `now()`/`today()` of src/platform/clock.ts, session expiry and every library see the same moment.
// The database's own now() is not moved: compare with dates the app computes, not with SQL now().
import { vi } from 'vitest';

/** Sets the clock to an instant (ISO string or Date) until `restoreClock()` (or vi.useRealTimers()). */
export function fixClock(at: string | Date): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(typeof at === 'string' ? new Date(at) : at);
}

export function restoreClock(): void {
  vi.useRealTimers();
}
