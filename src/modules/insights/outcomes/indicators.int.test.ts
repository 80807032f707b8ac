// Each indicator against a hand-computed fixture for Zwolle, 2026-H1 (1 January – 30 June, Amsterdam
// dates), with the edge cases: closed at 22:30 on 30 June (in H1) and at 00:30 on 1 July (not: in UTC
// that is still 30 June), a new start on the first day after H+1 (not a repeat) and on the last day of
// H+1 (a repeat), an informant measured twice (counts once, the latest), problems reduced only over a
// series of two measurements. The counts come straight from the statement (no suppression here).
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAll } from '../../../platform/db/bundle.js';
import type { DB } from '../../../platform/db/schema.js';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { buildBudgetLine, buildContract } from '../../../test-support/contracts.js';
import { buildPerson, buildTeam, buildUser, ensureGeography } from '../../../test-support/factories.js';
import { outcomeFixtures, type OutcomeFixtures, type OutcomeTrajectory } from '../../../test-support/outcomes.js';
import { indicatorCounts, type IndicatorFilter } from './queries.js';
import { refreshOutcomeSummary, REFRESH_JOB } from './summary.js';

let t: TestApp;
let db: Kysely<DB>;
let teamId: string;
let userId: string;
let providerId: string;

let fx: OutcomeFixtures;
const family = () => fx.family('FX');
const trajectory = (familyId: string, o: OutcomeTrajectory) => fx.trajectory(familyId, o);
const measure = (familyId: string, on: string, score: number) => fx.measure(familyId, on, score);

