// Bulk inserts for the seed: one statement per chunk of rows, the rows sent as one JSONB parameter
// and expanded by jsonb_populate_recordset against the table's own row type — so PostgreSQL does
// the type conversion (dates, arrays, JSONB) and there is no parameter limit or per-row round trip.
import { sql } from 'kysely';
import type { DB } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';

const CHUNK = 4000;

type Row = Record<string, unknown>;

/** Inserts `rows` (plain objects with the same keys) into `table`; columns left out get their defaults. */
export async function bulkInsert(trx: Tx, table: keyof DB, rows: ReadonlyArray<Row>, chunk = CHUNK): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const list = sql.join(columns.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += chunk) {
    const json = JSON.stringify(rows.slice(i, i + chunk), (_key, value: unknown) =>
      value instanceof Date ? value.toISOString() : value,
    );
    await sql`INSERT INTO ${sql.table(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${sql.table(table)}, ${json}::jsonb)`.execute(
      trx,
    );
  }
}
