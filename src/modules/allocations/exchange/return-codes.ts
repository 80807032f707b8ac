// WJ001 return codes as a provider reads them: the code, the standard's own Dutch meaning (ijw_code)
// and the rule that gave it (the "TR-regel" column of the official list, e.g. 9019 → TR019), so a
// refused start or claim line names the rule that was broken instead of a bare number.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_LIST_DIR, markdownTables } from '../contracts/code-lists.js';
import { parseIjwTree } from '../ijw/codec.js';
import type { IjwMessageCode } from '../ijw/schema-model.js';

export interface ReturnCode {
  code: string;
  label: string | null;
  rule: string | null;
}

let rules: Map<string, string> | null = null;

/** code → rule (TR…/OP…), read once from the project's copy of WJ001. */
export function ruleOfReturnCode(code: string): string | null {
  if (!rules) {
    const file = readdirSync(CODE_LIST_DIR).find((f) => f.startsWith('WJ001_') && f.endsWith('.md'));
    rules = new Map();
    if (file) {
      for (const { header, rows } of markdownTables(readFileSync(join(CODE_LIST_DIR, file), 'utf8'))) {
        const col = header.findIndex((h) => h.toLowerCase().startsWith('tr-regel'));
        if (header[0]?.toLowerCase() !== 'code' || col < 0) continue;
        for (const cells of rows) {
          const rule = /^[A-Z]{2}[0-9]{3}[a-z0-9]*$/.exec(cells[col]?.trim() ?? '')?.[0];
          if (cells[0] && rule && !rules.has(cells[0])) rules.set(cells[0], rule);
        }
      }
    }
  }
  return rules.get(code) ?? null;
}

/** Messages that carry WJ001 return codes: the retours and the claim answer. */
const WITH_RETURN_CODES: readonly IjwMessageCode[] = ['JW302', 'JW306', 'JW308', 'JW316', 'JW318', 'JW320', 'JW325'];

function collect(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'RetourCode') {
        for (const code of Array.isArray(value) ? value : [value]) if (typeof code === 'string') into.add(code);
      } else collect(value, into);
    }
  }
}

/** The distinct return codes in a retour or claim answer we produced, in document order (none for other messages). */
export function returnCodesIn(code: IjwMessageCode, xml: string): string[] {
  if (!WITH_RETURN_CODES.includes(code)) return [];
  const found = new Set<string>();
  collect(parseIjwTree(code, xml), found);
  return [...found];
}
