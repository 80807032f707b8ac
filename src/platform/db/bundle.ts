// Several independent reads as ONE statement: each part is an ordinary Kysely select, sent as a
// scalar subquery aggregated to JSON (`json_agg` for a list, `row_to_json` for one row). A request
// then costs one round trip however many parts its page needs; an audit row can ride along in a
// data-modifying CTE, so the access and its record are one atomic statement.
import { sql, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { DB, NewAuditEvent } from './schema.js';

declare const partType: unique symbol;
export interface Part<T> {
  readonly [partType]?: T;
  readonly sql: RawBuilder<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any select of any tables
type Row<Q> = Q extends SelectQueryBuilder<any, any, infer O> ? O : never;

/** All rows of a select, in its order (an empty list when none). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any select of any tables
export function many<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Part<Row<Q>[]> {
  return { sql: sql`(select coalesce(json_agg(x), '[]'::json) from (${query}) as x)` };
}

/** The first row of a select (it should say `limit 1`), or undefined. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any select of any tables
export function one<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Part<Row<Q> | undefined> {
  return { sql: sql`(select row_to_json(x) from (${query}) as x limit 1)` };
}

/** Any scalar expression (a count, an exists). */
export function scalar<T>(expression: Expression<T> | RawBuilder<T>): Part<T> {
  return { sql: sql`(${expression})` };
}

type Results<P extends Record<string, Part<unknown>>> = {
  [K in keyof P]: P[K] extends Part<infer T> ? T : never;
};

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$/;

// JSON carries timestamps as text and bytea as \x-hex: give the rows the types pg would have given.
function reviveRow(row: unknown): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'string' && key.endsWith('_enc') && value.startsWith('\\x')) {
      out[key] = Buffer.from(value.slice(2), 'hex');
    } else if (typeof value === 'string' && TIMESTAMP.test(value)) {
      out[key] = new Date(value);
    } else out[key] = value;
  }
  return out;
}

function revive(value: unknown): unknown {
  return Array.isArray(value) ? value.map(reviveRow) : reviveRow(value);
}

/**
 * One statement: every part, and (when given) the audit rows inserted in the same statement.
 * Timestamps at the top level of each row come back as Date, `*_enc` columns as Buffer.
 */
export async function fetchAll<P extends Record<string, Part<unknown>>>(
  db: Kysely<DB>,
  parts: P,
  opts: { audit?: NewAuditEvent[] } = {},
): Promise<Results<P>> {
  const keys = Object.keys(parts);
  const columns = sql.join(keys.map((k) => sql`${(parts[k] as Part<unknown>).sql} as ${sql.ref(k)}`));
  const audit = opts.audit ?? [];
  const query =
    audit.length > 0
      ? sql`with audit as (${db.insertInto('audit_event').values(audit)}) select ${columns}`
      : sql`select ${columns}`;
  const { rows } = await query.execute(db);
  const row = (rows[0] ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = revive(row[k] ?? null) ?? undefined;
  return out as Results<P>;
}
