// Putting an editor's unsaved changes on top of a version a colleague saved in the meantime.
// The editor holds a whole plan, so simply resending it on the newer version would undo the
// colleague's work. Instead the changes the user made to the version they started from are
// replayed on the current version, item by item (matched by id) and field by field; only where
// both touched the same thing does the user's own edit win, and those places are listed so the
// user can check them before saving again.
import { SECTIONS, type PlanContent, type Section } from '../../api/plans';

type Item = Record<string, unknown> & { id?: string };

/**
 * A place where both sides touched the same item. The draft holds the user's side, except where
 * the user removed what the colleague changed: that item is kept, so no one's work disappears.
 */
export interface Overlap {
  section: Section;
  id: string;
  text: string;
  kind: 'both_changed' | 'you_removed_they_changed' | 'they_removed_you_changed' | 'goal_removed';
}

export interface Rebased {
  content: PlanContent;
  overlaps: Overlap[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A short text for any plan item, whatever its section. */
export function describeItem(item: Record<string, unknown>): string {
  for (const key of ['text', 'what', 'date']) if (typeof item[key] === 'string' && item[key] !== '') return item[key];
  return String(item.id ?? '');
}

/** Field by field: the colleague's value where the user left the field alone, the user's otherwise. */
function mergeFields(base: Item, theirs: Item, mine: Item): { item: Item; clash: boolean } {
  const item: Item = {};
  let clash = false;
  for (const key of new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(mine)])) {
    const [b, t, m] = [base[key], theirs[key], mine[key]];
    const value = same(m, b) ? t : m;
    if (!same(m, b) && !same(t, b) && !same(t, m)) clash = true;
    if (value !== undefined) item[key] = value;
  }
  return { item, clash };
}

function rebaseSection(section: Section, base: Item[], theirs: Item[], mine: Item[], overlaps: Overlap[]): Item[] {
  const byId = (items: Item[]) => new Map(items.filter((i) => i.id !== undefined).map((i) => [i.id, i]));
  const [B, T, M] = [byId(base), byId(theirs), byId(mine)];
  const note = (kind: Overlap['kind'], item: Item) =>
    overlaps.push({ section, id: item.id ?? '', text: describeItem(item), kind });
  const out: Item[] = [];
  // The user's order first (the draft they were looking at), then what the colleague added.
  for (const m of mine) {
    const b = m.id === undefined ? undefined : B.get(m.id);
    if (!b) {
      out.push(m);
      continue;
    } // added by the user
    const t = T.get(b.id);
    if (!t) {
      // The colleague removed it: gone, unless the user changed it (then it stays, to be checked).
      if (!same(m, b)) {
        out.push(m);
        note('they_removed_you_changed', m);
      }
      continue;
    }
    const { item, clash } = mergeFields(b, t, m);
    out.push(item);
    if (clash) note('both_changed', item);
  }
  for (const t of theirs) {
    if (t.id !== undefined && M.has(t.id)) continue;
    const b = t.id === undefined ? undefined : B.get(t.id);
    if (!b) {
      out.push(t);
      continue;
    } // added by the colleague
    // The user removed it: gone, unless the colleague changed it meanwhile (kept: nothing lost).
    if (!same(t, b)) {
      out.push(t);
      note('you_removed_they_changed', t);
    }
  }
  return out;
}

export function rebaseDraft(base: PlanContent, theirs: PlanContent, mine: PlanContent): Rebased {
  const overlaps: Overlap[] = [];
  const content = {} as Record<Section, Item[]>;
  // Items are handled generically (by id and by field), whatever their section's shape.
  const items = (c: PlanContent, s: Section) => c[s] as unknown as Item[];
  for (const s of SECTIONS) content[s] = rebaseSection(s, items(base, s), items(theirs, s), items(mine, s), overlaps);
  const result = content as unknown as PlanContent;
  // An action may point at a goal one side removed; the server would refuse that, so unlink it.
  const goals = new Set(result.goals.map((g) => g.id));
  result.actions = result.actions.map((a) => {
    if (a.goalId === null || goals.has(a.goalId)) return a;
    overlaps.push({
      section: 'actions',
      id: a.id ?? '',
      text: describeItem(a as unknown as Item),
      kind: 'goal_removed',
    });
    return { ...a, goalId: null };
  });
  return { content: result, overlaps };
}
