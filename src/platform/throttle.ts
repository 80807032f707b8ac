// Counters in PostgreSQL shared by every app instance (an in-memory limit holds per instance
// only). Two shapes: a failure counter whose block grows with every failure past a free number
// (logins, second-factor codes), and a fixed window with a maximum (public forms, mails).
import { sql, type Kysely } from 'kysely';
import type { Config } from '../config.js';
import { deriveKey, keyedHash } from './crypto/keys.js';
import type { DB } from './db/schema.js';
import type { Tx } from './db/transaction.js';

type Db = Kysely<DB> | Tx;

/** The stored key: kind plus an HMAC of the value, so no username, address or e-mail is readable. */
export function throttleKey(config: Pick<Config, 'appSecret'>, kind: string, value: string): string {
  return `${kind}:${keyedHash(deriveKey(config.appSecret, 'throttle v1'), `${kind}\u0000${value}`).slice(0, 40)}`;
}

export interface FailurePolicy {
  /** Failures allowed before the first block. */
  free: number;
  /** The first block; each further failure doubles it. */
  baseSeconds: number;
  maxSeconds: number;
  /** Failures are forgotten after this long without a new one. */
  forgetSeconds: number;
}

/** Seconds until the longest block among `keys` ends, or 0 when none is blocked. */
export async function blockedFor(db: Db, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const row = await db
    .selectFrom('throttle')
    .select(sql<number | null>`ceil(extract(epoch FROM max(blocked_until) - now()))`.as('seconds'))
    .where('key', 'in', keys)
    .where('blocked_until', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return Math.max(0, Number(row?.seconds ?? 0));
}

/** Counts one failure; returns the block (seconds) it starts, 0 while failures are still free. */
export async function recordFailure(db: Db, key: string, policy: FailurePolicy): Promise<number> {
  const forget = `${policy.forgetSeconds} seconds`;
  const counted = await sql<{ hits: number }>`
    INSERT INTO throttle (key, hits, window_start, expires_at)
    VALUES (${key}, 1, now(), now() + ${forget}::interval)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN throttle.expires_at <= now() THEN 1 ELSE throttle.hits + 1 END,
      window_start = CASE WHEN throttle.expires_at <= now() THEN now() ELSE throttle.window_start END,
      blocked_until = CASE WHEN throttle.expires_at <= now() THEN NULL ELSE throttle.blocked_until END,
      expires_at = now() + ${forget}::interval
    RETURNING hits`.execute(db);
  const hits = Number(counted.rows[0]?.hits ?? 1);
  if (hits < policy.free) return 0;
  const seconds = Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(30, hits - policy.free));
  await db
    .updateTable('throttle')
    .set({ blocked_until: sql<Date>`now() + ${`${seconds} seconds`}::interval` })
    .where('key', '=', key)
    .execute();
  return seconds;
}

export async function clearThrottle(db: Db, keys: string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('throttle').where('key', 'in', keys).execute();
}

/** One hit in a fixed window: allowed while the window holds at most `max` hits. */
export async function hitWindow(
  db: Db,
  key: string,
  max: number,
  windowSeconds: number,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const window = `${windowSeconds} seconds`;
  const result = await sql<{ hits: number; seconds: number }>`
    INSERT INTO throttle (key, hits, window_start, expires_at)
    VALUES (${key}, 1, now(), now() + ${window}::interval)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN throttle.expires_at <= now() THEN 1 ELSE throttle.hits + 1 END,
      window_start = CASE WHEN throttle.expires_at <= now() THEN now() ELSE throttle.window_start END,
      expires_at = CASE WHEN throttle.expires_at <= now() THEN now() + ${window}::interval ELSE throttle.expires_at END
    RETURNING hits, ceil(extract(epoch FROM expires_at - now()))::int AS seconds`.execute(db);
  const row = result.rows[0];
  const hits = Number(row?.hits ?? 1);
  return { allowed: hits <= max, retryAfterSeconds: Math.max(1, Number(row?.seconds ?? windowSeconds)) };
}

export async function deleteExpiredThrottles(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('throttle')
    .where('expires_at', '<=', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
