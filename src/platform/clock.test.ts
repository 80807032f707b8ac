// The one clock: the Dutch calendar date around midnight and the daylight-saving changes, ages, and
// a guard that no code works out "today" from the UTC date again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fixClock, restoreClock } from '../test-support/clock.js';
import { ageOn, now, startOfDayInNetherlands, today } from './clock.js';

afterEach(restoreClock);

describe('today', () => {
  it('is the date in the Netherlands, not the UTC date', () => {
    expect(today(new Date('2026-03-10T22:59:00Z'))).toBe('2026-03-10');
    expect(today(new Date('2026-03-10T23:00:00Z'))).toBe('2026-03-11'); // 00:00 winter time
    expect(today(new Date('2026-07-10T21:59:00Z'))).toBe('2026-07-10');
    expect(today(new Date('2026-07-10T22:00:00Z'))).toBe('2026-07-11'); // 00:00 summer time
  });

  it('follows the daylight-saving changes (last Sunday of March and of October)', () => {
    expect(today(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // 00:30 CET on the change day
    expect(today(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // 00:30 CEST the day after
    expect(today(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(today(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-26');
  });

  it('remembered per UTC hour, is what date-fns answers for every instant (DST changes and midnights included)', () => {
    const direct = (at: Date) => format(at, 'yyyy-MM-dd', { in: tz('Europe/Amsterdam') });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-01-01T00:00:00Z'), noInvalidDate: true }),
        (at) => {
          expect(today(at)).toBe(direct(at));
        },
      ),
      { numRuns: 5000 },
    );
    // Every minute around the two changes of 2026 and two midnights, in both orders of asking.
    for (const from of [
      '2026-03-29T00:00:00Z',
      '2026-10-25T00:00:00Z',
      '2026-03-10T21:00:00Z',
      '2026-07-10T20:00:00Z',
    ]) {
      const minutes = Array.from({ length: 240 }, (_, i) => new Date(Date.parse(from) + i * 60_000));
      for (const at of [...minutes, ...minutes.reverse()]) expect(today(at)).toBe(direct(at));
    }
  });

  it('reads the fixed clock of a test', () => {
    fixClock('2026-12-31T23:30:00Z');
    expect(now().toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(today()).toBe('2027-01-01');
  });
});

describe('startOfDayInNetherlands', () => {
  it('is local midnight: 23:00 UTC the day before in winter, 22:00 in summer, on and around the changes', () => {
    expect(startOfDayInNetherlands('2026-12-07').toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(startOfDayInNetherlands('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDayInNetherlands('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInNetherlands('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayInNetherlands('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDayInNetherlands('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    for (const date of ['2026-01-01', '2026-03-29', '2026-10-25', '2027-02-28'])
      expect(today(startOfDayInNetherlands(date))).toBe(date);
  });
});

describe('ageOn', () => {
  it('counts completed years, the birthday itself included', () => {
    expect(ageOn('2012-01-01', '2027-12-31')).toBe(15);
    expect(ageOn('2012-01-01', '2028-01-01')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('the one clock', () => {
  it('no code, tests included, takes a calendar date from the UTC date', () => {
    const offenders = [...sources('src'), ...sources('web/src')].filter((file) =>
      /toISOString\(\)\s*\.slice\(0,\s*10\)/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
