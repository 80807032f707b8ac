// CI check: a backup restores to the same data. For each backend: seed the demo region, seal the
// audit chain, back up, restore into a fresh place, compare the row counts of every table, and run
// `audit verify` on the restored copy. Uses the built CLIs (dist/server).
//   node scripts/backup-roundtrip.mjs [postgres-admin-url] [--demo]
// Embedded always, PostgreSQL when a URL is given. By default the database is the migrated schema
// (with its reference data) plus a few hundred audit entries, sealed: seconds, for CI. `--demo` loads
// the whole demo region instead (~180,000 rows; minutes on a busy machine).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'dist/server/cli.js');
const BACKUP = join(REPO, 'dist/server/backup-cli.js');
const adminUrl = process.argv.slice(2).find((a) => !a.startsWith('--'));
const demo = process.argv.includes('--demo');
const AUDIT_ROWS = 300;
const work = mkdtempSync(join(tmpdir(), 'kt-backup-'));
const t0 = Date.now();
const base = {
  ...process.env,
  NODE_ENV: 'development',
  APP_SECRET: 'backup-roundtrip-secret-0123456789-abcdef',
  LOG_LEVEL: 'error',
};

function node(script, args, env) {
  return execFileSync(process.execPath, [script, ...args], { env: { ...base, ...env }, encoding: 'utf8' });
}

/** Audit entries as a request would write them (the sealer links them into the chain). */
async function addAuditEntries(env) {
  const values = [];
  for (let i = 0; i < AUDIT_ROWS; i++)
    values.push(`('read', 'dossier.read', 'allowed', 'care', 'family', 'backup-check-${i}', 'backup-roundtrip-${i}')`);
  const insert = `INSERT INTO audit_event (action, event, outcome, purpose, subject_type, client_ref, request_id) VALUES ${values.join(',')}`;
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(insert);
    await client.end();
    return;
  }
  const { openEmbedded } = await import(pathToFileURL(join(REPO, 'dist/server/platform/db/connect.js')).href);
  const { sql } = await import('kysely');
  const database = await openEmbedded({ dataDir: env.DATA_DIR, statementTimeoutMs: 60_000 });
  await sql.raw(insert).execute(database.kysely);
  await database.close();
}

async function roundTrip(name, source, target, file) {
  const t = Date.now();
  node(CLI, [demo ? 'seed' : 'migrate'], source);
  await addAuditEntries(source);
  node(CLI, ['audit', 'verify'], source); // seals what the seed wrote, so the copy carries a sealed chain
  const before = JSON.parse(node(BACKUP, ['counts'], source));
  node(BACKUP, ['backup', file], source);
  node(BACKUP, ['restore', file], target);
  const after = JSON.parse(node(BACKUP, ['counts'], target));
  const diff = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
  if (diff.length > 0)
    throw new Error(`${name}: row counts differ: ${diff.map((t) => `${t} ${before[t]} → ${after[t]}`).join(', ')}`);
  const verified = node(CLI, ['audit', 'verify'], target).trim().split('\n')[0];
  const rows = Object.values(after).reduce((a, b) => a + b, 0);
  console.log(
    `backup round trip (${name}): ${Object.keys(after).length} tables, ${rows} rows equal; ${verified} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
  );
}

async function main() {
  await roundTrip(
    'embedded',
    { DATA_DIR: join(work, 'a'), DATABASE_URL: '' },
    { DATA_DIR: join(work, 'b'), DATABASE_URL: '' },
    join(work, 'embedded.tar.gz'),
  );
  if (!adminUrl) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const dbs = [`kt_backup_a_${process.pid}`, `kt_backup_b_${process.pid}`];
  const url = (db) => Object.assign(new URL(adminUrl), { pathname: `/${db}` }).toString();
  try {
    for (const db of dbs) await admin.query(`CREATE DATABASE ${db}`);
    await roundTrip(
      'postgres',
      { DATA_DIR: join(work, 'pa'), DATABASE_URL: url(dbs[0]) },
      { DATA_DIR: join(work, 'pb'), DATABASE_URL: url(dbs[1]) },
      join(work, 'postgres.dump'),
    );
  } finally {
    for (const db of dbs) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}

main()
  .then(() => console.log(`backup round trip: OK in ${((Date.now() - t0) / 1000).toFixed(1)} s`))
  .catch((err) => {
    console.error(`backup round trip FAILED: ${err.stderr ?? ''}${err.message}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
