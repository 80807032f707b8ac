import { describe, expect, it } from 'vitest';
import { planDeadline } from './deadline.js';

const base = { currentVersion: 1, currentSigned: false, firstSignedOn: null };
const start = new Date('2026-03-02T09:30:00Z');

describe('the 6-week plan deadline', () => {
  it('is 42 days after the start, with a warning in the last week and after it', () => {
    expect(planDeadline({ ...base, startedAt: start, today: new Date('2026-03-10') })).toMatchObject({
      state: 'on_track',
      dueOn: '2026-04-13',
      daysLeft: 34,
    });
    expect(planDeadline({ ...base, startedAt: start, today: new Date('2026-04-08') }).state).toBe('due_soon');
    expect(planDeadline({ ...base, startedAt: start, today: new Date('2026-04-13') })).toMatchObject({
      state: 'due_soon',
      daysLeft: 0,
    });
    expect(planDeadline({ ...base, startedAt: start, today: new Date('2026-04-14') })).toMatchObject({
      state: 'late',
      daysLeft: -1,
    });
  });
  it("is met by the family's sign-off, on time or late", () => {
    expect(
      planDeadline({ ...base, startedAt: start, firstSignedOn: '2026-04-13', today: new Date('2026-06-01') }).state,
    ).toBe('met');
    expect(
      planDeadline({ ...base, startedAt: start, firstSignedOn: '2026-04-20', today: new Date('2026-06-01') }).state,
    ).toBe('met_late');
  });
  it('has nothing to say without a trajectory', () => {
    expect(planDeadline({ ...base, startedAt: null, today: new Date() }).state).toBe('no_trajectory');
  });
});
