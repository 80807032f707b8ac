// Walks the chain in order and recomputes every link. An edited entry breaks its own hash; a
// deleted sealed entry leaves a gap in chain_seq; a re-linked chain no longer matches the signed
// seal heads (the signing key is derived from APP_SECRET and is not in the database); an entry
// slipped in with a chosen id or time stands out because chain order must follow id and time order.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { GENESIS_HASH, linkHash } from './chain.js';
import { signSeal, type SealKey } from './seal.js';

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
  /** The last signed seal: keep a copy outside the database to notice a truncated, re-sealed tail. */
  head: { chainSeq: number; hash: string } | null;
}

/**
 * The database clock is read just after the id is drawn, so two concurrent inserts may carry
 * times a hair out of id order; anything further back than this was not written by the trigger.
 */
export const TIME_ORDER_TOLERANCE_MS = 1000;

interface SealCheck {
  heads: Map<number, string>;
  /** Chain positions up to here were sealed before seals were signed: no order rule for them. */
  legacyUpTo: number;
  lastUpTo: number;
  lastHead: string | null;
  broken: ChainBreak | null;
}

async function checkSeals(db: Kysely<DB>, key: SealKey): Promise<SealCheck> {
  const seals = await db
    .selectFrom('audit_seal')
    .select(['id', 'up_to_seq', 'head_hash', 'entries', 'signature'])
    .orderBy('id')
    .execute();
  const heads = new Map<number, string>();
  let prevSignature: string | null = null;
  let signedSeen = false;
  let legacyUpTo = 0;
  let lastUpTo = 0;
  for (const seal of seals) {
    const upTo = Number(seal.up_to_seq);
    const at = (reason: string): SealCheck => ({
      heads,
      legacyUpTo,
      lastUpTo,
      lastHead: null,
      broken: { chainSeq: upTo, id: null, reason },
    });
    if (upTo <= lastUpTo) return at(`seal ${seal.id} goes back in the chain (seals reordered)`);
    if (seal.signature === null) {
      if (signedSeen) return at(`seal ${seal.id} is not signed (forged seal)`);
      legacyUpTo = upTo;
    } else {
      signedSeen = true;
      if (signSeal(key, prevSignature, seal) !== seal.signature)
        return at(`seal ${seal.id} has no valid signature (chain re-linked, seal forged or removed)`);
      prevSignature = seal.signature;
    }
    heads.set(upTo, seal.head_hash);
    lastUpTo = upTo;
  }
  const lastHead = seals.at(-1)?.signature ? (seals.at(-1)?.head_hash ?? null) : null;
  return { heads, legacyUpTo, lastUpTo, lastHead, broken: null };
}

export async function verifyChain(db: Kysely<DB>, key: SealKey, pageSize = 5000): Promise<VerifyResult> {
  const seals = await checkSeals(db, key);
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let prevId = 0;
  let prevTime = 0;
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
      const seq = Number(row.chain_seq);
      const time = new Date(row.occurred_at).getTime();
      const exempt = seq <= seals.legacyUpTo || checked === 0; // legacy seals, or nothing before it
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
      } else if (!exempt && Number(row.id) <= prevId) {
        firstBroken = {
          chainSeq: seq,
          id: row.id,
          reason: `entry id ${row.id} is out of order after id ${prevId} (inserted with a chosen id)`,
        };
      } else if (!exempt && time < prevTime - TIME_ORDER_TOLERANCE_MS) {
        firstBroken = { chainSeq: seq, id: row.id, reason: 'entry time is before the previous entry (back-dated)' };
      } else if (seals.heads.has(seq) && seals.heads.get(seq) !== row.hash) {
        firstBroken = { chainSeq: seq, id: row.id, reason: 'the chain no longer matches its signed seal (re-linked)' };
      }
      if (firstBroken) break;
      prev = row.hash as string;
      prevId = Number(row.id);
      prevTime = time;
      expectedSeq += 1;
      checked += 1;
    }
    if (firstBroken || page.length < pageSize) break;
  }
  // A seal problem earlier in the chain than an entry problem is reported first.
  if (seals.broken && (!firstBroken || seals.broken.chainSeq <= firstBroken.chainSeq)) firstBroken = seals.broken;
  if (!firstBroken && seals.lastUpTo > checked) {
    firstBroken = {
      chainSeq: seals.lastUpTo,
      id: null,
      reason: 'the last sealed entries are missing (chain shortened)',
    };
  }
  if (!firstBroken && checked > seals.lastUpTo) {
    firstBroken = {
      chainSeq: seals.lastUpTo + 1,
      id: null,
      reason: 'entries are chained without a signed seal (chain extended outside the sealer)',
    };
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
    head: seals.lastHead ? { chainSeq: seals.lastUpTo, hash: seals.lastHead } : null,
  };
}