beforeAll(async () => {
  t = await createTestApp();
  db = t.db.kysely;
  await ensureGeography(db);
  teamId = await buildTeam(db, { municipality: '0193' });
  userId = (await buildUser(db, ['professional'])).id;
  fx = outcomeFixtures(db, { teamId, userId });
  providerId = (await buildContract(db)).providerId;

  // A: closed 30 June 22:30 (CEST) — in H1; drop-out (03), managing 04, goals achieved, parent 8 at
  // closing (an earlier parent 6 does not count), youth measured twice (5, then 9: the 9 counts);
  // a new start on 1 January 2027, the first day after H+1: no new start within the CBS window.
  const a = await family();
  const a1 = await trajectory(a, {
    opened: '2025-10-01T10:00:00+02:00',
    closed: '2026-06-30T22:30:00+02:00',
    ending: '03',
    managing: '04',
    satisfaction: [8, 'parent'],
    entry: 'gp_ojg',
  });
  await db
    .insertInto('trajectory_satisfaction')
    .values([
      { trajectory_id: a1, informant: 'parent', mark: 6, measured_on: '2026-03-01' },
      { trajectory_id: a1, informant: 'youth', mark: 5, measured_on: '2026-05-01' },
      { trajectory_id: a1, informant: 'youth', mark: 9, measured_on: '2026-06-15' },
    ])
    .execute();
  await db.insertInto('trajectory_goal_attainment').values({ trajectory_id: a1, attainment: 'achieved' }).execute();
  await measure(a, '2026-02-01', 3); // one measurement only: not in "problems reduced"
  await trajectory(a, { opened: '2027-01-01T09:00:00+01:00', firstContact: '2027-01-01' });

  // B: closed 1 July 00:30 (CEST) = 30 June 22:30 UTC — not in H1.
  const b = await family();
  await trajectory(b, {
    opened: '2025-12-10T10:00:00+01:00',
    closed: '2026-07-01T00:30:00+02:00',
    ending: '03',
    managing: '01',
    entry: 'school',
  });

  // C: closed 15 March, early by the provider (04), managing 02, goals partly; a new start on
  // 31 December 2026, the last day of H+1: a repeat. Problems reduced: 4 → 6 on Positive Health.
  const c = await family();
  const c1 = await trajectory(c, {
    opened: '2025-11-01T10:00:00+01:00',
    closed: '2026-03-15T12:00:00+01:00',
    ending: '04',
    managing: '02',
    entry: 'school',
  });
  await db.insertInto('trajectory_goal_attainment').values({ trajectory_id: c1, attainment: 'partly' }).execute();
  await measure(c, '2025-11-10', 4);
  await measure(c, '2026-03-01', 6);
  await trajectory(c, { opened: '2026-12-31T09:00:00+01:00', firstContact: '2026-12-31' });

  // D: started 1 February (first contact), help on 11 February (10 days); a trajectory closed
  // 1 September 2025 before it (local repeat use, window 12 months); an ambulant allocation (45):
  // referred on to specialised care.
  const d = await family();
  await trajectory(d, {
    opened: '2025-03-01T10:00:00+01:00',
    closed: '2025-09-01T10:00:00+02:00',
    ending: '01',
    managing: '04',
  });
  const d1 = await trajectory(d, {
    opened: '2026-02-03T10:00:00+01:00',
    firstContact: '2026-02-01',
    entry: 'gp_ojg',
    helpOn: '2026-02-11T10:00:00+01:00',
  });
  const person = await buildPerson(db, d);
  const consultant = await buildUser(db, ['consultant']);
  const decision = await db
    .insertInto('decision')
    .values({
      municipality_code: '0193',
      reference: 'B-FX-0001',
      family_id: d,
      person_id: person,
      trajectory_id: d1,
      outcome: 'granted',
      motivation: 'Test',
      decided_by: consultant.id,
      decided_at: new Date('2026-02-20T10:00:00+01:00'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('allocation')
    .values({
      decision_id: decision.id,
      municipality_code: '0193',
      allocation_number: 900001,
      person_id: person,
      provider_id: providerId,
      kind: 'aspecific',
      category: '45',
      volume: 3,
      unit: '04',
      frequency: '2',
      starts_on: '2026-03-01',
      ends_on: '2026-08-31',
      referrer_type: '01',
      expected_cost_cents: 100,
      budget_line_id: await buildBudgetLine(db),
    })
    .execute();

  // E: started 1 April (self-referral), help on 21 April (20 days); nothing else.
  const e = await family();
  await trajectory(e, {
    opened: '2026-04-01T10:00:00+02:00',
    firstContact: '2026-04-01',
    entry: 'self_referral',
    helpOn: '2026-04-21T10:00:00+02:00',
  });
  // The indicators read the outcome summary: bring it up to date as its job would (the families the
  // fixture wrote were marked by the triggers; an incremental run computes just those).
  await refreshOutcomeSummary(db);
});
afterAll(async () => {
  await t.close();
});

const H1: IndicatorFilter = {
  area: { scope: 'municipality', code: '0193' },
  from: '2026-01-01',
  to: '2026-06-30',
  groupBy: 'none',
};
const counts = async (f: Partial<IndicatorFilter> = {}) =>
  (await fetchAll(db, { c: indicatorCounts({ ...H1, ...f }) })).c;

describe('outcome indicators against the hand-computed fixture', () => {
  it('every count of Zwolle 2026-H1', async () => {
    const [all] = await counts();
    expect(all).toMatchObject({
      key: 'all',
      closed: 2, // A (30 June 22:30) and C; not B (1 July 00:30 in Amsterdam)
      drop_out_den: 2,
      drop_out_num: 1, // A (03); C ended 04
      sat_n: 2, // A: parent 8 (latest), youth 9 (latest of two)
      sat_sum: 17,
      mwh_01: 0,
      mwh_02: 1,
      mwh_03: 0,
      mwh_04: 1,
      nns_den: 2,
      nns_num: 1, // A: its new start is the day after H+1; C started again on H+1's last day
      rep_den: 2, // D and E started in H1
      rep_num: 1, // D: a trajectory closed within 12 months before
      goals_den: 2,
      goals_num: 1,
      pr_den: 1, // C only: A has a single measurement
      pr_num: 1,
      spec_den: 2,
      spec_num: 1, // D: ambulant allocation
      tth_n: 2,
      tth_median: 15, // 10 and 20 days
    });
  });

  it('drop-out as 03 + 04 when the municipality chooses it; satisfaction of one informant', async () => {
    await db.insertInto('outcome_setting').values({ municipality_code: '0193', drop_out_reasons: '03+04' }).execute();
    try {
      expect((await counts())[0]).toMatchObject({ drop_out_num: 2, drop_out_den: 2 });
    } finally {
      await db.deleteFrom('outcome_setting').execute();
    }
    expect((await counts({ informant: 'youth' }))[0]).toMatchObject({ sat_n: 1, sat_sum: 9 });
    expect((await counts({ informant: 'parent' }))[0]).toMatchObject({ sat_n: 1, sat_sum: 8 });
  });

  it('a shorter local window drops the repeat; H2 finds B', async () => {
    await db.insertInto('outcome_setting').values({ municipality_code: '0193', repeat_window_months: 4 }).execute();
    try {
      expect((await counts())[0]).toMatchObject({ rep_num: 0, rep_den: 2 });
    } finally {
      await db.deleteFrom('outcome_setting').execute();
    }
    const [h2] = await counts({ from: '2026-07-01', to: '2026-12-31' });
    expect(h2).toMatchObject({ closed: 1, drop_out_num: 1, mwh_01: 1 });
  });

  it('grouped by entry point, level of help and provider; filtered by provider', async () => {
    const byEntry = Object.fromEntries((await counts({ groupBy: 'entry_point' })).map((g) => [g.key, g]));
    expect(byEntry['gp_ojg']).toMatchObject({ closed: 1, spec_den: 1, spec_num: 1, tth_median: 10 });
    expect(byEntry['school']).toMatchObject({ closed: 1, drop_out_num: 0 });
    expect(byEntry['self_referral']).toMatchObject({ spec_den: 1, spec_num: 0, tth_median: 20 });
    const byLevel = Object.fromEntries((await counts({ groupBy: 'level' })).map((g) => [g.key, g]));
    expect(byLevel['2']).toMatchObject({ spec_den: 1 });
    expect(byLevel['0']).toMatchObject({ closed: 2, spec_den: 1 });
    expect(await counts({ groupBy: 'provider' })).toEqual([
      expect.objectContaining({ key: providerId, spec_num: 1, closed: 0 }),
    ]);
    expect(await counts({ provider: providerId })).toEqual([expect.objectContaining({ rep_den: 1, closed: 0 })]);
    expect(await counts({ area: { scope: 'region', code: 'TEST' } })).toEqual([expect.objectContaining({ closed: 2 })]);
  });
});

describe('the outcome summary and its job', () => {
  it('a change marks its family; the job (incremental) picks it up, a full run gives the same counts', async () => {
    const before = (await counts())[0]!;
    const e = await db
      .selectFrom('trajectory')
      .select(['id', 'family_id'])
      .where('entry_point', '=', 'self_referral')
      .executeTakeFirstOrThrow();
    // E closes on 1 May: until the job runs, the figures are those of its last run.
    await db
      .updateTable('trajectory')
      .set({ status: 'closed', closed_at: new Date('2026-05-01T10:00:00+02:00'), managing_without_help: '01' })
      .where('id', '=', e.id)
      .execute();
    expect(await db.selectFrom('outcome_summary_stale').select('family_id').execute()).toEqual([
      { family_id: e.family_id },
    ]);
    expect((await counts())[0]).toEqual(before);
    await t.worker.installSchedules();
    await sql`INSERT INTO job (kind) VALUES (${REFRESH_JOB})`.execute(db);
    while (await t.worker.runOne()) {
      /* the due jobs, the refresh among them */
    }
    expect((await counts())[0]).toMatchObject({ closed: 3, mwh_01: 1 });
    expect(await db.selectFrom('outcome_summary_stale').select('family_id').execute()).toEqual([]);
    const state = await db.selectFrom('outcome_summary_state').selectAll().executeTakeFirstOrThrow();
    expect(state.computed_at).not.toBeNull();
    // Back as it was: a full run recomputes everything to the fixture's figures.
    await db
      .updateTable('trajectory')
      .set({ status: 'in_progress', closed_at: null, managing_without_help: null })
      .where('id', '=', e.id)
      .execute();
    expect(await refreshOutcomeSummary(db, { full: true })).toMatchObject({ full: true });
    expect((await counts())[0]).toEqual(before);
  });
});
