// The outcome summary follows every input of its rows (migrations 029 and 034): for each one a change,
// an incremental refresh as the five-minute job runs it, and the figure that moved. The wide changes
// (a municipality to another region, a category's level of help, an instrument's scale) request a full
// run, which the next refresh does. Zwolle, 2026-H1, as in indicators.int.test.ts.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAll } from '../../../platform/db/bundle.js';
import type { DB } from '../../../platform/db/schema.js';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { buildBudgetLine, buildContract } from '../../../test-support/contracts.js';
import { buildPerson, buildTeam, buildUser, ensureGeography } from '../../../test-support/factories.js';
import { outcomeFixtures, type OutcomeFixtures, type OutcomeTrajectory } from '../../../test-support/outcomes.js';
import { indicatorCounts, type IndicatorFilter } from './queries.js';
import { refreshOutcomeSummary } from './summary.js';

let t: TestApp;
let db: Kysely<DB>;
let teamId: string;
let otherTeamId: string;
let userId: string;
let consultantId: string;
let providerId: string;
const fam: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
const traj: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
let allocationId: string;
let fx: OutcomeFixtures;

const H1: IndicatorFilter = {
  area: { scope: 'municipality', code: '0193' },
  from: '2026-01-01',
  to: '2026-06-30',
  groupBy: 'none',
};
const counts = async (f: Partial<IndicatorFilter> = {}) =>
  (await fetchAll(db, { c: indicatorCounts({ ...H1, ...f }) })).c;
const one = async (f: Partial<IndicatorFilter> = {}) => (await counts(f))[0];
const by = async (groupBy: IndicatorFilter['groupBy'], f: Partial<IndicatorFilter> = {}) =>
  Object.fromEntries((await counts({ ...f, groupBy })).map((g) => [g.key, g]));
// The marked families (one row per family and marking transaction: migration 038).
const stale = async () =>
  (await db.selectFrom('outcome_summary_stale').select('family_id').distinct().execute()).map((r) => r.family_id);
const refresh = () => refreshOutcomeSummary(db);

// Closed trajectories here ended in the usual way (01) and manage without help (04) unless a test says otherwise.
const family = () => fx.family('SF');
const trajectory = (familyId: string, o: OutcomeTrajectory) =>
  fx.trajectory(familyId, { ...(o.closed ? { ending: '01', managing: '04' } : {}), ...o });
const measure = (familyId: string, instrument: string, on: string, score: number) =>
  fx.measure(familyId, on, score, instrument);

