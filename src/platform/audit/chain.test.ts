import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect.js';
import { createTestDatabase } from '../../test-support/database.js';
import { auditSealKey, sealAll, sealPending } from './seal.js';
import { verifyChain } from './verify.js';

const key = auditSealKey({ appSecret: 'chain-test-secret-chain-test-secret' });
let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function addEntries(n: number, tag: string) {
  await db.kysely
    .insertInto('audit_event')
    .values(
      Array.from({ length: n }, (_, i) => ({
        event: 'test.read',
        action: 'read' as const,
        outcome: 'allowed' as const,
        purpose: 'test',
        subject_type: 'test',
        subject_id: `${tag}-${i}`,
      })),
    )
    .execute();
}

// Tampering needs the triggers off, as a superuser with direct database access could do.
async function tamper(statement: ReturnType<typeof sql>) {
  await db.kysely.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`.execute(trx);
    await statement.execute(trx);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change`.execute(trx);
  });
}

describe('audit chain', () => {
  it('seals committed entries in id order and verifies them', async () => {
    await addEntries(25, 'a');
    expect((await verifyChain(db.kysely, key)).unsealed).toBe(25);
    expect(await sealPending(db.kysely, key, 10)).toBe(10);
    expect(await sealAll(db.kysely, key)).toBe(15);
    const result = await verifyChain(db.kysely, key);
    expect(result).toMatchObject({ ok: true, checked: 25, unsealed: 0, firstBroken: null });
    const seqs = await db.kysely.selectFrom('audit_event').select(['id', 'chain_seq']).orderBy('id').execute();
    expect(seqs.map((r) => r.chain_seq)).toEqual(seqs.map((_, i) => i + 1));
  });

  it('refuses updates, deletes and pre-sealed inserts through its triggers', async () => {
    await expect(sql`UPDATE audit_event SET purpose = 'other' WHERE chain_seq = 1`.execute(db.kysely)).rejects.toThrow(
      /append-only|never changed/,
    );
    await expect(sql`DELETE FROM audit_event WHERE chain_seq = 2`.execute(db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_event`.execute(db.kysely)).rejects.toThrow(/append-only/);
    await expect(
      sql`INSERT INTO audit_event (event, action, outcome, purpose, subject_type, chain_seq, hash)
      VALUES ('x', 'read', 'allowed', 'p', 't', 999, 'abc')`.execute(db.kysely),
    ).rejects.toThrow(/sealer only/);
    // an unsealed entry may be sealed but nothing else may change with it
    await addEntries(1, 'b');
    await expect(
      sql`UPDATE audit_event SET chain_seq = 26, hash = 'h', purpose = 'x' WHERE chain_seq IS NULL`.execute(db.kysely),
    ).rejects.toThrow(/never changed/);
    await sealAll(db.kysely, key);
    expect((await verifyChain(db.kysely, key)).ok).toBe(true);
  });

  it('names the first edited entry', async () => {
    const target = await db.kysely
      .selectFrom('audit_event')
      .select(['id', 'chain_seq'])
      .where('chain_seq', '=', 7)
      .executeTakeFirstOrThrow();
    await tamper(sql`UPDATE audit_event SET actor_username = 'someone.else' WHERE id = ${target.id}`);
    const result = await verifyChain(db.kysely, key);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ chainSeq: 7, id: target.id });
    expect(result.firstBroken?.reason).toMatch(/edited/);
    await tamper(sql`UPDATE audit_event SET actor_username = NULL WHERE id = ${target.id}`);
    expect((await verifyChain(db.kysely, key)).ok).toBe(true);
  });

  it('detects a deleted entry in the middle and at the tail', async () => {
    const clone = await createTestDatabase();
    try {
      const k = clone.kysely;
      await k
        .insertInto('audit_event')
        .values(
          Array.from({ length: 10 }, (_, i) => ({
            event: 'e',
            action: 'read' as const,
            outcome: 'allowed' as const,
            purpose: 'p',
            subject_type: 't',
            subject_id: String(i),
          })),
        )
        .execute();
      await sealAll(k, key);
      await k.transaction().execute(async (trx) => {
        await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`.execute(trx);
        await sql`DELETE FROM audit_event WHERE chain_seq = 10`.execute(trx);
        await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change`.execute(trx);
      });
      const tail = await verifyChain(k, key);
      expect(tail.ok).toBe(false);
      expect(tail.firstBroken?.reason).toMatch(/shortened/);
      await k.transaction().execute(async (trx) => {
        await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`.execute(trx);
        await sql`DELETE FROM audit_event WHERE chain_seq = 4`.execute(trx);
        await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change`.execute(trx);
      });
      const gap = await verifyChain(k, key);
      expect(gap.firstBroken).toMatchObject({ chainSeq: 4, id: null });
      expect(gap.firstBroken?.reason).toMatch(/missing/);
    } finally {
      await clone.close();
    }
  });
});
