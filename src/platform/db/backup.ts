// Backup and restore for both backends (docs/operations.md, "Backup and restore").
// PostgreSQL: `pg_dump` custom format and `pg_restore`, with the client binaries matching the server's
// major version (a newer pg_dump reads an older server, an older one refuses). Embedded: PGlite's own
// data-directory dump (a gzipped tarball), taken and loaded under the same DATA_DIR lock as the server
// and the CLI, so neither runs against a directory the other is using.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openEmbedded } from './connect.js';
import { acquireDataDirLock } from './lock.js';
import type { DB } from './schema.js';

const run = promisify(execFile);

/** Row count per table of the public schema, by name: the round trip compares these. */
export async function tableCounts(db: Kysely<DB>): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  if (tables.rows.length === 0) return {};
  // One statement: a UNION of counts (identifiers from the catalogue, quoted).
  const parts = tables.rows.map((t) => `SELECT ${literal(t.name)} AS name, count(*)::int AS n FROM ${ident(t.name)}`);
  const counts = await sql<{ name: string; n: number }>`${sql.raw(parts.join(' UNION ALL '))}`.execute(db);
  return Object.fromEntries(counts.rows.map((r) => [r.name, Number(r.n)]));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (name: string) => `'${name.replace(/'/g, "''")}'`;

// --- PostgreSQL ------------------------------------------------------------------------------

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, application_name: 'keukentafel-backup' });
  await client.connect();
  try {
    const r = await client.query<{ v: string }>('SHOW server_version_num');
    return Math.floor(Number(r.rows[0]?.v) / 10_000);
  } finally {
    await client.end();
  }
}

/** The pg_dump/pg_restore to use: the server's own major version if installed, else the one on PATH if new enough. */
export async function clientBinary(tool: 'pg_dump' | 'pg_restore', url: string): Promise<string> {
  const major = await serverMajor(url);
  const candidates = [
    `/usr/lib/postgresql/${major}/bin/${tool}`,
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .map(Number)
          .filter((m) => m > major)
          .sort((a, b) => a - b)
          .map((m) => `/usr/lib/postgresql/${m}/bin/${tool}`)
      : []),
  ];
  for (const c of candidates) if (existsSync(c)) return c;
  const { stdout } = await run(tool, ['--version']).catch(() => {
    throw new Error(`${tool} was not found: install the PostgreSQL client tools of version ${major} or newer.`);
  });
  const found = Number(/(\d+)\.\d+/.exec(stdout)?.[1] ?? 0);
  if (found < major) throw new Error(`${tool} ${found} is older than the server (${major}): install a newer client.`);
  return tool;
}

/** libpq takes the URL as a connection string; the password (if any) travels in it, never on screen. */
export async function backupServer(url: string, file: string): Promise<void> {
  const bin = await clientBinary('pg_dump', url);
  await run(bin, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
}

/** Restores into `url`, replacing what is there (objects in the dump are dropped first), all or nothing. */
export async function restoreServer(url: string, file: string): Promise<void> {
  const bin = await clientBinary('pg_restore', url);
  await run(bin, [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}

// --- Embedded (PGlite) -----------------------------------------------------------------------

export async function backupEmbedded(dataDir: string, file: string, statementTimeoutMs: number): Promise<void> {
  const database = await openEmbedded({ dataDir, statementTimeoutMs });
  try {
    const dump = await database.dump!();
    writeFileSync(file, gzipSync(Buffer.from(await dump.arrayBuffer())), { mode: 0o600 });
  } finally {
    await database.close();
  }
}

/**
 * Loads a dump into DATA_DIR. An existing database there is kept, renamed to `pglite.before-restore-<time>`,
 * and only with `replace`; without it a restore never overwrites anything.
 */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
  opts: { replace: boolean; statementTimeoutMs: number },
): Promise<string | null> {
  const target = join(dataDir, 'pglite');
  let keptAs: string | null = null;
  const tarball = gunzipSync(readFileSync(file));
  if (existsSync(target) && readdirSync(target).length > 0) {
    if (!opts.replace)
      throw new Error(
        `${target} already holds a database: stop the server and restore with --replace to set it aside.`,
      );
    keptAs = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  }
  // The old directory is moved only while the lock is ours (a running server holds it).
  const release = acquireDataDirLock(dataDir);
  try {
    if (keptAs) renameSync(target, keptAs);
  } finally {
    release();
  }
  const database = await openEmbedded({
    dataDir,
    loadDataDir: new Blob([tarball]),
    statementTimeoutMs: opts.statementTimeoutMs,
  });
  await database.close();
  return keptAs;
}
