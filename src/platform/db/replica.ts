// Reporting queries (dashboards, indicators over many trajectories) may go to a streaming read replica,
// so a policy advisor's heavy aggregate never competes with a neighbourhood team's writes. The replica
// is optional (DATABASE_READ_URL) and never load-bearing: when it cannot be reached, or cancels a
// query because of a conflict with recovery, the same work runs on the primary and the answer says
// where it came from. Only connection-level failures fall back — a wrong query is a bug, not an outage.
// Access decisions and audit rows always stay on the primary, in the request's own transaction.
import { sql, type Kysely } from 'kysely';
import { openServer, type Database } from './connect.js';
import type { DB } from './schema.js';

export type ReportSource = 'replica' | 'primary';

export interface ReportResult<T> {
  value: T;
  source: ReportSource;
}

export type ReplicaStatus =
  { status: 'none' } | { status: 'ok'; lagSeconds: number | null } | { status: 'down'; since: string };

export interface ReportReader {
  /** Whether a replica is configured (else every report runs on the primary). */
  readonly configured: boolean;
  /**
   * Runs `work` on the replica, or on `primary` — the request's own transaction, since the embedded
   * database has one connection and a second one would wait for this transaction forever.
   */
  run<T>(primary: Kysely<DB>, work: (db: Kysely<DB>) => Promise<T>): Promise<ReportResult<T>>;
  /** For /api/health: reachable, and how far behind the primary it replays. */
  status(): Promise<ReplicaStatus>;
  close(): Promise<void>;
}

export function primaryReports(): ReportReader {
  return {
    configured: false,
    run: async (primary, work) => ({ value: await work(primary), source: 'primary' }),
    status: async () => ({ status: 'none' }),
    close: async () => {},
  };
}

const MISSING_DATABASE = '3D000';

// SQLSTATE classes and codes that mean "this server cannot answer now", not "this query is wrong".
const CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '53300', '40001', MISSING_DATABASE]);
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/** Whether an error says the replica is unreachable or cannot serve (so the primary should). */
export function isReplicaUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08') || CONNECTION_ERRNOS.has(code)))
    return true;
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(err.message);
}

export interface ReplicaOptions {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  /** After a failure, how long reports go straight to the primary before the replica is tried again. */
  retryAfterMs?: number;
  /**
   * Tests only: before each report, wait until the replica has replayed everything the primary has
   * written so far, so a test can write and then read its figures. Production accepts the lag (a
   * figure says when it was computed).
   */
  readYourWrites?: boolean;
}

export function openReplicaReader(opts: ReplicaOptions): ReportReader {
  const replica: Database = openServer({
    url: opts.url,
    poolSize: opts.poolSize,
    statementTimeoutMs: opts.statementTimeoutMs,
    connectionTimeoutMs: 2_000,
  });
  const retryAfterMs = opts.retryAfterMs ?? 15_000;
  let downSince: Date | null = null;
  let retryAt = 0;

  function markDown() {
    downSince ??= new Date();
    retryAt = Date.now() + retryAfterMs;
  }

  async function catchUp(primary: Kysely<DB>) {
    const { rows } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary);
    const lsn = rows[0]?.lsn;
    for (let i = 0; lsn && i < 1000; i++) {
      try {
        const r = await sql<{
          done: boolean;
        }>`select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, true) as done`.execute(replica.kysely);
        if (r.rows[0]?.done) return;
      } catch (err) {
        // A database just created on the primary is not on the replica until it has replayed that far.
        if ((err as { code?: unknown }).code !== MISSING_DATABASE) throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  return {
    configured: true,
    async run(primary, work) {
      if (Date.now() >= retryAt) {
        try {
          if (opts.readYourWrites) await catchUp(primary);
          const value = await work(replica.kysely);
          downSince = null;
          return { value, source: 'replica' };
        } catch (err) {
          if (!isReplicaUnavailable(err)) throw err;
          markDown();
        }
      }
      return { value: await work(primary), source: 'primary' };
    },
    async status() {
      try {
        const { rows } = await sql<{
          lag: number | null;
        }>`select extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as lag`.execute(replica.kysely);
        downSince = null;
        retryAt = 0;
        return { status: 'ok', lagSeconds: rows[0]?.lag ?? null };
      } catch {
        // Health never fails because of the replica: whatever it answers, reports run on the primary.
        markDown();
        return { status: 'down', since: (downSince ?? new Date()).toISOString() };
      }
    },
    close: () => replica.close(),
  };
}
