// One SQL dialect, two backends: embedded PGlite (default) or a PostgreSQL server (DATABASE_URL).
// Both are driven by Kysely's own PostgresDialect over the `pg` driver.
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, leftByCrashedProcess } from './lock.js';
import type { ReportReader } from './replica.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  readonly kysely: Kysely<DB>;
  readonly kind: DatabaseKind;
  /** Where reporting queries run: a read replica (DATABASE_READ_URL) or, without one, the primary. */
  readonly reports?: ReportReader;
  close(): Promise<void>;
  /** Embedded only: the whole database as a tarball (tests clone a migrated template from it). */
  dump?(): Promise<Blob>;
}

// bigint columns (ids, counts) arrive as strings from pg; ours stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * Instrumentation only (the statement-budget test, the bench's statement capture): sees every
 * statement the database is sent, including `begin` and `commit`. Production never sets it.
 */
export type StatementListener = (sql: string, parameters: readonly unknown[]) => void;

function newKysely(pool: pg.Pool, onStatement: StatementListener | undefined): Kysely<DB> {
  const dialect = new PostgresDialect({ pool });
  if (!onStatement) return new Kysely<DB>({ dialect });
  return new Kysely<DB>({
    dialect,
    log: (event: LogEvent) => onStatement(event.query.sql, event.query.parameters),
  });
}

/**
 * Named (prepared) statements for the statements the app sends again and again. `pg` sends every
 * parameterised statement as an unnamed parse/bind/execute, so PostgreSQL parses and plans it anew
 * each time; for the session check and the bundled reads that planning costs more than running them
 * (pgbench with the captured statements: `GET /api/auth/me` 692 tps unnamed, 4,489 prepared, bench/RESULTS.md).
 * A statement text seen `PREPARE_AFTER` times gets a name, so each connection parses and plans it once
 * (PostgreSQL re-plans by itself when a table changes). Bounded: at most `MAX_PREPARED` names in all
 * (texts that vary, such as multi-row inserts, stay unnamed once the counter has forgotten them), so a
 * connection never holds more than that many prepared statements. Statements without parameters
 * (`begin`, `commit`, `SELECT 1`) keep the simple protocol: one message, no parse. After five runs
 * PostgreSQL may keep a generic plan (plan_cache_mode auto: when it is not dearer than the custom ones).
 */
const PREPARE_AFTER = 3;
const MAX_PREPARED = 500;
const MAX_COUNTED = 2000;
const ON_CONFLICT = /\bon conflict\b/i;

export function prepareHotStatements(pool: pg.Pool): void {
  const names = new Map<string, string>();
  let seen = new Map<string, number>();
  const nameFor = (text: string): string | undefined => {
    const known = names.get(text);
    if (known || names.size >= MAX_PREPARED) return known;
    const count = (seen.get(text) ?? 0) + 1;
    if (count < PREPARE_AFTER) {
      if (seen.size >= MAX_COUNTED) seen = new Map();
      seen.set(text, count);
      return undefined;
    }
    seen.delete(text);
    const name = `kt_${names.size + 1}`;
    names.set(text, name);
    return name;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (config: unknown, values?: unknown, callback?: unknown) => {
      // Not ON CONFLICT: its arbiter index is inferred at planning time, and a generic plan cannot
      // match a partial index whose predicate compares with a parameter (the job queue's dedupe key).
      if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && !ON_CONFLICT.test(config)) {
        const name = nameFor(config);
        if (name) return query({ name, text: config, values }, callback);
      }
      return query(config, values, callback);
    };
  });
}

export interface EmbeddedOptions {
  /** A directory to persist to, or undefined for an in-memory database (tests). */
  dataDir?: string;
  /** A tarball from `dumpDataDir` to start from (tests clone a migrated template). */
  loadDataDir?: Blob;
  statementTimeoutMs: number;
  onStatement?: StatementListener;
}

