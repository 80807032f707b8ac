import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test-support/database.js';
import { parseCheckList } from './codegen/check-lists.js';
import { GENERATED_FILE, generateDatabaseTypes, SchemaTypeError } from './codegen/generate.js';
import { RISK_GROUNDS } from './column-types.js';
import type { Database } from './connect.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('the checked-in database types', () => {
  it('are what the migrated schema generates', async () => {
    const generated = await generateDatabaseTypes(db.kysely);
    expect(
      readFileSync(GENERATED_FILE, 'utf8'),
      'src/platform/db/database.generated.ts does not match the migrations: run `npm run db:types`',
    ).toBe(generated);
  });

  it('drift as soon as a migration changes a column or a CHECK list', async () => {
    await db.kysely
      .transaction()
      .execute(async (trx) => {
        await sql`ALTER TABLE family ADD COLUMN drift_probe text`.execute(trx);
        await sql`ALTER TABLE break_glass DROP CONSTRAINT break_glass_review_outcome_check`.execute(trx);
        await sql`ALTER TABLE break_glass ADD CONSTRAINT break_glass_review_outcome_check
        CHECK (review_outcome IN ('justified', 'unjustified', 'undecided'))`.execute(trx);
        const generated = await generateDatabaseTypes(trx);
        expect(generated).not.toBe(readFileSync(GENERATED_FILE, 'utf8'));
        expect(generated).toContain('drift_probe: string | null;');
        expect(generated).toContain(`review_outcome: 'justified' | 'unjustified' | 'undecided' | null;`);
        throw new Rollback(); // nothing of this may stay for the other tests
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
  });

  it('stop when the columns of one named value list disagree', async () => {
    await db.kysely
      .transaction()
      .execute(async (trx) => {
        await sql`ALTER TABLE trajectory_status_change DROP CONSTRAINT trajectory_status_change_to_status_check`.execute(
          trx,
        );
        await sql`ALTER TABLE trajectory_status_change ADD CONSTRAINT trajectory_status_change_to_status_check
        CHECK (to_status IN ('registered', 'closed'))`.execute(trx);
        await expect(generateDatabaseTypes(trx)).rejects.toThrow(SchemaTypeError);
        await expect(generateDatabaseTypes(trx)).rejects.toThrow(/TrajectoryStatus allow different values/);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
  });
});

class Rollback extends Error {}

describe('the hand-typed columns', () => {
  it('RISK_GROUNDS are exactly the single characters the risk_ground CHECK pattern accepts', async () => {
    const { rows } = await sql<{ def: string }>`
      SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'involvement_registration'::regclass AND conname LIKE '%risk_ground%'`.execute(db.kysely);
    const pattern = /~ '(.+)'::text/.exec(rows[0]?.def ?? '')?.[1];
    expect(pattern).toBeDefined();
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    expect(printable.filter((c) => new RegExp(pattern ?? '^$').test(c))).toEqual([...RISK_GROUNDS]);
  });
});

describe('reading a CHECK value list', () => {
  it('reads IN lists, array containment and an OR of values, as PostgreSQL renders them', () => {
    expect(parseCheckList('kind', "CHECK ((kind = ANY (ARRAY['story'::text, 'intake'::text])))")).toEqual([
      'story',
      'intake',
    ]);
    expect(
      parseCheckList(
        'scopes',
        "CHECK (((cardinality(scopes) >= 1) AND (scopes <@ ARRAY['story'::text, 'plan'::text])))",
      ),
    ).toEqual(['story', 'plan']);
    expect(
      parseCheckList(
        'category',
        "CHECK (((category = 'default'::text) OR (category = ANY (ARRAY['rent_arrears'::text, 'gp_concern'::text]))))",
      ),
    ).toEqual(['default', 'rent_arrears', 'gp_concern']);
    expect(parseCheckList('reason', "CHECK ((reason = ANY (ARRAY['01'::bpchar, '02'::bpchar])))")).toEqual([
      '01',
      '02',
    ]);
    expect(parseCheckList('d', "CHECK ((d = ANY (ARRAY[';'::text, 'it''s'::text, ', '::text])))")).toEqual([
      ';',
      "it's",
      ', ',
    ]);
    expect(parseCheckList('position', `CHECK (("position" = ANY (ARRAY['a'::text])))`)).toEqual(['a']);
  });

  it('leaves a column unrestricted when any part of an OR is not a value list', () => {
    expect(parseCheckList('kind', "CHECK (((kind IS NULL) OR (kind = ANY (ARRAY['a'::text, 'b'::text]))))")).toBeNull();
    expect(parseCheckList('code', "CHECK ((code ~ '^[0-9]{4}$'::text))")).toBeNull();
    expect(parseCheckList('n', 'CHECK (((n >= 1) AND (n <= 3)))')).toBeNull();
    expect(parseCheckList('kind', "CHECK ((other = ANY (ARRAY['a'::text])))")).toBeNull();
  });

  it('intersects the lists joined by AND', () => {
    expect(
      parseCheckList(
        'k',
        "CHECK (((k = ANY (ARRAY['a'::text, 'b'::text, 'c'::text])) AND (k = ANY (ARRAY['b'::text, 'c'::text])) AND (length(k) < 9)))",
      ),
    ).toEqual(['b', 'c']);
  });
});
