// The platform's own background work — sealing and checking the audit chain, notification mail,
// and a probe used to show exactly-once execution across instances — plus the jobs and schedules
// each module's manifest brings. The modules are passed in: the platform names none of them.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { auditSealKey, sealBatch } from '../audit/seal.js';
import { verifyChain } from '../audit/verify.js';
import type { DB } from '../db/schema.js';
import type { ModuleManifest } from '../module.js';
import { deleteExpiredThrottles } from '../throttle.js';
import { Mailer, newItemMail } from '../notify/mail.js';
import { JobWorker } from './worker.js';

export function createWorker(
  db: Kysely<DB>,
  config: Config,
  log: Logger,
  modules: readonly Pick<ModuleManifest, 'name' | 'jobs'>[],
): JobWorker {
  const mailer = new Mailer(config);
  const worker = new JobWorker(db, log, config.instanceId)
    // Handlers must use the job's transaction: the embedded database has a single connection.
    .register('audit.seal', async (_payload, { trx }) => {
      while ((await sealBatch(trx, auditSealKey(config))) > 0) {
        /* seal until caught up */
      }
    })
    .register('audit.self_check', async (_payload, { trx }) => {
      const result = await verifyChain(trx, auditSealKey(config));
      if (!result.ok) log.error({ firstBroken: result.firstBroken }, 'AUDIT CHAIN BROKEN');
      else log.info({ checked: result.checked, unsealed: result.unsealed }, 'audit chain intact');
    })
    .register('mail.new_item', async (payload, { trx }) => {
      const { userId } = payload as { userId: string };
      const user = await trx.selectFrom('app_user').select('email').where('id', '=', userId).executeTakeFirst();
      if (user?.email) await mailer.send(trx, { to: user.email, ...newItemMail(config.publicUrl) });
    })
    .register('throttle.cleanup', async (_payload, { trx }) => {
      await deleteExpiredThrottles(trx);
    })
    .register('probe', async (_payload, { trx, jobId, instanceId }) => {
      await trx.insertInto('job_probe').values({ job_id: jobId, instance_id: instanceId }).execute();
    })
    .schedule({ name: 'audit-seal', kind: 'audit.seal', intervalSeconds: config.auditSealIntervalSeconds })
    .schedule({ name: 'audit-self-check', kind: 'audit.self_check', intervalSeconds: 3600 })
    .schedule({ name: 'throttle-cleanup', kind: 'throttle.cleanup', intervalSeconds: 600 });
  const owners = new Map(
    ['audit.seal', 'audit.self_check', 'mail.new_item', 'throttle.cleanup', 'probe'].map((k) => [k, 'platform']),
  );
  for (const module of modules) {
    const jobs = module.jobs?.({ config, log });
    if (!jobs) continue;
    for (const [kind, handler] of Object.entries(jobs.handlers)) {
      const owner = owners.get(kind);
      if (owner) throw new Error(`Job kind "${kind}" is registered by both ${owner} and ${module.name}`);
      owners.set(kind, module.name);
      worker.register(kind, handler);
    }
    for (const schedule of jobs.schedules ?? []) worker.schedule(schedule);
  }
  return worker;
}
