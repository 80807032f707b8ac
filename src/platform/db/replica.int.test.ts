// Reports on a read replica (issue 14 item 10): without one they run in the request's own transaction;
// with one that cannot be reached they fall back to the primary, /api/health says so, and the dashboard
// keeps answering. CI runs this file once more against a real streaming replica (DATABASE_READ_URL,
// scripts/start-replica.sh): then reports come from the replica, which is in recovery.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { createTestDatabase } from '../../test-support/database.js';
import { buildUser, ensureGeography } from '../../test-support/factories.js';
import type { Database } from './connect.js';
import { isReplicaUnavailable, openReplicaReader, primaryReports, type ReportReader } from './replica.js';

const inRecovery = async (db: Parameters<Parameters<ReportReader['run']>[1]>[0]) =>
  (await sql<{ r: boolean }>`select pg_is_in_recovery() as r`.execute(db)).rows[0]?.r;

describe('without a replica', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.close());

  it('runs the report on the primary it is given, inside the transaction', async () => {
    const result = await db.kysely
      .transaction()
      .execute((trx) =>
        primaryReports().run(trx, async (q) => (await sql<{ n: number }>`select 1 as n`.execute(q)).rows),
      );
    expect(result).toEqual({ value: [{ n: 1 }], source: 'primary' });
    expect(await primaryReports().status()).toEqual({ status: 'none' });
  });
});

describe('a replica that cannot be reached', () => {
  let t: TestApp;
  let down: ReportReader;

  beforeAll(async () => {
    // Port 1 refuses connections at once: the replica "is down".
    down = openReplicaReader({
      url: 'postgres://postgres@127.0.0.1:1/test',
      poolSize: 1,
      statementTimeoutMs: 5_000,
      retryAfterMs: 60_000,
    });
    const database = await createTestDatabase();
    t = await createTestApp({ database: { ...database, kind: database.kind, kysely: database.kysely, reports: down } });
    await ensureGeography(t.db.kysely);
    await buildUser(t.db.kysely, ['policy'], { username: 'policy.replica' });
  });
  afterAll(async () => {
    await t.close();
    await down.close();
    await t.db.close();
  });

  it('falls back to the primary and says so', async () => {
    const started = Date.now();
    const result = await down.run(t.db.kysely, async (q) => inRecovery(q));
    expect(result).toEqual({ value: false, source: 'primary' });
    // Within the retry window the replica is not even tried again.
    const again = await down.run(t.db.kysely, async (q) => inRecovery(q));
    expect(again.source).toBe('primary');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('keeps /api/health healthy and names the replica down', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', readReplica: { status: 'down', reportsRunOn: 'primary' } });
  });

  it('keeps the neighbourhood patterns answering from the primary', async () => {
    const s = await login(t.app, 'policy.replica');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/insights/patterns?municipality=0193',
      headers: s.headers,
    });
    expect(res.statusCode).toBe(200);
  });

  it('keeps the outcome indicators answering from the primary (the audited part there, the counts too)', async () => {
    const s = await login(t.app, 'policy.replica');
    for (const url of [
      '/api/insights/outcomes?code=0193&period=2026-H1',
      '/api/insights/outcomes?code=0193&period=2026&groupBy=provider',
      '/api/insights/outcomes/contracts?scope=municipality&code=0193&period=2026-H1',
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: s.headers });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      const report = url.includes('contracts') ? res.json().report : res.json();
      expect(report).toHaveProperty('computedAt');
    }
  });

  it('does not hide a wrong query behind the fallback', async () => {
    const reader = openReplicaReader({
      url: 'postgres://postgres@127.0.0.1:1/test',
      poolSize: 1,
      statementTimeoutMs: 5_000,
    });
    try {
      await expect(reader.run(t.db.kysely, async (q) => sql`select no_such_column`.execute(q))).rejects.toThrow();
    } finally {
      await reader.close();
    }
    expect(isReplicaUnavailable(Object.assign(new Error('column does not exist'), { code: '42703' }))).toBe(false);
    expect(
      isReplicaUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' })),
    ).toBe(true);
  });
});

describe.skipIf(!process.env.DATABASE_READ_URL)('a real streaming replica (CI)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.close());

  it('answers reports from the replica, with the primary’s latest writes', async () => {
    const reports = db.reports as ReportReader;
    expect(reports.configured).toBe(true);
    await db.kysely.insertInto('region').values({ code: 'RZZ', name: 'Replicaregio' }).execute();
    const result = await reports.run(db.kysely, async (q) => ({
      recovery: await inRecovery(q),
      region: (await q.selectFrom('region').select('name').where('code', '=', 'RZZ').executeTakeFirst())?.name,
    }));
    expect(result).toEqual({ value: { recovery: true, region: 'Replicaregio' }, source: 'replica' });
    expect((await reports.status()).status).toBe('ok');
  });
});
