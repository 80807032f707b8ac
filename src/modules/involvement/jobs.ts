// Scheduled work of the referral index, handed to the platform worker by this module's manifest.
// The clock is a parameter so tests can move time forward without waiting two years.
import type { Logger } from 'pino';
import { enqueue } from '../../platform/jobs/queue.js';
import type { JobWorker } from '../../platform/jobs/worker.js';
import type { ModuleJobs } from '../../platform/module.js';
import { expireRegistrations, purgeArchive } from './archive.js';

export type Clock = () => Date;

export const EXPIRY_BATCH = 5000;
const EXPIRE = 'involvement.expire';

export function involvementJobs(log: Logger, clock: Clock = () => new Date(), expiryBatch = EXPIRY_BATCH): ModuleJobs {
  return {
    handlers: {
      // One batch per run, each in its own job transaction, so a backlog never becomes one huge
      // transaction; a full batch means there may be more, so the job queues its own continuation.
      [EXPIRE]: async (_payload, { trx }) => {
        const n = await expireRegistrations(trx, clock(), expiryBatch);
        if (n > 0) log.info({ archived: n }, 'referral-index registrations ended');
        // No dedupe key: this job's own row is still queued while it runs, so a dedupe would swallow the continuation.
        if (n >= expiryBatch) await enqueue(trx, EXPIRE);
      },
      'involvement.purge_archive': async (_payload, { trx }) => {
        const n = await purgeArchive(trx, clock());
        if (n > 0) log.info({ purged: n }, 'referral-index archive entries purged');
      },
    },
    schedules: [
      { name: 'involvement-expire', kind: EXPIRE, intervalSeconds: 3600 },
      { name: 'involvement-purge-archive', kind: 'involvement.purge_archive', intervalSeconds: 86_400 },
    ],
  };
}

/** The same jobs on a bare worker, for tests that drive them with their own clock. */
export function registerInvolvementJobs(
  worker: JobWorker,
  log: Logger,
  clock: Clock = () => new Date(),
  expiryBatch = EXPIRY_BATCH,
): JobWorker {
  const jobs = involvementJobs(log, clock, expiryBatch);
  for (const [kind, handler] of Object.entries(jobs.handlers)) worker.register(kind, handler);
  for (const schedule of jobs.schedules ?? []) worker.schedule(schedule);
  return worker;
}
