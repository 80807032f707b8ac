// A change committed while a refresh runs keeps its family marked (migration 038): the refresh deletes
// only the marks of the transactions its recompute saw, and never waits for a writer. The races need two
// connections (PostgreSQL); a refresh in the transaction that marked (the seed's way) runs everywhere.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../../platform/db/schema.js';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser, ensureGeography } from '../../../test-support/factories.js';
import { refreshOutcomeSummary } from './summary.js';

let t: TestApp;
let db: Kysely<DB>;
let teamId: string;
let userId: string;

beforeAll(async () => {
  t = await createTestApp();
  db = t.db.kysely;
  await ensureGeography(db);
  teamId = await buildTeam(db, { municipality: '0193' });
  userId = (await buildUser(db, ['professional'])).id;
});
afterAll(async () => {
  await t.close();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A closed trajectory whose youth gave a 6, in the summary and unmarked. */
async function closedFamily() {
  const { familyId, trajectoryId } = await buildFamilyWithTrajectory(db, {
    teamId,
    regisseurId: userId,
    status: 'closed',
  });
  await db
    .insertInto('trajectory_satisfaction')
    .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 6, measured_on: '2026-01-10' })
    .execute();
  await refreshOutcomeSummary(db, { full: true });
  return { familyId, trajectoryId };
}

const youthMark = async (trajectoryId: string) =>
  (
    await db
      .selectFrom('trajectory_outcome_summary')
      .select('sat_youth')
      .where('trajectory_id', '=', trajectoryId)
      .executeTakeFirstOrThrow()
  ).sat_youth;
const marked = async (familyId: string) =>
  (await db.selectFrom('outcome_summary_stale').select('family_id').where('family_id', '=', familyId).execute())
    .length > 0;
/** A refresh as the job runs it: in a transaction of its own. */
const refresh = (full = false) => db.transaction().execute((trx) => refreshOutcomeSummary(trx, { full }));

describe('a refresh and the changes made while it runs', () => {
  it('a refresh in the transaction that marked takes its own marks', async () => {
    const { familyId, trajectoryId } = await closedFamily();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('trajectory_satisfaction')
        .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 8, measured_on: '2026-02-01' })
        .execute();
      await refreshOutcomeSummary(trx);
    });
    expect(await youthMark(trajectoryId)).toBe(8);
    expect(await marked(familyId)).toBe(false);
  });

  describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL: two connections', () => {
    it.each([false, true])(
      'a family marked before, changed by a transaction open through the refresh (full: %s)',
      async (full) => {
        const { familyId, trajectoryId } = await closedFamily();
        // Marked already: a committed change (a 7) the refresh takes in.
        await db
          .insertInto('trajectory_satisfaction')
          .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 7, measured_on: '2026-02-01' })
          .execute();
        const marking = deferred();
        const commit = deferred();
        // A: a 9, marked and not yet committed.
        const a = db.transaction().execute(async (trx) => {
          await trx
            .insertInto('trajectory_satisfaction')
            .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 9, measured_on: '2026-03-01' })
            .execute();
          marking.resolve();
          await commit.promise;
        });
        try {
          await marking.promise;
          // B: the refresh does not wait for A (its mark is A's own row).
          await refresh(full);
          expect(await youthMark(trajectoryId)).toBe(7);
        } finally {
          commit.resolve();
          await a;
        }
        expect(await marked(familyId)).toBe(true);
        await refresh();
        expect(await youthMark(trajectoryId)).toBe(9);
        expect(await marked(familyId)).toBe(false);
      },
    );

    it('a family marked before, changed by a transaction that commits during the recompute', async () => {
      const { familyId, trajectoryId } = await closedFamily();
      await db
        .insertInto('trajectory_satisfaction')
        .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 7, measured_on: '2026-02-01' })
        .execute();
      const marking = deferred();
      const commit = deferred();
      // A: a 9, marked, and a lock on the family's summary row that stops the recompute (which takes the
      // family for the earlier mark) after its snapshot was taken, until A commits.
      const a = db.transaction().execute(async (trx) => {
        await trx
          .insertInto('trajectory_satisfaction')
          .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 9, measured_on: '2026-03-01' })
          .execute();
        await trx
          .selectFrom('trajectory_outcome_summary')
          .select('trajectory_id')
          .where('trajectory_id', '=', trajectoryId)
          .forUpdate()
          .execute();
        marking.resolve();
        await commit.promise;
      });
      let done = false;
      try {
        await marking.promise;
        const b = refresh().then(() => {
          done = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(done).toBe(false);
        commit.resolve();
        await a;
        await b;
      } finally {
        commit.resolve();
      }
      // Written from the recompute's snapshot, without A's 9; A's mark stays for the next run.
      expect(await youthMark(trajectoryId)).toBe(7);
      expect(await marked(familyId)).toBe(true);
      await refresh();
      expect(await youthMark(trajectoryId)).toBe(9);
      expect(await marked(familyId)).toBe(false);
    });

    it('a change marked and committed after the refresh deleted the marks, before it commits', async () => {
      const { familyId, trajectoryId } = await closedFamily();
      await db
        .insertInto('trajectory_satisfaction')
        .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 7, measured_on: '2026-02-01' })
        .execute();
      const refreshed = deferred();
      const committed = deferred();
      const b = db.transaction().execute(async (trx) => {
        await refreshOutcomeSummary(trx);
        refreshed.resolve();
        await committed.promise;
      });
      try {
        await refreshed.promise;
        // A marks the family whose mark B deleted and has not committed yet: A does not wait for B.
        await db
          .insertInto('trajectory_satisfaction')
          .values({ trajectory_id: trajectoryId, informant: 'youth', mark: 9, measured_on: '2026-03-01' })
          .execute();
      } finally {
        committed.resolve();
        await b;
      }
      expect(await youthMark(trajectoryId)).toBe(7);
      expect(await marked(familyId)).toBe(true);
      await refresh();
      expect(await youthMark(trajectoryId)).toBe(9);
      expect(await marked(familyId)).toBe(false);
    });
  });
});
