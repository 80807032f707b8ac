// The expiry job ends one batch per run, each in its own transaction, and queues a continuation
// while a full batch was processed.
import { addDays, addYears } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../platform/http/logger.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { JobWorker } from '../../platform/jobs/worker.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ensureGeography } from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration } from '../../test-support/involvement.js';
import { registerInvolvementJobs } from './jobs.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

describe('referral-index expiry in batches', () => {
  it('runs one batch per job run and re-enqueues while batches are full', async () => {
    const db = t.db.kysely;
    const school = await buildRegistrant(t, 'school');
    for (let i = 0; i < 5; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/involvement/registrations',
        headers: school.session.headers,
        payload: registration(nextBsn()),
      });
      expect(res.statusCode).toBe(201);
    }
    const log = createLogger('silent');
    const later = addDays(addYears(new Date(), 2), 1);
    const worker = registerInvolvementJobs(new JobWorker(db, log, 'test-batches'), log, () => later, 2);
    const remaining = async () => (await db.selectFrom('involvement_registration').select('id').execute()).length;
    const queued = async () =>
      (
        await db
          .selectFrom('job')
          .select('id')
          .where('kind', '=', 'involvement.expire')
          .where('status', '=', 'queued')
          .execute()
      ).length;

    await enqueue(db, 'involvement.expire');
    expect(await worker.runOne()).toBe(true);
    expect([await remaining(), await queued()]).toEqual([3, 1]);
    expect(await worker.runOne()).toBe(true);
    expect([await remaining(), await queued()]).toEqual([1, 1]);
    expect(await worker.runOne()).toBe(true);
    expect([await remaining(), await queued()]).toEqual([0, 0]);
  });
});
