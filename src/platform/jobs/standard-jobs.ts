// The platform's own background work: sealing and checking the audit chain, session clean-up,
// notification mail, and a probe used to show exactly-once execution across instances.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { deleteExpiredSessions } from '../../modules/auth/sessions.js';
import { registerInvolvementJobs } from '../../modules/involvement/jobs.js';
import { supportCheckInJob } from '../../modules/support-families/lifecycle/checkins.js';
import { escalateLateSignals, jobClock } from '../../modules/signals/escalation.js';
import { sealBatch } from '../audit/seal.js';
import { verifyChain } from '../audit/verify.js';
import type { DB } from '../db/schema.js';
import { Mailer, newItemMail } from '../notify/mail.js';
import { JobWorker } from './worker.js';

export function createWorker(db: Kysely<DB>, config: Config, log: Logger): JobWorker {
  const mailer = new Mailer(config);
  const worker = new JobWorker(db, log, config.instanceId)
    // Handlers must use the job's transaction: the embedded database has a single connection.
    .register('audit.seal', async (_payload, { trx }) => {
      while ((await sealBatch(trx)) > 0) {
        /* seal until caught up */
      }
    })
    .register('audit.self_check', async (_payload, { trx }) => {
      const result = await verifyChain(trx);
      if (!result.ok) log.error({ firstBroken: result.firstBroken }, 'AUDIT CHAIN BROKEN');
      else log.info({ checked: result.checked, unsealed: result.unsealed }, 'audit chain intact');
    })
    .register('sessions.cleanup', async (_payload, { trx }) => {
      const n = await deleteExpiredSessions(trx, config);
      if (n > 0) log.info({ removed: n }, 'expired sessions removed');
    })
    .register('mail.new_item', async (payload, { trx }) => {
      const { userId } = payload as { userId: string };
      const user = await trx.selectFrom('app_user').select('email').where('id', '=', userId).executeTakeFirst();
      if (user?.email) await mailer.send(trx, { to: user.email, ...newItemMail(config.publicUrl) });
    })
    .register('support.checkins', supportCheckInJob())
    .register('signals.escalate_late', async (payload, { trx }) => {
      const n = await escalateLateSignals(trx, jobClock(payload));
      if (n > 0) log.info({ escalated: n }, 'late signals escalated to team leads');
    })
    .register('probe', async (_payload, { trx, jobId, instanceId }) => {
      await trx.insertInto('job_probe').values({ job_id: jobId, instance_id: instanceId }).execute();
    })
    .schedule({ name: 'audit-seal', kind: 'audit.seal', intervalSeconds: config.auditSealIntervalSeconds })
    .schedule({ name: 'audit-self-check', kind: 'audit.self_check', intervalSeconds: 3600 })
    .schedule({ name: 'sessions-cleanup', kind: 'sessions.cleanup', intervalSeconds: 600 })
    .schedule({ name: 'support-checkins', kind: 'support.checkins', intervalSeconds: 3600 })
    .schedule({ name: 'signals-escalate-late', kind: 'signals.escalate_late', intervalSeconds: 900 });
  registerInvolvementJobs(worker, log);
  return worker;
}
