import { describe, expect, it } from 'vitest';
import { today as dutchDate } from './clock.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

describe('Dutch working days', () => {
  it('skip weekends', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addWorkingDays('2026-11-23', 3)).toBe('2026-11-26');
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
  });
  it("skip public holidays (Christmas, Easter Monday, King's Day, Ascension)", () => {
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07'); // Good Friday is a working day; Easter Monday is not
  });
  it('count between dates both ways', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(workingDaysBetween('2026-11-23', '2026-11-20')).toBe(-1);
    expect(workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
  });
  it('take the date in Amsterdam, not UTC', () => {
    expect(dutchDate(new Date('2026-11-20T23:30:00Z'))).toBe('2026-11-21');
    expect(dutchDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(dutchDate(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });
});
