// Ending registrations takes the same per-key locks as registering and closes only the matches on
// the ended registrations' keys (not a scan of every open match).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ensureGeography } from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration } from '../../test-support/involvement.js';
import { archiveRegistrations } from './archive.js';
import { lockMatchKeys } from './matching.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

async function matchedPair() {
  const school = await buildRegistrant(t, 'school');
  const gp = await buildRegistrant(t, 'gp_practice');
  const bsn = nextBsn();
  const post = (r: typeof school) =>
    t.app.inject({
      method: 'POST',
      url: '/api/involvement/registrations',
      headers: r.session.headers,
      payload: registration(bsn),
    });
  const mine = (await post(school)).json<{ registration: { id: string } }>().registration.id;
  const matchId = (await post(gp)).json<{ matches: Array<{ id: string }> }>().matches[0]?.id ?? '';
  return { school, mine, matchId };
}

describe('ending registrations', () => {
  it("closes only the matches on the ended registration's keys", async () => {
    const db = t.db.kysely;
    // An open match on another key that (for whatever reason) no longer joins two organisations: not this withdrawal's business.
    const elsewhere = await db
      .insertInto('involvement_match')
      .values({
        kind: 'youth',
        match_key: randomBytes(32).toString('hex'),
        municipality_code: '0193',
        coordinator_id: null,
        coordinator_source: 'none',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { school, mine, matchId } = await matchedPair();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/involvement/registrations/${mine}/withdraw`,
      headers: school.session.headers,
    });
    expect(res.statusCode).toBe(204);
    const closed = await db
      .selectFrom('involvement_match')
      .select(['id', 'closed_at'])
      .where('id', 'in', [matchId, elsewhere.id])
      .execute();
    expect(
      Object.fromEntries(closed.map((m) => [m.id === matchId ? 'affected' : 'elsewhere', m.closed_at !== null])),
    ).toEqual({ affected: true, elsewhere: false });
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'waits for a registration in flight on the same key (PostgreSQL: two connections)',
    async () => {
      const db = t.db.kysely;
      const { mine } = await matchedPair();
      const { youth_bsn_hash: key } = await db
        .selectFrom('involvement_registration')
        .select('youth_bsn_hash')
        .where('id', '=', mine)
        .executeTakeFirstOrThrow();
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const lockHeld = new Promise<void>((resolve) => {
        locked = resolve;
      });
      // A registration on the same key, holding its lock.
      const inFlight = db.transaction().execute(async (trx) => {
        await lockMatchKeys(trx, [{ kind: 'youth', key }]);
        locked();
        await released;
      });
      await lockHeld;
      let archivedAt: number | null = null;
      const withdrawal = db.transaction().execute(async (trx) => {
        await archiveRegistrations(trx, [{ id: mine, reason: 'withdrawn' }], new Date());
        archivedAt = Date.now();
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(archivedAt).toBeNull();
      release();
      await inFlight;
      await withdrawal;
      expect(archivedAt).not.toBeNull();
    },
  );
});
