// The background sealer: links committed, unsealed entries into the chain in id order. Requests
// never touch the chain head, so auditing costs one INSERT and never serialises reads.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';
import { GENESIS_HASH, linkHash } from './chain.js';

const SEALER_LOCK = 7_513_0001;

/** Seal one batch inside the caller's transaction (a job's, or sealPending's own). */
export async function sealBatch(trx: Tx, batchSize = 2000): Promise<number> {
  {
    const lock = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK}) AS ok`.execute(trx);
    if (!lock.rows[0]?.ok) return 0; // another instance is sealing right now
    const head = await trx
      .selectFrom('audit_event')
      .select(['chain_seq', 'hash'])
      .where('chain_seq', 'is not', null)
      .orderBy('chain_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const pending = await trx
      .selectFrom('audit_event')
      .selectAll()
      .where('chain_seq', 'is', null)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (pending.length === 0) return 0;
    let seq = head?.chain_seq ?? 0;
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
    await trx.insertInto('audit_seal').values({ up_to_seq: seq, head_hash: prev, entries: pending.length }).execute();
    return pending.length;
  }
}

export function sealPending(db: Kysely<DB>, batchSize = 2000): Promise<number> {
  return db.transaction().execute((trx) => sealBatch(trx, batchSize));
}

/** Seal everything that is committed now (CLI, tests, shutdown). */
export async function sealAll(db: Kysely<DB>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealPending(db);
    total += n;
    if (n === 0) return total;
  }
}
