// Scheduled work of the referral index, hooked into the platform worker (standard-jobs.ts).
// The clock is a parameter so tests can move time forward without waiting two years.
import type { Logger } from 'pino';
import type { JobWorker } from '../../platform/jobs/worker.js';
import { expireRegistrations, purgeArchive } from './archive.js';

export type Clock = () => Date;

export function registerInvolvementJobs(worker: JobWorker, log: Logger, clock: Clock = () => new Date()): JobWorker {
  return worker
    .register('involvement.expire', async (_payload, { trx }) => {
      let total = 0;
      for (let n = await expireRegistrations(trx, clock()); n > 0; n = await expireRegistrations(trx, clock())) total += n;
      if (total > 0) log.info({ archived: total }, 'referral-index registrations ended');
    })
    .register('involvement.purge_archive', async (_payload, { trx }) => {
      const n = await purgeArchive(trx, clock());
      if (n > 0) log.info({ purged: n }, 'referral-index archive entries purged');
    })
    .schedule({ name: 'involvement-expire', kind: 'involvement.expire', intervalSeconds: 3600 })
    .schedule({ name: 'involvement-purge-archive', kind: 'involvement.purge_archive', intervalSeconds: 86_400 });
}
