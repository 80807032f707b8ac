// Each attack on the audit trail that someone with database access could try, and how it is
// caught: refused by the database while its triggers stand, detected by the verifier when a
// superuser switched them off. The signing key is not in the database (derived from APP_SECRET).
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect.js';
import type { Tx } from '../db/transaction.js';
import { createTestDatabase } from '../../test-support/database.js';
import { GENESIS_HASH, linkHash } from './chain.js';
import { auditSealKey, sealAll } from './seal.js';
import { verifyChain } from './verify.js';

const key = auditSealKey({ appSecret: 'forgery-test-secret-forgery-test-secret' });
const attackerKey = auditSealKey({ appSecret: 'guessed-by-the-attacker-guessed-by-the' });

let db: Database;
beforeEach(async () => {
  db = await createTestDatabase();
  await addEntries(12, 'x');
  await sealAll(db.kysely, key);
  await addEntries(4, 'y');
  await sealAll(db.kysely, key);
  expect(await verifyChain(db.kysely, key)).toMatchObject({ ok: true, checked: 16 });
});
afterEach(async () => {
  await db.close();
});

async function addEntries(n: number, tag: string) {
  for (let i = 0; i < n; i++) {
    await db.kysely
      .insertInto('audit_event')
      .values({
        event: 'bsn.revealed',
        action: 'read',
        outcome: 'allowed',
        purpose: 'care',
        subject_type: 'person',
        subject_id: `${tag}-${i}`,
      })
      .execute();
  }
}

/** What a superuser could do: switch the guards off for one transaction. */
async function asSuperuser(work: (trx: Tx) => Promise<unknown>) {
  await db.kysely.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER USER`.execute(trx);
    await sql`ALTER TABLE audit_seal DISABLE TRIGGER USER`.execute(trx);
    await work(trx);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER USER`.execute(trx);
    await sql`ALTER TABLE audit_seal ENABLE TRIGGER USER`.execute(trx);
  });
}

/** Recompute every link from `fromSeq` on, and the seal heads: all that needs no secret. */
async function relink(trx: Tx, fromSeq: number) {
  const rows = await trx
    .selectFrom('audit_event')
    .selectAll()
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq')
    .execute();
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const seq = Number(row.chain_seq);
    const hash = seq < fromSeq ? (row.hash as string) : linkHash(prev, seq, row);
    if (seq >= fromSeq) {
      await trx.updateTable('audit_event').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute();
      await trx.updateTable('audit_seal').set({ head_hash: hash }).where('up_to_seq', '=', seq).execute();
    }
    prev = hash;
  }
}

const forged = {
  event: 'bsn.revealed',
  action: 'read',
  outcome: 'allowed',
  purpose: 'care',
  subject_type: 'person',
  subject_id: 'victim',
  actor_username: 'innocent.colleague',
} as const;

