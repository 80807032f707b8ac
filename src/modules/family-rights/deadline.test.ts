import { describe, expect, it } from 'vitest';
import { answerDueOn, daysLeft } from './deadline.js';

describe('the answer deadline of a family request', () => {
  it('is four weeks (28 days) after the request, across months, years and a leap day', () => {
    expect(answerDueOn('2026-03-02')).toBe('2026-03-30');
    expect(answerDueOn('2026-12-20')).toBe('2027-01-17');
    expect(answerDueOn('2028-02-10')).toBe('2028-03-09');
    // Summer time starts on 29 March 2026: calendar days, not 24-hour periods.
    expect(answerDueOn('2026-03-20')).toBe('2026-04-17');
  });

  it('counts the days left on calendar dates, negative when overdue', () => {
    expect(daysLeft('2026-03-30', '2026-03-02')).toBe(28);
    expect(daysLeft('2026-03-30', '2026-03-30')).toBe(0);
    expect(daysLeft('2026-03-30', '2026-04-02')).toBe(-3);
  });
});
