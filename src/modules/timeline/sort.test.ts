// The timeline's order across the hour in which the Dutch date is already tomorrow and the UTC date is not.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './schemas.js';
import { sortNewestFirst } from './service.js';

const event = (id: string, kind: TimelineEvent['kind'], at: string, allDay = false): TimelineEvent => ({
  id,
  kind,
  at: new Date(at),
  allDay,
  params: {},
  actor: null,
  link: null,
});

describe('the timeline order', () => {
  it('puts a dated event at the start of its Dutch day: after anything timed the day before, before anything timed that day', () => {
    // 7 December in the Netherlands begins at 6 December 23:00 UTC.
    const measured = event('m', 'measurement', '2026-12-07T00:00:00Z', true);
    const lastEvening = event('a', 'plan_version', '2026-12-06T22:59:00Z');
    const afterMidnight = event('b', 'plan_version', '2026-12-06T23:30:00Z');
    expect(sortNewestFirst([lastEvening, measured, afterMidnight]).map((e) => e.id)).toEqual(['b', 'm', 'a']);
  });

  it('in summer too (local midnight is 22:00 UTC), and equal instants in the order things happen', () => {
    const signed = event('s', 'plan_signed', '2026-07-01T00:00:00Z', true);
    const opened = event('o', 'trajectory_opened', '2026-06-30T22:10:00Z');
    const before = event('x', 'handover', '2026-06-30T21:50:00Z');
    expect(sortNewestFirst([before, signed, opened]).map((e) => e.id)).toEqual(['o', 's', 'x']);
  });
});
