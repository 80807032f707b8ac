// The timeline's bound: the newest `limit` events of a family whose history is longer, exactly as they
// would stand at the top of the whole history (checked against an order computed here from the rows
// inserted, not by the service), with `hasMore`; a larger limit continues where a smaller one stopped.
// The data interleaves timed events (plan versions) with all-day ones (meetings held) on both sides of
// the Dutch midnight — across the end of summer time — and has one kind with more events than the limit.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { startOfDayInNetherlands, today as dutchDate } from '../../platform/clock.js';
import { TIMELINE_KINDS, type TimelineKind } from './schemas.js';

let t: TestApp;
let s: Session;
let familyId = '';
/** Every event the family has, newest first by the rule the timeline promises (computed here). */
let expected: string[] = [];

const MINUTE = 60_000;
/** The date n days after `date` (noon UTC is that same date in the Netherlands). */
const addDays = (date: string, n: number) => dutchDate(new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const user = await buildUser(db, ['professional']);
  ({ familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: user.id }));
  s = await login(t.app, user.username);

  const oracle: Array<{ id: string; kind: TimelineKind; at: number }> = [];
  const opened = await db
    .selectFrom('trajectory')
    .select(['id', 'opened_at'])
    .where('family_id', '=', familyId)
    .executeTakeFirstOrThrow();
  oracle.push({ id: `trajectory_opened:${opened.id}`, kind: 'trajectory_opened', at: opened.opened_at.getTime() });

  // 30 meetings on consecutive days from 20 October 2025 (summer time ends on the 26th); around the
  // start of each Dutch day two plan versions, half an hour before and after local midnight.
  const days = Array.from({ length: 30 }, (_, i) => addDays('2025-10-20', i));
  await db.insertInto('plan').values({ family_id: familyId, current_version: 60 }).execute();
  const versions = days.flatMap((d) => {
    const midnight = startOfDayInNetherlands(d).getTime();
    return [new Date(midnight - 30 * MINUTE), new Date(midnight + 30 * MINUTE)];
  });
  await db
    .insertInto('plan_version')
    .values(
      versions.map((created_at, i) => ({
        family_id: familyId,
        version: i + 1,
        content: '{}',
        author_id: user.id,
        author_name: 'Planschrijver',
        created_at,
      })),
    )
    .execute();
  versions.forEach((at, i) => oracle.push({ id: `plan_version:${i + 1}`, kind: 'plan_version', at: at.getTime() }));

  const confirmedAt = (i: number) =>
    i < 3
      ? new Date(Date.parse('2026-01-05T09:00:00Z') + i * MINUTE)
      : i < 7
        ? new Date((versions[2 * i]?.getTime() ?? 0) - 10 * MINUTE)
        : null;
  const meetings = await db
    .insertInto('meeting')
    .values(
      days.map((held_on, i) => ({
        family_id: familyId,
        kind: 'top3' as const,
        held_on,
        created_by: user.id,
        // Three meetings held long ago, their top 3 confirmed after everything else (a meeting's row yields
        // events at different times); four confirmed and taken over into a plan version (the version's time).
        confirmed_at: confirmedAt(i),
        confirmed_by: i < 7 ? user.id : null,
        plan_version: i >= 3 && i < 7 ? 2 * i + 1 : null,
      })),
    )
    .returning(['id', sql<string>`held_on::text`.as('held_on'), 'confirmed_at', 'plan_version'])
    .execute();
  for (const m of meetings) {
    oracle.push({
      id: `meeting_held:${m.id}`,
      kind: 'meeting_held',
      at: startOfDayInNetherlands(m.held_on).getTime(),
    });
    if (m.confirmed_at)
      oracle.push({ id: `top3_confirmed:${m.id}`, kind: 'top3_confirmed', at: m.confirmed_at.getTime() });
    if (m.plan_version !== null) {
      const at = versions[m.plan_version - 1]?.getTime() ?? 0;
      oracle.push({ id: `meeting_taken_over:${m.id}`, kind: 'meeting_taken_over', at });
    }
  }
  const order = (k: TimelineKind) => TIMELINE_KINDS.indexOf(k);
  expected = oracle.sort((a, b) => b.at - a.at || order(b.kind) - order(a.kind)).map((e) => e.id);
});
afterAll(async () => {
  await t.close();
});

type Answer = {
  limit: number;
  hasMore: boolean;
  events: Array<{ id: string; kind: string; at: string; allDay: boolean }>;
};
async function timeline(query: string): Promise<Answer> {
  const res = await t.app.inject({ url: `/api/families/${familyId}/timeline${query}`, headers: s.headers });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json<Answer>();
}

describe('the bounded timeline', () => {
  it('has the history this test means: more plan versions than the default limit, 102 events in all', () => {
    expect(expected).toHaveLength(102);
    expect(expected.filter((id) => id.startsWith('plan_version:'))).toHaveLength(60);
    // Newest: the opening (today), the three late confirmations of the oldest meetings; then, at the last
    // Dutch midnight, the version after it, the meeting held that day, the version before.
    expect(expected[0]).toMatch(/^trajectory_opened:/);
    expect(expected.slice(1, 4).every((id) => id.startsWith('top3_confirmed:'))).toBe(true);
    expect(expected[4]).toBe('plan_version:60');
    expect(expected[5]).toMatch(/^meeting_held:/);
    expect(expected[6]).toBe('plan_version:59');
  });

  it('answers the newest 50 by default, says there are older ones, and they are exactly the top of the history', async () => {
    const page = await timeline('');
    expect(page.limit).toBe(50);
    expect(page.hasMore).toBe(true);
    expect(page.events.map((e) => e.id)).toEqual(expected.slice(0, 50));
  });

  it('a larger limit continues where the smaller one stopped; at the end hasMore is false', async () => {
    for (const limit of [1, 4, 5, 6, 49, 51, 60, 101, 102, 103, 500]) {
      const page = await timeline(`?limit=${limit}`);
      expect(page.limit).toBe(limit);
      expect(
        page.events.map((e) => e.id),
        `limit ${limit}`,
      ).toEqual(expected.slice(0, limit));
      expect(page.hasMore, `limit ${limit}`).toBe(limit < expected.length);
    }
  });

  it('bounds a filtered timeline the same way', async () => {
    const only = (...kinds: string[]) => expected.filter((id) => kinds.some((k) => id.startsWith(`${k}:`)));
    const held = await timeline('?kinds=meeting_held&limit=10');
    expect(held.events.map((e) => e.id)).toEqual(only('meeting_held').slice(0, 10));
    expect(held.hasMore).toBe(true);
    const mixed = await timeline('?kinds=plan_version,meeting_taken_over&limit=63');
    expect(mixed.events.map((e) => e.id)).toEqual(only('plan_version', 'meeting_taken_over').slice(0, 63));
    expect(mixed.hasMore).toBe(true);
    const all = await timeline('?kinds=plan_version,meeting_taken_over&limit=64');
    expect(all.events).toHaveLength(64);
    expect(all.hasMore).toBe(false);
    // A kind far down the history, asked for alone, comes whole however many events of other kinds are newer.
    const taken = await timeline('?kinds=meeting_taken_over&limit=4');
    expect(taken.events.map((e) => e.id)).toEqual(only('meeting_taken_over'));
    expect(taken.hasMore).toBe(false);
  });
});
