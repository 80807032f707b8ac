// Walks the chain in order and recomputes every link. An edited entry breaks its own hash; a
// deleted sealed entry leaves a gap in chain_seq; a re-linked chain breaks at the first change.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { GENESIS_HASH, linkHash } from './chain.js';

export interface ChainBreak {
  chainSeq: number;
  id: number | null;
  reason: string;
}
export interface VerifyResult {
  ok: boolean;
  checked: number;
  unsealed: number;
  oldestUnsealedAt: Date | null;
  firstBroken: ChainBreak | null;
}

export async function verifyChain(db: Kysely<DB>, pageSize = 5000): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let checked = 0;
  let firstBroken: ChainBreak | null = null;
  for (;;) {
    const page = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('chain_seq', '>=', expectedSeq)
      .orderBy('chain_seq')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      const seq = row.chain_seq as number;
      if (seq !== expectedSeq) {
        firstBroken = {
          chainSeq: expectedSeq,
          id: null,
          reason: `entries ${expectedSeq}–${seq - 1} of the chain are missing`,
        };
      } else if (row.prev_hash !== prev) {
        firstBroken = { chainSeq: seq, id: row.id, reason: 'link to the previous entry does not match' };
      } else if (linkHash(prev, seq, row) !== row.hash) {
        firstBroken = { chainSeq: seq, id: row.id, reason: 'entry content does not match its hash (edited)' };
      }
      if (firstBroken) break;
      prev = row.hash as string;
      expectedSeq += 1;
      checked += 1;
    }
    if (firstBroken || page.length < pageSize) break;
  }
  if (!firstBroken) {
    const seal = await db
      .selectFrom('audit_seal')
      .select(['up_to_seq', 'head_hash'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (seal && (seal.up_to_seq > checked || seal.head_hash !== (await hashAt(db, seal.up_to_seq)))) {
      firstBroken = {
        chainSeq: seal.up_to_seq,
        id: null,
        reason: 'the last sealed entries are missing (chain shortened)',
      };
    }
  }
  const unsealed = await db
    .selectFrom('audit_event')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('occurred_at').as('oldest')])
    .where('chain_seq', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    ok: firstBroken === null,
    checked,
    unsealed: Number(unsealed.n),
    oldestUnsealedAt: unsealed.oldest ? new Date(unsealed.oldest) : null,
    firstBroken,
  };
}

async function hashAt(db: Kysely<DB>, seq: number): Promise<string | null> {
  const row = await db.selectFrom('audit_event').select('hash').where('chain_seq', '=', seq).executeTakeFirst();
  return row?.hash ?? null;
}
