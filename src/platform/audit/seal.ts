// The background sealer: links committed, unsealed entries into the chain in id order. Requests
// never touch the chain head, so auditing costs one INSERT and never serialises reads.
//
// The database gives every entry its id (a sequence) and time (trigger, migration 015), so the
// chain order can be required to follow the id order (verify.ts). For that the sealer must never
// pass an id that a still-running transaction holds: it seals only up to a safe horizon.
import { sql, type Kysely } from 'kysely';
import type { Config } from '../../config.js';
import { deriveKey, keyedHash } from '../crypto/keys.js';
import type { DB } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';
import { GENESIS_HASH, linkHash } from './chain.js';

const SEALER_LOCK = 7_513_0001;

/** The seal-signing key: derived from APP_SECRET, never stored in the database. */
export type SealKey = Buffer & { readonly __sealKey?: never };

export function auditSealKey(config: Pick<Config, 'appSecret'>): SealKey {
  return deriveKey(config.appSecret, 'audit-seal v1');
}

/** A seal's signature covers the previous one, so seals can be neither dropped nor reordered. */
export function signSeal(
  key: SealKey,
  prevSignature: string | null,
  seal: { up_to_seq: number; head_hash: string; entries: number },
): string {
  return keyedHash(
    key,
    JSON.stringify(['seal-v1', prevSignature ?? '', Number(seal.up_to_seq), seal.head_hash, Number(seal.entries)]),
  );
}

async function runningTransactions(trx: Tx): Promise<string[]> {
  // Statistics are cached per transaction; the horizon needs the state of this moment.
  await sql`SELECT pg_stat_clear_snapshot()`.execute(trx);
  const rows = await sql<{ xid: string }>`SELECT backend_xid::text AS xid FROM pg_stat_activity
    WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`.execute(trx);
  return rows.rows.map((r) => r.xid);
}

/**
 * The highest id that no running transaction can undercut any more. The insert trigger takes its
 * transaction id before its entry id, so: read the sequence first, then the running transactions.
 * Every id up to that sequence value belongs to a transaction that has ended or is in that list;
 * once all of the listed ones have ended (checked on a later run), the value is safe.
 */
async function safeHorizon(trx: Tx): Promise<number> {
  const seq = await sql<{ last: string; called: boolean }>`SELECT last_value::text AS last, is_called AS called
    FROM audit_event_id_seq`.execute(trx);
  const latest = seq.rows[0]?.called ? Number(seq.rows[0].last) : 0;
  const running = await runningTransactions(trx);
  const stored = await trx.selectFrom('audit_seal_horizon').selectAll().where('id', '=', 1).executeTakeFirst();
  let safe = stored?.safe_id ?? 0;
  if (running.length === 0) safe = Math.max(safe, latest);
  else if (stored) {
    const waiting = stored.candidate_snapshot ? stored.candidate_snapshot.split(',') : [];
    const stillRunning = waiting.filter((xid) => running.includes(xid));
    if (stillRunning.length === 0) safe = Math.max(safe, stored.candidate_id);
  }
  const row = { safe_id: safe, candidate_id: latest, candidate_snapshot: running.join(',') };
  await trx
    .insertInto('audit_seal_horizon')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  return safe;
}

/** Seal one batch inside the caller's transaction (a job's, or sealPending's own). */
export async function sealBatch(trx: Tx, key: SealKey, batchSize = 2000): Promise<number> {
  const lock = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK}) AS ok`.execute(trx);
  if (!lock.rows[0]?.ok) return 0; // another instance is sealing right now
  const horizon = await safeHorizon(trx);
  const head = await trx
    .selectFrom('audit_event')
    .select(['chain_seq', 'hash'])
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const lastSeal = await trx
    .selectFrom('audit_seal')
    .select('signature')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const pending = await trx
    .selectFrom('audit_event')
    .selectAll()
    .where('chain_seq', 'is', null)
    .where('id', '<=', horizon)
    .orderBy('id')
    .limit(batchSize)
    .execute();
  if (pending.length === 0) return 0;
  let seq = Number(head?.chain_seq ?? 0);
  let prev = head?.hash ?? GENESIS_HASH;
  const ids: number[] = [],
    seqs: number[] = [],
    prevs: string[] = [],
    hashes: string[] = [];
  for (const entry of pending) {
    seq += 1;
    const hash = linkHash(prev, seq, entry);
    ids.push(entry.id);
    seqs.push(seq);
    prevs.push(prev);
    hashes.push(hash);
    prev = hash;
  }
  await sql`UPDATE audit_event AS a
    SET chain_seq = v.seq, prev_hash = v.prev, hash = v.hash, sealed_at = now()
    FROM unnest(${ids}::bigint[], ${seqs}::bigint[], ${prevs}::text[], ${hashes}::text[]) AS v(id, seq, prev, hash)
    WHERE a.id = v.id`.execute(trx);
  const seal = { up_to_seq: seq, head_hash: prev, entries: pending.length };
  await trx
    .insertInto('audit_seal')
    .values({ ...seal, signature: signSeal(key, lastSeal?.signature ?? null, seal) })
    .execute();
  return pending.length;
}

export function sealPending(db: Kysely<DB>, key: SealKey, batchSize = 2000): Promise<number> {
  return db.transaction().execute((trx) => sealBatch(trx, key, batchSize));
}

/** Seal everything that is committed now (CLI, tests, shutdown); waits briefly for running writers. */
export async function sealAll(db: Kysely<DB>, key: SealKey): Promise<number> {
  let total = 0;
  for (let idleRounds = 0; idleRounds < 50;) {
    const n = await sealPending(db, key);
    total += n;
    if (n > 0) continue;
    const left = await db
      .selectFrom('audit_event')
      .select('id')
      .where('chain_seq', 'is', null)
      .limit(1)
      .executeTakeFirst();
    if (!left) return total;
    idleRounds += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return total;
}
