// Entry: load config, connect, migrate, seed the demo region into an empty database, listen.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './platform/db/open.js';
import { migrate } from './platform/db/migrate.js';
import { createLogger } from './platform/http/logger.js';
import { MODULES } from './modules/index.js';
import { createWorker } from './platform/jobs/standard-jobs.js';
import { auditSealKey, sealAll } from './platform/audit/seal.js';
import { loadCodeLists } from './modules/allocations/contracts/code-lists.js';
import { isEmpty as hasNoUsers } from './seed/empty.js';
import { getHeapStatistics } from 'node:v8';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config);
  const applied = await migrate(database.kysely);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  await loadCodeLists(database.kysely);
  if (config.seedDemo && (await hasNoUsers(database.kysely))) {
    // The demo seed's code is loaded only when there is something to seed: a restarted server never
    // carries it (memory, bench/RESULTS.md).
    const heapLimitMb = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
    if (heapLimitMb < 1024)
      log.warn(
        { heapLimitMb },
        'seeding the demo region under a limited heap; seed first without the limit (node dist/server/cli.js prepare, as npm start does)',
      );
    const { printDemoAccounts, seedDemoIfEmpty } = await import('./seed/demo.js');
    if (await seedDemoIfEmpty(database.kysely, config)) printDemoAccounts(config);
  }
  const worker = createWorker(database.kysely, config, log, MODULES);
  await worker.installSchedules();
  const app = await buildApp({ config, database, logger: log });
  if (config.jobsEnabled) worker.start(config.jobsPollMs);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    await worker.stop();
    await sealAll(database.kysely, auditSealKey(config)).catch(() => {});
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  log.info(
    { port: config.port, database: database.kind, instance: config.instanceId },
    `Keukentafel listens on http://localhost:${config.port}`,
  );
}

main().catch((err: unknown) => {
  if (
    err instanceof ConfigError ||
    (err instanceof Error && (err.name === 'DataDirLockedError' || err.name === 'DamagedDatabaseError'))
  ) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
