// Scheduled work of the referral index, hooked into the platform worker (standard-jobs.ts).
// The clock is a parameter so tests can move time forward without waiting two years.
import type { Logger } from 'pino';
import { enqueue } from '../../platform/jobs/queue.js';
import type { JobWorker } from '../../platform/jobs/worker.js';
import { expireRegistrations, purgeArchive } from './archive.js';

export type Clock = () => Date;

export const EXPIRY_BATCH = 5000;
const EXPIRE = 'involvement.expire';

export function registerInvolvementJobs(
  worker: JobWorker,
  log: Logger,
  clock: Clock = () => new Date(),
  expiryBatch = EXPIRY_BATCH,
): JobWorker {
  return (
    worker
      // One batch per run, each in its own job transaction, so a backlog never becomes one huge
      // transaction; a full batch means there may be more, so the job queues its own continuation.
      .register(EXPIRE, async (_payload, { trx }) => {
        const n = await expireRegistrations(trx, clock(), expiryBatch);
        if (n > 0) log.info({ archived: n }, 'referral-index registrations ended');
        // No dedupe key: this job's own row is still queued while it runs, so a dedupe would swallow the continuation.
        if (n >= expiryBatch) await enqueue(trx, EXPIRE);
      })
      .register('involvement.purge_archive', async (_payload, { trx }) => {
        const n = await purgeArchive(trx, clock());
        if (n > 0) log.info({ purged: n }, 'referral-index archive entries purged');
      })
      .schedule({ name: 'involvement-expire', kind: EXPIRE, intervalSeconds: 3600 })
      .schedule({ name: 'involvement-purge-archive', kind: 'involvement.purge_archive', intervalSeconds: 86_400 })
  );
}
