// The value list a CHECK constraint allows for one column, read from PostgreSQL's own rendering of
// the constraint (pg_get_constraintdef), so `kind text CHECK (kind IN ('a', 'b'))` becomes 'a' | 'b'.
// Sound, not clever: a condition it does not understand allows anything, so such a column stays
// `string` (an OR with it allows anything; an AND with it is a further restriction and is ignored).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';

const LITERAL = String.raw`'((?:[^']|'')*)'::(?:text|bpchar|character varying)`;

export function parseCheckList(column: string, definition: string): string[] | null {
  const body = definition.replace(/^CHECK /, '');
  return allowed(escapeRegExp(column), body);
}

function allowed(column: string, expr: string): string[] | null {
  const e = stripParens(expr.trim());
  const ors = splitTopLevel(e, ' OR ');
  if (ors.length > 1) {
    const parts = ors.map((p) => allowed(column, p));
    if (parts.some((p) => p === null)) return null;
    return [...new Set(parts.flatMap((p) => p ?? []))];
  }
  const ands = splitTopLevel(e, ' AND ');
  if (ands.length > 1) {
    const known = ands.map((p) => allowed(column, p)).filter((p): p is string[] => p !== null);
    const [first, ...rest] = known;
    if (!first) return null;
    return first.filter((v) => rest.every((r) => r.includes(v)));
  }
  const col = `(?:${column}|"${column}")`;
  const list =
    new RegExp(String.raw`^${col} = ANY \(ARRAY\[(.*)\]\)$`, 's').exec(e) ??
    new RegExp(String.raw`^${col} <@ ARRAY\[(.*)\]$`, 's').exec(e);
  if (list?.[1] !== undefined) return literals(list[1]);
  const single = new RegExp(`^${col} = ${LITERAL}$`, 's').exec(e);
  if (single?.[1] !== undefined) return [unquote(single[1])];
  return null;
}

/** `'a'::text, 'b'::text` → ['a', 'b'], or null when anything else is in the list. */
function literals(list: string): string[] | null {
  const values: string[] = [];
  const re = new RegExp(`${LITERAL}(?:, |$)`, 'gsy');
  let m: RegExpExecArray | null;
  while (re.lastIndex < list.length && (m = re.exec(list)) !== null) values.push(unquote(m[1] ?? ''));
  return re.lastIndex === list.length && values.length > 0 ? values : null;
}

const unquote = (s: string): string => s.replaceAll("''", "'");
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes parentheses that enclose the whole expression. */
function stripParens(e: string): string {
  while (e.startsWith('(') && closingParen(e, 0) === e.length - 1) e = e.slice(1, -1).trim();
  return e;
}

function closingParen(e: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < e.length; i++) {
    const c = e[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits on `sep` outside parentheses and string literals. */
function splitTopLevel(e: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && e.startsWith(sep, i)) {
      parts.push(e.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(e.slice(start));
  return parts;
}

/** `table.column` → the values its single-column CHECK constraints allow, in the order written. */
export async function readCheckLists(db: Kysely<DB>): Promise<Map<string, string[]>> {
  const rows = await sql<{ table: string; column: string; definition: string }>`
    SELECT cl.relname AS "table", a.attname AS "column", pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid
    JOIN pg_namespace n ON n.oid = cl.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'c' AND n.nspname = 'public' AND cardinality(c.conkey) = 1
    ORDER BY cl.relname, a.attname, c.conname`.execute(db);
  const lists = new Map<string, string[]>();
  for (const row of rows.rows) {
    const values = parseCheckList(row.column, row.definition);
    if (!values) continue;
    const key = `${row.table}.${row.column}`;
    const earlier = lists.get(key);
    lists.set(key, earlier ? earlier.filter((v) => values.includes(v)) : values);
  }
  return lists;
}