async function decision(familyId: string, trajectoryId: string, reference: string) {
  const personId = await buildPerson(db, familyId);
  const d = await db
    .insertInto('decision')
    .values({
      municipality_code: '0193',
      reference,
      family_id: familyId,
      person_id: personId,
      trajectory_id: trajectoryId,
      outcome: 'granted',
      motivation: 'Test',
      decided_by: consultantId,
      decided_at: new Date('2026-02-20T10:00:00+01:00'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: d.id, personId };
}

beforeAll(async () => {
  t = await createTestApp();
  db = t.db.kysely;
  await ensureGeography(db);
  teamId = await buildTeam(db, { municipality: '0193' });
  otherTeamId = await buildTeam(db, { municipality: '0193' });
  userId = (await buildUser(db, ['professional'])).id;
  fx = outcomeFixtures(db, { teamId, userId });
  consultantId = (await buildUser(db, ['consultant'])).id;
  providerId = (await buildContract(db)).providerId;

  // A: closed 15 March, entered through school; Positive Health 4 → 6 (problems reduced).
  fam.a = await family();
  traj.a = await trajectory(fam.a, {
    opened: '2025-11-01T10:00:00+01:00',
    closed: '2026-03-15T12:00:00+01:00',
    entry: 'school',
  });
  await measure(fam.a, 'positive_health', '2025-11-10', 4);
  await measure(fam.a, 'positive_health', '2026-03-01', 6);
  // B: started 1 February through the GP, help after 10 days, an ambulant allocation (45).
  fam.b = await family();
  traj.b = await trajectory(fam.b, {
    opened: '2026-02-03T10:00:00+01:00',
    firstContact: '2026-02-01',
    entry: 'gp_ojg',
    helpOn: '2026-02-11T10:00:00+01:00',
  });
  const granted = await decision(fam.b, traj.b, 'B-SF-0001');
  const allocation = await db
    .insertInto('allocation')
    .values({
      decision_id: granted.id,
      municipality_code: '0193',
      allocation_number: 910001,
      person_id: granted.personId,
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
    .returning('id')
    .executeTakeFirstOrThrow();
  allocationId = allocation.id;
  // C: started 1 April by self-referral, help after 20 days.
  fam.c = await family();
  traj.c = await trajectory(fam.c, {
    opened: '2026-04-01T10:00:00+02:00',
    firstContact: '2026-04-01',
    entry: 'self_referral',
    helpOn: '2026-04-21T10:00:00+02:00',
  });
  // D: closed 20 March (entered through the police); Positive Health 4 → 6 (+0.2 of its 0–10 scale) and
  // the household self-sufficiency matrix 4 → 3 (−0.25 of its 1–5 scale): on average not reduced.
  fam.d = await family();
  traj.d = await trajectory(fam.d, {
    opened: '2025-12-01T10:00:00+01:00',
    closed: '2026-03-20T12:00:00+01:00',
    entry: 'police',
  });
  await measure(fam.d, 'positive_health', '2026-01-10', 4);
  await measure(fam.d, 'positive_health', '2026-03-01', 6);
  await measure(fam.d, 'zrm_household', '2026-01-10', 4);
  await measure(fam.d, 'zrm_household', '2026-03-01', 3);
  await refreshOutcomeSummary(db, { full: true });
});
afterAll(async () => {
  await t.close();
});

describe('the outcome summary follows every input of its rows', () => {
  it('the fixture', async () => {
    expect(await one()).toMatchObject({
      closed: 2,
      nns_num: 2,
      rep_den: 2,
      spec_num: 1,
      tth_median: 15,
      pr_den: 2,
      pr_num: 1,
    });
    expect(await stale()).toEqual([]);
  });

  it("a new start of the same family turns the earlier closing's 'no new start' off, and back", async () => {
    const again = await trajectory(fam.a, {
      opened: '2026-09-01T10:00:00+02:00',
      firstContact: '2026-09-01',
      entry: 'school',
    });
    expect(await stale()).toEqual([fam.a]);
    await refresh();
    expect(await one()).toMatchObject({ closed: 2, nns_den: 2, nns_num: 1 });
    // The new start itself is a repeat (local window: A closed within 12 months before it).
    expect(await one({ from: '2026-07-01', to: '2026-12-31' })).toMatchObject({ rep_den: 1, rep_num: 1 });
    await db.deleteFrom('trajectory').where('id', '=', again).execute();
    await refresh();
    expect(await one()).toMatchObject({ nns_num: 2 });
  });

  it("a trajectory's team and entry point", async () => {
    await db
      .updateTable('trajectory')
      .set({ team_id: otherTeamId, entry_point: 'gp_ojg' })
      .where('id', '=', traj.a)
      .execute();
    await refresh();
    expect((await by('team'))[otherTeamId]).toMatchObject({ closed: 1 });
    expect((await by('entry_point'))['gp_ojg']).toMatchObject({ closed: 1, spec_den: 1 });
    await db
      .updateTable('trajectory')
      .set({ team_id: teamId, entry_point: 'school' })
      .where('id', '=', traj.a)
      .execute();
    await refresh();
    expect((await by('team'))[otherTeamId]).toBeUndefined();
  });

  it('a satisfaction mark, and the trajectory it leaves when it moves to another family', async () => {
    const mark = await db
      .insertInto('trajectory_satisfaction')
      .values({ trajectory_id: traj.a, informant: 'youth', mark: 7, measured_on: '2026-03-10' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await refresh();
    expect(await one()).toMatchObject({ sat_n: 1, sat_sum: 7 });
    await db.updateTable('trajectory_satisfaction').set({ trajectory_id: traj.c }).where('id', '=', mark.id).execute();
    expect((await stale()).sort()).toEqual([fam.a, fam.c].sort());
    await refresh();
    expect(await one()).toMatchObject({ sat_n: 0, sat_sum: 0 });
  });

  it('goal attainment', async () => {
    await db
      .insertInto('trajectory_goal_attainment')
      .values({ trajectory_id: traj.a, attainment: 'achieved' })
      .execute();
    await refresh();
    expect(await one()).toMatchObject({ goals_den: 1, goals_num: 1 });
    await db
      .updateTable('trajectory_goal_attainment')
      .set({ attainment: 'partly' })
      .where('trajectory_id', '=', traj.a)
      .execute();
    await refresh();
    expect(await one()).toMatchObject({ goals_den: 1, goals_num: 0 });
  });

  it('the status change to help', async () => {
    await db
      .updateTable('trajectory_status_change')
      .set({ changed_at: new Date('2026-02-21T10:00:00+01:00') })
      .where('trajectory_id', '=', traj.b)
      .execute();
    await refresh();
    expect(await one()).toMatchObject({ tth_n: 2, tth_median: 20 });
  });

  it('a score, and the measurement it leaves when it moves to another family', async () => {
    const [, second] = await db
      .selectFrom('measurement')
      .select('id')
      .where('family_id', '=', fam.a)
      .orderBy('measured_on')
      .execute();
    await db.updateTable('measurement_score').set({ score: 3 }).where('measurement_id', '=', second!.id).execute();
    await refresh();
    expect(await one({ entryPoint: 'school' })).toMatchObject({ pr_den: 1, pr_num: 0 });
    const elsewhere = await db
      .insertInto('measurement')
      .values({
        family_id: fam.c,
        instrument_id: (
          await db
            .selectFrom('measurement')
            .select('instrument_id')
            .where('id', '=', second!.id)
            .executeTakeFirstOrThrow()
        ).instrument_id,
        measured_on: '2026-04-05',
        recorded_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await refresh();
    await db
      .updateTable('measurement_score')
      .set({ measurement_id: elsewhere.id })
      .where('measurement_id', '=', second!.id)
      .execute();
    expect((await stale()).sort()).toEqual([fam.a, fam.c].sort());
    await refresh();
    // A's second measurement has no score left: a single measurement, no series.
    expect(await one({ entryPoint: 'school' })).toMatchObject({ pr_den: 0 });
  });

  it("an allocation's category, and the family it leaves when it moves to another family's decision", async () => {
    await db.updateTable('allocation').set({ category: '50' }).where('id', '=', allocationId).execute();
    await refresh();
    expect(await one()).toMatchObject({ spec_num: 0 });
    expect((await by('level'))['1']).toMatchObject({ spec_den: 1 });
    await db.updateTable('allocation').set({ category: '45' }).where('id', '=', allocationId).execute();
    await refresh();
    expect(await one()).toMatchObject({ spec_num: 1 });
    expect((await by('entry_point'))['gp_ojg']).toMatchObject({ spec_num: 1 });

    const toC = await decision(fam.c, traj.c, 'B-SF-0002');
    await refresh();
    await db.updateTable('allocation').set({ decision_id: toC.id }).where('id', '=', allocationId).execute();
    expect((await stale()).sort()).toEqual([fam.b, fam.c].sort());
    await refresh();
    const entry = await by('entry_point');
    expect(entry['gp_ojg']).toMatchObject({ spec_num: 0 });
    expect(entry['self_referral']).toMatchObject({ spec_num: 1 });
    expect(await counts({ groupBy: 'provider' })).toEqual([
      expect.objectContaining({ key: providerId, rep_den: 1, tth_median: 20 }),
    ]);
  });

  it("a family's municipality", async () => {
    await db.updateTable('family').set({ municipality_code: '0166' }).where('id', '=', fam.c).execute();
    await refresh();
    expect(await one()).toMatchObject({ rep_den: 1 });
    expect(await one({ area: { scope: 'municipality', code: '0166' } })).toMatchObject({ rep_den: 1 });
    await db.updateTable('family').set({ municipality_code: '0193' }).where('id', '=', fam.c).execute();
    await refresh();
    expect(await one()).toMatchObject({ rep_den: 2 });
  });

  it("a municipality's region: a full run, requested and then done", async () => {
    await db.insertInto('region').values({ code: 'TEST2', name: 'Andere testregio' }).execute();
    const region = (code: string) => counts({ area: { scope: 'region', code } });
    expect(await region('TEST')).toEqual([expect.objectContaining({ closed: 2 })]);
    await db.updateTable('municipality').set({ region_code: 'TEST2' }).where('code', '=', '0193').execute();
    // Not every family marked: one request.
    expect(await stale()).toEqual([]);
    const requested = await db
      .selectFrom('outcome_summary_state')
      .select('full_requested_at')
      .executeTakeFirstOrThrow();
    expect(requested.full_requested_at).not.toBeNull();
    expect(await refresh()).toMatchObject({ full: true });
    expect(await region('TEST')).toEqual([]);
    expect(await region('TEST2')).toEqual([expect.objectContaining({ closed: 2 })]);
    const after = await db
      .selectFrom('outcome_summary_state')
      .select(['full_requested_at', 'full_at'])
      .executeTakeFirstOrThrow();
    expect(after.full_requested_at).toBeNull();
    expect(after.full_at).not.toBeNull();
    // The next run is incremental again; a same-value update requests nothing.
    expect(await refresh()).toMatchObject({ full: false });
    await db.updateTable('municipality').set({ region_code: 'TEST2' }).where('code', '=', '0193').execute();
    expect(await refresh()).toMatchObject({ full: false });
    await db.updateTable('municipality').set({ region_code: 'TEST' }).where('code', '=', '0193').execute();
    expect(await refresh()).toMatchObject({ full: true });
    expect(await region('TEST')).toEqual([expect.objectContaining({ closed: 2 })]);
  });

  it("a category's level of help: a full run", async () => {
    await db
      .updateTable('product_category_level')
      .set({ level_of_help: 'basic' })
      .where('category', '=', '45')
      .execute();
    expect(await refresh()).toMatchObject({ full: true });
    expect(await one()).toMatchObject({ spec_num: 0 });
    await db
      .updateTable('product_category_level')
      .set({ level_of_help: 'ambulant' })
      .where('category', '=', '45')
      .execute();
    expect(await refresh()).toMatchObject({ full: true });
    expect(await one()).toMatchObject({ spec_num: 1 });
  });

  it("an instrument's scale weighs a family's series against each other: a full run", async () => {
    expect(await one({ entryPoint: 'police' })).toMatchObject({ pr_den: 1, pr_num: 0 });
    // The matrix on 1–11: its −1 is now −0.1 against Positive Health's +0.2.
    await db.updateTable('instrument').set({ scale_max: 11 }).where('code', '=', 'zrm_household').execute();
    expect(await refresh()).toMatchObject({ full: true });
    expect(await one({ entryPoint: 'police' })).toMatchObject({ pr_den: 1, pr_num: 1 });
    await db.updateTable('instrument').set({ scale_max: 5 }).where('code', '=', 'zrm_household').execute();
    await refresh();
    expect(await one({ entryPoint: 'police' })).toMatchObject({ pr_num: 0 });
  });
});
