// `npm run backup -- <file>` / `npm run restore -- <file> [--replace]` / `counts`: see docs/operations.md.
// The backend follows the configuration like the server: DATABASE_URL for PostgreSQL, else the
// embedded database in DATA_DIR (whose lock the server holds: stop it first).
import { loadConfig } from './config.js';
import { backupEmbedded, backupServer, restoreEmbedded, restoreServer, tableCounts } from './platform/db/backup.js';
import { openDatabase } from './platform/db/open.js';

const USAGE = `Usage:
  npm run backup -- <file>              PostgreSQL: pg_dump custom format; embedded: PGlite dump (.tar.gz)
  npm run restore -- <file> [--replace] load a backup (embedded: --replace sets an existing database aside)
  tsx src/backup-cli.ts counts          rows per table as JSON (the round-trip check compares these)`;

async function main(args: string[]): Promise<number> {
  const [command, file] = args;
  const config = loadConfig();
  const started = Date.now();
  if (command === 'counts') {
    const database = await openDatabase(config);
    try {
      console.log(JSON.stringify(await tableCounts(database.kysely)));
    } finally {
      await database.close();
    }
    return 0;
  }
  if (!file || (command !== 'backup' && command !== 'restore')) {
    console.error(USAGE);
    return 2;
  }
  const where = config.databaseUrl ? 'the PostgreSQL database' : `the embedded database in ${config.dataDir}`;
  if (command === 'backup') {
    if (config.databaseUrl) await backupServer(config.databaseUrl, file);
    else await backupEmbedded(config.dataDir, file, config.statementTimeoutMs);
    console.log(`Backup of ${where} written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  }
  if (config.databaseUrl) await restoreServer(config.databaseUrl, file);
  else {
    const keptAs = await restoreEmbedded(config.dataDir, file, {
      replace: args.includes('--replace'),
      statementTimeoutMs: config.statementTimeoutMs,
    });
    if (keptAs) console.log(`The database that was there is kept in ${keptAs}.`);
  }
  console.log(`Restored ${file} into ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(
    'Keep the same APP_SECRET (or DATA_DIR/app-secret): the audit chain is verified with a key derived from it.',
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
