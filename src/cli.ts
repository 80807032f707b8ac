// Operations from the command line. Takes the same DATA_DIR lock as the server: with the embedded
// database, stop the server first (or use DATABASE_URL).
import { loadConfig } from './config.js';
import { auditSealKey, sealAll } from './platform/audit/seal.js';
import { verifyChain } from './platform/audit/verify.js';
import { loadCodeLists } from './modules/allocations/contracts/code-lists.js';
import { migrate } from './platform/db/migrate.js';
import { openDatabase } from './platform/db/open.js';
import { readFileSync } from 'node:fs';
import { importPostcodes } from './modules/geo/import-postcodes.js';
import { enqueue } from './platform/jobs/queue.js';
import { printDemoAccounts, seedDemoIfEmpty } from './seed/demo.js';

const USAGE = `Usage: keukentafel <command>
  migrate                 apply pending migrations
  prepare                 what the server does before it serves: migrate, and seed the demo region into an
                          empty database when SEED_DEMO allows (npm start runs it before a heap-limited server)
  seed                    load the demo region into an empty database
  audit verify            seal what is committed, then verify the hash chain (exit 0 only if intact)
  jobs probe <n>          enqueue n probe jobs (shows exactly-once execution across instances)
  geo import-postcodes <file> --format cbs|pdok
                          load official open postcode data into postcode_area (docs/operations.md)`;

async function run(args: string[]): Promise<number> {
  const [command, sub, arg, flag, flagValue] = args;
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrate(database.kysely);
    await loadCodeLists(database.kysely);
    switch (`${command ?? ''} ${sub ?? ''}`.trim()) {
      case 'migrate':
        console.log('Migrations are up to date.');
        return 0;
      case 'prepare':
        if (config.seedDemo && (await seedDemoIfEmpty(database.kysely, config))) printDemoAccounts(config);
        else console.log('Migrations are up to date.');
        return 0;
      case 'seed':
        if (await seedDemoIfEmpty(database.kysely, config)) printDemoAccounts(config);
        else console.log('Not seeded: the database is not empty (or NODE_ENV=production).');
        return 0;
      case 'audit verify': {
        const sealed = await sealAll(database.kysely, auditSealKey(config));
        const result = await verifyChain(database.kysely, auditSealKey(config));
        if (result.ok) {
          console.log(
            `Audit chain intact: ${result.checked} entries verified (${sealed} newly sealed, ${result.unsealed} unsealed).`,
          );
          if (result.head) console.log(`Signed head: position ${result.head.chainSeq}, ${result.head.hash}`);
          return 0;
        }
        const b = result.firstBroken;
        console.error(
          `AUDIT CHAIN BROKEN at chain position ${b?.chainSeq}${b?.id ? ` (audit_event id ${b.id})` : ''}: ${b?.reason}`,
        );
        return 1;
      }
      case 'jobs probe': {
        const n = Number(arg ?? '100');
        if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error('jobs probe takes a count from 1 to 100000');
        for (let i = 0; i < n; i++) await enqueue(database.kysely, 'probe', { i });
        console.log(`${n} probe jobs enqueued.`);
        return 0;
      }
      case 'geo import-postcodes': {
        const format = flag === '--format' ? flagValue : undefined;
        if (!arg || (format !== 'cbs' && format !== 'pdok'))
          throw new Error('geo import-postcodes takes <file> --format cbs|pdok');
        const result = await importPostcodes(database.kysely, readFileSync(arg, 'utf8'), format);
        console.log(
          `Postcodes: ${result.read} rows read, ${result.inserted} added, ${result.updated} updated, skipped: ${JSON.stringify(result.skipped)}.`,
        );
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