/**
 * PostgreSQL's default 128 MB of shared buffers live in PGlite's WebAssembly heap, inside the app
 * process, and count in its memory from the start; the demo region's working set fits in far less,
 * and the operating system caches the data files anyway. 32 MB: the restarted embedded instance
 * went from ≈ 410 MB idle to ≈ 270 MB with 16 MB (bench/RESULTS.md, memory).
 */
const EMBEDDED_SHARED_BUFFERS = '32MB';

export class DamagedDatabaseError extends Error {
  override readonly name = 'DamagedDatabaseError';
}

export async function openEmbedded(opts: EmbeddedOptions): Promise<Database> {
  // PGlite does not fsync: after a crash it replays its WAL, and what the OS had not written is gone.
  const crashed = opts.dataDir ? leftByCrashedProcess(opts.dataDir) : false;
  const release = opts.dataDir ? acquireDataDirLock(opts.dataDir) : () => {};
  try {
    // Imported here, not at the top: a PostgreSQL-backed server never loads PGlite (its WebAssembly
    // module and glue: ≈ 10 MB of RSS that it would carry for nothing; bench/RESULTS.md, memory).
    const [{ PGlite }, { createPgConfig }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/node-postgres'),
    ]);
    let pglite: PGlite;
    try {
      pglite = await PGlite.create({
        startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
        ...(opts.dataDir ? { dataDir: join(opts.dataDir, 'pglite') } : {}),
        ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
      });
      // Reading the catalogue touches every relation's metadata: a damaged directory fails here, not later.
      await pglite.query('SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace');
    } catch (err) {
      throw new DamagedDatabaseError(
        `The embedded database in ${opts.dataDir ?? '(memory)'} cannot be opened` +
          (crashed
            ? ' after the previous process stopped without shutting down (the embedded database does not fsync)'
            : '') +
          `: ${err instanceof Error ? err.message : String(err)}. Restore a backup (npm run restore -- <file> --replace; see docs/operations.md).`,
      );
    }
    if (crashed)
      console.warn(
        `WARNING: the previous Keukentafel process using ${opts.dataDir} did not shut down cleanly. The embedded database ` +
          'recovered from its write-ahead log, but writes acknowledged just before the crash may be lost (it does not fsync). ' +
          'Use DATABASE_URL (PostgreSQL) where that matters.',
      );
    await pglite.exec(`SET statement_timeout = ${Math.trunc(opts.statementTimeoutMs)}`);
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    const kysely = newKysely(pool, opts.onStatement);
    return {
      kysely,
      kind: 'embedded',
      async dump() {
        return pglite.dumpDataDir('none');
      },
      async close() {
        await kysely.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

export interface ServerOptions {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  onStatement?: StatementListener;
  /** How long to wait for a connection (a read replica that is down must not hold a report up). */
  connectionTimeoutMs?: number;
  /** Named statements for the hot ones (prepareHotStatements); default off (tests, the replica reader). */
  preparedStatements?: boolean;
}

export function openServer(opts: ServerOptions): Database {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize,
    statement_timeout: opts.statementTimeoutMs,
    application_name: 'keukentafel',
    // No JIT: the app's statements are interactive, and on the big aggregating ones (the outcome
    // indicators at 2.5 million trajectories) LLVM compilation alone took 3-5 s of a 0.6 s query
    // (bench/RESULTS.md, steering). PostgreSQL's default jit_above_cost is made for analytics.
    options: '-c jit=off',
    ...(opts.connectionTimeoutMs ? { connectionTimeoutMillis: opts.connectionTimeoutMs } : {}),
  });
  // An idle client that loses its server must not crash the process. Neither may a checked-out one:
  // pg-pool listens for errors only on idle clients, and a client a request or the job worker holds
  // between two statements emits 'error' when PostgreSQL goes away (`pg_ctl stop -m immediate`) —
  // unhandled, that ended the process. The statement in flight fails on its own (→ 503), and the pool
  // drops the broken client when it is released, so new connections are made once the server is back.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  if (opts.preparedStatements) prepareHotStatements(pool);
  const kysely = newKysely(pool, opts.onStatement);
  return {
    kysely,
    kind: 'postgres',
    async close() {
      await kysely.destroy();
    },
  };
}
