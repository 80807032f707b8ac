// The iJw 3.2 code lists as data: read from the project's copy of the official lists
// (src/modules/allocations/ijw/standard/codelijsten/*.md, copied into dist by scripts/copy-migrations.mjs)
// and upserted into ijw_code after the migrations, so every database — also each test's — has them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';

export const CODE_LIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'ijw', 'standard', 'codelijsten');

/** The lists Keukentafel keeps in ijw_code (the file name starts with the list id). */
export const CODE_LISTS = [
  'JZ020',
  'WJ756',
  'WMO757',
  'JZ002',
  'JZ588',
  'COD327',
  'WJ001',
  'WJ758',
  'WJ759',
  'WJ760',
] as const;
export type CodeList = (typeof CODE_LISTS)[number];

export interface CodeRow {
  code: string;
  label: string;
  validFrom: string | null;
  validTo: string | null;
}

/** Splits one Markdown table row `| a | b \| c |` into trimmed cells (an escaped pipe stays in its cell). */
export function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** Every GitHub-style table in a Markdown text: a header row, a separator row, body rows until the first non-row. */
export function markdownTables(text: string): { header: string[]; rows: string[][] }[] {
  const lines = text.split(/\r?\n/);
  const tables: { header: string[]; rows: string[][] }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]?.trim() ?? '';
    if (!head.startsWith('|') || !SEPARATOR.test(lines[i + 1]?.trim() ?? '')) continue;
    const header = splitRow(head);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j]?.trim() ?? '').startsWith('|'); j++) rows.push(splitRow(lines[j] ?? ''));
    tables.push({ header, rows });
    i = j - 1;
  }
  return tables;
}

function isoDate(text: string | undefined): string | null {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text?.trim() ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

const CODE = /^[0-9A-Z]{1,4}$/;

/** The codes of one list file: every table whose first column is "Code"; the first row of a code wins. */
export function codeRows(text: string): CodeRow[] {
  const byCode = new Map<string, CodeRow>();
  for (const { header, rows } of markdownTables(text)) {
    if (header[0]?.toLowerCase() !== 'code' || header.length < 2) continue;
    const col = (name: string) => header.findIndex((h) => h.toLowerCase() === name);
    const from = col('ingangsdatum');
    const to = Math.max(col('expiratiedatum'), col('einddatum'));
    for (const cells of rows) {
      const code = cells[0] ?? '';
      const label = (cells[1] ?? '').slice(0, 500);
      if (!CODE.test(code) || label === '' || byCode.has(code)) continue;
      byCode.set(code, {
        code,
        label,
        validFrom: from >= 0 ? isoDate(cells[from]) : null,
        validTo: to >= 0 ? isoDate(cells[to]) : null,
      });
    }
  }
  return [...byCode.values()];
}

/** Reads the lists Keukentafel keeps from a folder of the official list files. */
export function readCodeLists(dir = CODE_LIST_DIR): Map<CodeList, CodeRow[]> {
  const files = readdirSync(dir);
  const lists = new Map<CodeList, CodeRow[]>();
  for (const list of CODE_LISTS) {
    const file = files.find((f) => f.startsWith(`${list}_`) && f.endsWith('.md'));
    if (!file) throw new Error(`Code list ${list} is missing from ${dir}`);
    const rows = codeRows(readFileSync(join(dir, file), 'utf8'));
    if (rows.length === 0) throw new Error(`Code list ${list} (${file}) has no codes`);
    lists.set(list, rows);
  }
  return lists;
}

/** Upserts the code lists into ijw_code (idempotent; run after every migrate). */
export async function loadCodeLists(db: Kysely<DB>, dir = CODE_LIST_DIR): Promise<number> {
  const values = [...readCodeLists(dir)].flatMap(([list, rows]) =>
    rows.map((r) => ({ list, code: r.code, label: r.label, valid_from: r.validFrom, valid_to: r.validTo })),
  );
  await db
    .insertInto('ijw_code')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['list', 'code']).doUpdateSet({
        label: sql`excluded.label`,
        valid_from: sql`excluded.valid_from`,
        valid_to: sql`excluded.valid_to`,
      }),
    )
    .execute();
  return values.length;
}

/** The Dutch label of a code, or null when the list has no such code. */
export async function codeLabel(trx: Tx | Kysely<DB>, list: CodeList, code: string): Promise<string | null> {
  const row = await trx
    .selectFrom('ijw_code')
    .select('label')
    .where('list', '=', list)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.label ?? null;
}

/** Every code of a list, in code order. */
export function codesOf(trx: Tx | Kysely<DB>, list: CodeList) {
  return trx.selectFrom('ijw_code').select(['code', 'label']).where('list', '=', list).orderBy('code').execute();
}
