import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect.js';
import { createLogger } from '../http/logger.js';
import { createTestDatabase, testBackend } from '../../test-support/database.js';
import { enqueue } from './queue.js';
import { JobWorker } from './worker.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
const log = createLogger('silent');

describe('durable jobs', () => {
  it('runs every job exactly once when several workers compete for them', async () => {
    const workers = ['a', 'b', 'c'].map((id) =>
      new JobWorker(db.kysely, log, id).register('probe', async (_p, { trx, jobId, instanceId }) => {
        await trx.insertInto('job_probe').values({ job_id: jobId, instance_id: instanceId }).execute();
      }),
    );
    for (let i = 0; i < 60; i++) await enqueue(db.kysely, 'probe', { i });
    const counts = await Promise.all(workers.map((w) => w.drain()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
    const probes = await db.kysely.selectFrom('job_probe').select(['job_id', 'instance_id']).execute();
    expect(probes).toHaveLength(60);
    expect(new Set(probes.map((p) => p.job_id)).size).toBe(60);
    const done = await db.kysely
      .selectFrom('job')
      .select(['status', 'finished_by'])
      .where('kind', '=', 'probe')
      .execute();
    expect(done.every((j) => j.status === 'done' && probes.some((p) => p.instance_id === j.finished_by))).toBe(true);
    // On a real server the workers truly run in parallel; the embedded database has one connection.
    if (testBackend() === 'postgres') expect(new Set(probes.map((p) => p.instance_id)).size).toBeGreaterThan(1);
  });

  it('retries a failing job with back-off, rolls back its partial effects, and gives up after max attempts', async () => {
    let calls = 0;
    const worker = new JobWorker(db.kysely, log, 'w').register('flaky', async (_p, { trx, jobId }) => {
      calls += 1;
      await trx
        .insertInto('job_probe')
        .values({ job_id: jobId + 1_000_000, instance_id: 'partial' })
        .execute();
      throw new Error('provider down');
    });
    await enqueue(db.kysely, 'flaky', {}, { maxAttempts: 2 });
    expect(await worker.drain()).toBe(1);
    const after1 = await db.kysely.selectFrom('job').selectAll().where('kind', '=', 'flaky').executeTakeFirstOrThrow();
    expect(after1).toMatchObject({ status: 'queued', attempts: 1, last_error: 'provider down' });
    expect(after1.run_at.getTime()).toBeGreaterThan(Date.now() + 5_000);
    expect(await worker.drain()).toBe(0); // not due yet
    await db.kysely
      .updateTable('job')
      .set({ run_at: new Date(Date.now() - 1000) })
      .where('id', '=', after1.id)
      .execute();
    expect(await worker.drain()).toBe(1);
    const after2 = await db.kysely.selectFrom('job').selectAll().where('id', '=', after1.id).executeTakeFirstOrThrow();
    expect(after2).toMatchObject({ status: 'failed', attempts: 2 });
    expect(calls).toBe(2);
    const partial = await db.kysely
      .selectFrom('job_probe')
      .select('job_id')
      .where('instance_id', '=', 'partial')
      .execute();
    expect(partial).toHaveLength(0);
  });

  it('enqueues a scheduled job once per period, however many instances tick', async () => {
    const workers = ['x', 'y'].map((id) =>
      new JobWorker(db.kysely, log, id).schedule({ name: 'tick-test', kind: 'noop', intervalSeconds: 3600 }),
    );
    await workers[0]?.installSchedules();
    await workers[1]?.installSchedules();
    const enqueued = await Promise.all([
      workers[0]?.enqueueDueSchedules(),
      workers[1]?.enqueueDueSchedules(),
      workers[0]?.enqueueDueSchedules(),
    ]);
    expect(enqueued.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(1);
    const jobs = await db.kysely.selectFrom('job').select('id').where('kind', '=', 'noop').execute();
    expect(jobs).toHaveLength(1);
    const next = await sql<{
      next_run_at: Date;
    }>`SELECT next_run_at FROM job_schedule WHERE name = 'tick-test'`.execute(db.kysely);
    expect(next.rows[0]?.next_run_at.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });
});
