// Several independent reads as ONE statement: each part is an ordinary Kysely select, sent as a
// scalar subquery aggregated to JSON (`json_agg` for a list, `row_to_json` for one row). A request
// then costs one round trip however many parts its page needs; an audit row can ride along in a
// data-modifying CTE, so the access and its record are one atomic statement.
import {
  sql,
  type Compilable,
  type Expression,
  type Kysely,
  type QueryCreator,
  type RawBuilder,
  type Selectable,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { AuditEventTable, DB, NewAuditEvent } from './schema.js';
import { template, type Template } from './template.js';

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

export type Results<P extends Record<string, Part<unknown>>> = {
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

/** The parts as the columns of one select row: `select <part> as <key>, …` (in a statement of the caller's making). */
export function partColumns(parts: Record<string, Part<unknown>>) {
  return Object.keys(parts).map((k) => (parts[k] as Part<unknown>).sql.as(k));
}

/** The parts' values from the row `partColumns` selected, revived (see `fetchAll`). */
export function readParts<P extends Record<string, Part<unknown>>>(parts: P, row: unknown): Results<P> {
  const values = (row ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(parts)) out[k] = revive(values[k] ?? null) ?? undefined;
  return out as Results<P>;
}

/**
 * Audit rows to insert in a data-modifying CTE. With `onlyIf`, they are written only when it holds in
 * the same statement — e.g. only when the record read exists, or the change was made — as a
 * transaction that threw would have left none. The rows travel as one JSON parameter, typed by the
 * table's own row type (jsonb_populate_recordset), since INSERT … SELECT gives bare parameters no type.
 */
export function auditInsert(db: QueryCreator<DB>, entries: NewAuditEvent[], onlyIf?: Expression<SqlBool>) {
  if (!onlyIf) return db.insertInto('audit_event').values(entries);
  const columns = [...new Set(entries.flatMap((e) => Object.keys(e)))] as Array<keyof NewAuditEvent>;
  const rows = sql<
    Selectable<AuditEventTable>
  >`jsonb_populate_recordset(null::audit_event, ${JSON.stringify(entries)}::jsonb)`;
  return db
    .insertInto('audit_event')
    .columns(columns)
    .expression(db.selectFrom(rows.as('e')).select(columns).where(onlyIf));
}

/**
 * One statement: every part, and (when given) the audit rows inserted in the same statement (only
 * when `auditOnlyIf` holds, if given). Timestamps at the top level of each row come back as Date,
 * `*_enc` columns as Buffer.
 */
export async function fetchAll<P extends Record<string, Part<unknown>>>(
  db: Kysely<DB>,
  parts: P,
  opts: { audit?: NewAuditEvent[]; auditOnlyIf?: Expression<SqlBool> } = {},
): Promise<Results<P>> {
  const audit = opts.audit ?? [];
  const query =
    audit.length > 0
      ? db.with('audit', (qc) => auditInsert(qc, audit, opts.auditOnlyIf)).selectNoFrom(partColumns(parts))
      : db.selectNoFrom(partColumns(parts));
  return readParts(parts, await query.executeTakeFirst());
}

/**
 * The rows of one select, with the audit rows inserted by the same statement (a data-modifying CTE
 * runs whether or not the select reads it). The rows come back exactly as the select alone would
 * return them (the driver's own types). The select must not have a `with` clause of its own.
 */
export async function rowsWithAudit<O>(db: Kysely<DB>, query: Compilable<O>, audit: NewAuditEvent[]): Promise<O[]> {
  if (audit.length === 0) return (await sql<O>`${query}`.execute(db)).rows;
  const { rows } = await sql<O>`with audit as (${db.insertInto('audit_event').values(audit)}) ${query}`.execute(db);
  return rows;
}

/** The columns of an access decision's audit row (authorize.ts): a bundle template inserts exactly these. */
const AUDIT_COLUMNS = [
  'request_id',
  'event',
  'action',
  'outcome',
  'actor_user_id',
  'actor_username',
  'actor_role',
  'actor_organisation_id',
  'purpose',
  'subject_type',
  'subject_id',
  'client_ref',
  'data_description',
  'emergency',
  'emergency_reason',
] as const satisfies ReadonlyArray<keyof NewAuditEvent>;
const AUDIT_KEYS = new Set<string>(AUDIT_COLUMNS);
const auditSlot = (column: string) => `audit:${column}`;

/** The audit row of a template, its columns taken from the values `withAuditValues` adds. */
export function auditTemplateRow(v: Record<string, unknown>): NewAuditEvent {
  return Object.fromEntries(AUDIT_COLUMNS.map((c) => [c, v[auditSlot(c)]])) as unknown as NewAuditEvent;
}

/** `values` with the audit row's columns added, for a template built with `auditTemplateRow`. */
export function withAuditValues<V extends Record<string, unknown>>(values: V, entry: NewAuditEvent): V {
  const out: Record<string, unknown> = { ...values };
  for (const c of AUDIT_COLUMNS) out[auditSlot(c)] = entry[c];
  return out as V;
}

/** Whether `entries` is the one decision row a template's audit insert has the shape for. */
export function fitsAuditTemplate(entries: NewAuditEvent[]): entries is [NewAuditEvent] {
  const [entry] = entries;
  if (entries.length !== 1 || !entry) return false;
  const keys = Object.keys(entry);
  return (
    keys.length === AUDIT_COLUMNS.length &&
    keys.every((k) => AUDIT_KEYS.has(k) && (entry as Record<string, unknown>)[k] !== undefined)
  );
}

/**
 * A bundle whose parts take the same shape on every call (only values change, `v`): built and
 * compiled once, with and without the decision's audit row (db/template.ts). `fetchBundle` sends it.
 */
export interface BundleTemplate<V extends Record<string, unknown>, P extends Record<string, Part<unknown>>> {
  readonly plain: Template<V, unknown>;
  readonly audited: Template<V & Record<string, unknown>, unknown>;
  /** The parts' names, known once the template has been built. */
  keys: string[] | null;
  /** The parts built the ordinary way (audit rows of another shape). */
  readonly parts: (db: Kysely<DB>, v: V) => P;
}

export function bundleTemplate<V extends Record<string, unknown>, P extends Record<string, Part<unknown>>>(
  parts: (db: Kysely<DB>, v: V) => P,
): BundleTemplate<V, P> {
  const tpl: BundleTemplate<V, P> = {
    keys: null,
    parts,
    plain: template((db, v: V) => {
      const p = parts(db, v);
      tpl.keys ??= Object.keys(p);
      return db.selectNoFrom(partColumns(p));
    }),
    audited: template((db, v: V & Record<string, unknown>) => {
      const p = parts(db, v);
      tpl.keys ??= Object.keys(p);
      return db
        .with('audit', (qc) => qc.insertInto('audit_event').values(auditTemplateRow(v)))
        .selectNoFrom(partColumns(p));
    }),
  };
  return tpl;
}

/** `fetchAll` for a bundle template: the same statement and results, without building it anew. */
export async function fetchBundle<V extends Record<string, unknown>, P extends Record<string, Part<unknown>>>(
  db: Kysely<DB>,
  tpl: BundleTemplate<V, P>,
  values: V,
  audit: NewAuditEvent[] = [],
): Promise<Results<P>> {
  let row: unknown;
  if (audit.length === 0) row = (await tpl.plain.execute(db, values)).rows[0];
  else if (fitsAuditTemplate(audit)) row = (await tpl.audited.execute(db, withAuditValues(values, audit[0]))).rows[0];
  else return fetchAll(db, tpl.parts(db, values), { audit });
  const out: Record<string, unknown> = {};
  const values_ = (row ?? {}) as Record<string, unknown>;
  for (const k of tpl.keys ?? []) out[k] = revive(values_[k] ?? null) ?? undefined;
  return out as Results<P>;
}