describe('the audit trail cannot be forged', () => {
  it('refuses an insert that chooses its id or time, and any edit or delete, while the triggers stand', async () => {
    await expect(
      db.kysely
        .insertInto('audit_event')
        .values({ ...forged, id: 999_999 })
        .execute(),
    ).rejects.toThrow(/set by the database/);
    await expect(
      db.kysely
        .insertInto('audit_event')
        .values({ ...forged, occurred_at: new Date('2020-01-01T10:00:00Z') })
        .execute(),
    ).rejects.toThrow(/set by the database/);
    await expect(
      sql`UPDATE audit_event SET occurred_at = now() - interval '1 year'`.execute(db.kysely),
    ).rejects.toThrow(/never changed/);
    await expect(sql`DELETE FROM audit_event`.execute(db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_seal SET head_hash = 'x'`.execute(db.kysely)).rejects.toThrow(/append-only/);
    // the database picks the time, whatever the client's clock says
    const row = await db.kysely
      .insertInto('audit_event')
      .values(forged)
      .returning(['id', 'occurred_at'])
      .executeTakeFirstOrThrow();
    expect(Math.abs(row.occurred_at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('detects an edited entry', async () => {
    await asSuperuser((trx) =>
      sql`UPDATE audit_event SET actor_username = 'someone.else' WHERE chain_seq = 5`.execute(trx),
    );
    const result = await verifyChain(db.kysely, key);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ chainSeq: 5 });
  });

  it('detects a deleted entry, in the middle and at the tail', async () => {
    await asSuperuser((trx) => sql`DELETE FROM audit_event WHERE chain_seq = 16`.execute(trx));
    expect((await verifyChain(db.kysely, key)).firstBroken?.reason).toMatch(/shortened/);
    await asSuperuser((trx) => sql`DELETE FROM audit_event WHERE chain_seq = 3`.execute(trx));
    expect((await verifyChain(db.kysely, key)).firstBroken).toMatchObject({ chainSeq: 3, id: null });
  });

  it('detects reordered entries even when the links are recomputed', async () => {
    await asSuperuser(async (trx) => {
      await sql`UPDATE audit_event SET chain_seq = -1 WHERE chain_seq = 4`.execute(trx);
      await sql`UPDATE audit_event SET chain_seq = 4 WHERE chain_seq = 5`.execute(trx);
      await sql`UPDATE audit_event SET chain_seq = 5 WHERE chain_seq = -1`.execute(trx);
      await relink(trx, 4);
    });
    const result = await verifyChain(db.kysely, key);
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.reason).toMatch(/out of order|signature/);
  });

  it('detects an entry inserted with a free id (a gap left by a rolled-back request)', async () => {
    await db.kysely
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('audit_event').values(forged).execute();
        throw new Error('roll back: leaves a free id');
      })
      .catch(() => undefined);
    await addEntries(2, 'z');
    await sealAll(db.kysely, key);
    const free = await sql<{ id: string }>`SELECT max(id) - 2 AS id FROM audit_event`.execute(db.kysely);
    const freeId = Number(free.rows[0]?.id);
    expect(await db.kysely.selectFrom('audit_event').select('id').where('id', '=', freeId).executeTakeFirst()).toBe(
      undefined,
    );
    await asSuperuser((trx) =>
      trx
        .insertInto('audit_event')
        .values({ ...forged, id: freeId, occurred_at: new Date() })
        .execute(),
    );
    await sealAll(db.kysely, key); // the unsuspecting sealer links it in
    const result = await verifyChain(db.kysely, key);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ id: freeId });
    expect(result.firstBroken?.reason).toMatch(/out of order/);
  });

  it('detects a back-dated entry that the sealer linked in', async () => {
    await asSuperuser((trx) =>
      sql`INSERT INTO audit_event (id, occurred_at, event, action, outcome, purpose, subject_type, subject_id, actor_username)
        VALUES (nextval('audit_event_id_seq'), now() - interval '30 days', 'bsn.revealed', 'read', 'allowed', 'care',
                'person', 'victim', 'innocent.colleague')`.execute(trx),
    );
    await sealAll(db.kysely, key);
    const result = await verifyChain(db.kysely, key);
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.reason).toMatch(/back-dated/);
  });

  it('detects a fully re-linked chain, with the seal heads rewritten, without the key', async () => {
    await asSuperuser(async (trx) => {
      await sql`UPDATE audit_event SET actor_username = 'innocent.colleague' WHERE chain_seq = 7`.execute(trx);
      await relink(trx, 7);
      // re-sign with a key of the attacker's own: the real one is not in the database
      const seals = await trx.selectFrom('audit_seal').selectAll().orderBy('id').execute();
      const { signSeal } = await import('./seal.js');
      let prev: string | null = null;
      for (const seal of seals) {
        const signature = signSeal(attackerKey, prev, seal);
        await trx.updateTable('audit_seal').set({ signature }).where('id', '=', seal.id).execute();
        prev = signature;
      }
    });
    const result = await verifyChain(db.kysely, key);
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.reason).toMatch(/signature/);
  });

  it('detects dropped seals and a chain extended outside the sealer', async () => {
    await asSuperuser(async (trx) => {
      await sql`DELETE FROM audit_seal WHERE id = (SELECT max(id) FROM audit_seal)`.execute(trx);
    });
    const result = await verifyChain(db.kysely, key);
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.reason).toMatch(/without a signed seal/);
  });
});
