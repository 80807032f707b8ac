// Comparing two plan versions over the plan's own structure: per section, the items added,
// removed and changed (matched by item id), and for a changed item the fields that differ.
import { SECTIONS, type PlanContent, type Section } from './content.js';

type Item = PlanContent[Section][number];

export interface ItemChange {
  id: string;
  fields: string[];
  before: Item;
  after: Item;
}
export interface SectionDiff {
  added: Item[];
  removed: Item[];
  changed: ItemChange[];
}
export type PlanDiff = Record<Section, SectionDiff>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffSection(before: readonly Item[], after: readonly Item[]): SectionDiff {
  const old = new Map(before.map((i) => [i.id, i]));
  const now = new Map(after.map((i) => [i.id, i]));
  const changed: ItemChange[] = [];
  for (const item of after) {
    const prev = old.get(item.id);
    if (!prev) continue;
    const keys = [...new Set([...Object.keys(prev), ...Object.keys(item)])].filter((k) => k !== 'id').sort();
    const fields = keys.filter(
      (k) => !same((prev as Record<string, unknown>)[k], (item as Record<string, unknown>)[k]),
    );
    if (fields.length > 0) changed.push({ id: item.id, fields, before: prev, after: item });
  }
  return {
    added: after.filter((i) => !old.has(i.id)),
    removed: before.filter((i) => !now.has(i.id)),
    changed,
  };
}

export function diffPlans(before: PlanContent, after: PlanContent): PlanDiff {
  const out = {} as PlanDiff;
  for (const s of SECTIONS) out[s] = diffSection(before[s], after[s]);
  return out;
}

export function isEmptyDiff(d: PlanDiff): boolean {
  return SECTIONS.every((s) => d[s].added.length === 0 && d[s].removed.length === 0 && d[s].changed.length === 0);
}
