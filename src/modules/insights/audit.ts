// The audit after the rule-based suppression of a strict table (suppression.ts, `hideSmallLines`): it
// plays the attacker of reconstruction.test.ts exactly and hides more cells until that attacker pins
// nothing. The attacker knows the shown cells, that every cell is a whole number ≥ 0, the real row and
// column totals (a line's total is a marginal only when the line has more than one cell: in a one-column
// table each row total *is* the cell) and the whole rule, this audit included: it reruns the publication
// on every guess and keeps only the guesses that publish the very same pattern of hidden cells. It has
// disclosed a hidden cell when all its remaining guesses agree on that cell's value — unless the totals
// alone already fix the cell (its Fréchet bounds max(0, row + column − all) … min(row, column) meet):
// those the totals told, no publication of the cells can take that back.
//
// Steps: M₀ is the rule's pattern. At step j the candidate tables are every completion of the hidden
// cells of Mⱼ that meets the totals; the attacker's set Vⱼ is those whose own publication would have
// gone the same way up to here — the rule gives M₀, and at every earlier step i the audit found a pinned
// cell and added the same cell. If no cell is pinned in Vⱼ, Mⱼ is published. Otherwise one more shown
// cell is hidden — chosen from the pattern and the first pinned cell only, never from the values: a cell
// in the pinned cell's row or column that closes a rectangle of hidden cells through it, else the first
// in its row, else in its column, else the first shown cell — and the audit runs again.
// Why this is exact, not a heuristic: every decision is a function of Vⱼ, and every table in Vⱼ has the
// same Vⱼ (same shown cells, totals and history), so each of them is published exactly as the true table
// is: the attacker's guesses for the final pattern are exactly V. Earlier decisions are replayed for every
// candidate (the partition below), because "the audit hid c" says something about cells that were
// still shown then.
// Bounded, since it runs in the request: a step weighs at most min(LIMIT, 120,000 / cells) candidate
// tables (and 40 times as many search nodes), and at most MAX_EXTRA cells are added; past either bound,
// or when nothing is left to hide, the whole table is hidden. The first step stops as soon as every hidden
// cell has two values (short searches that vary each cell soonest, then the whole one), so a table that
// needs no extra cell is rarely cut off. Both bounds follow the pattern, the shown cells and the totals
// only, so hitting them gives nothing away at the step where they are hit. One gap is left: the replay
// of an earlier step assumes that step stayed within the node bound for every candidate as it did for
// the true table (candidates only ever have fewer completions, but could in principle have more dead
// ends). On large tables with many hidden cells (10 × 4 or 20 × 2 groups with a fifth of the counts
// under 5) the bounds are hit often and the whole table is hidden: measured in the report of this change.

type Pos = readonly [number, number];
export type Pattern = (grid: number[][]) => boolean[][];

/** Candidate tables weighed per audit step at most (fewer for a large table: each costs a rerun of the
 * rule over all its cells); beyond it the table is hidden whole. */
export const LIMIT = 20_000;
const limitFor = (cells: number) => Math.min(LIMIT, Math.floor(120_000 / Math.max(cells, 1)));
/** Extra cells the audit hides at most; a table that needs more is hidden whole. */
export const MAX_EXTRA = 6;

interface Frame {
  values: number[][];
  rows: number;
  cols: number;
  /** Row totals are marginals only when a row has more than one cell, column totals likewise. */
  rowKnown: boolean;
  colKnown: boolean;
  rowTotals: number[];
  colTotals: number[];
  all: number;
  /** The highest value tried for a cell no known total bounds (only a 1 × 1 table): from the threshold up, counts are shown. */
  cap: number;
}

const key = (mask: boolean[][]) => mask.map((row) => row.map((h) => (h ? '1' : '0')).join('')).join('|');
const hiddenOf = (mask: boolean[][]): Pos[] =>
  mask.flatMap((row, r) => row.flatMap((h, c): Pos[] => (h ? [[r, c]] : [])));

function frameOf(values: number[][], threshold: number): Frame {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const rowTotals = values.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: cols }, (_, c) => values.reduce((a, row) => a + row[c]!, 0));
  return {
    values,
    rows,
    cols,
    rowKnown: cols >= 2,
    colKnown: rows >= 2,
    rowTotals,
    colTotals,
    all: rowTotals.reduce((a, b) => a + b, 0),
    cap: Math.max(threshold, 1),
  };
}

/** The totals alone fix this cell (its Fréchet bounds meet): nothing to protect there. */
function fixedByTotals(f: Frame, [r, c]: Pos): boolean {
  const lo = f.rowKnown && f.colKnown ? Math.max(0, f.rowTotals[r]! + f.colTotals[c]! - f.all) : 0;
  const hi = Math.min(f.rowKnown ? f.rowTotals[r]! : Infinity, f.colKnown ? f.colTotals[c]! : Infinity);
  return lo === hi;
}

/**
 * Every completion of the hidden cells that meets the known totals, in a fixed order that depends on
 * the pattern, the shown cells and the totals only. `visit` returns true to stop early; the result is
 * false when more than LIMIT completions were visited.
 */
function completions(
  f: Frame,
  hidden: Pos[],
  visit: (v: number[]) => boolean,
  limit = limitFor(f.rows * f.cols),
): boolean {
  // Dead ends (a forced last cell out of range) cost time without a completion: bounded too.
  let nodes = 0;
  const nodeLimit = 40 * limit;
  const remRow = f.rowTotals.slice();
  const remCol = f.colTotals.slice();
  const isHidden = new Set(hidden.map(([r, c]) => r * f.cols + c));
  f.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isHidden.has(r * f.cols + c)) return;
      remRow[r]! -= v;
      remCol[c]! -= v;
    }),
  );
  const lastInRow = hidden.map(([r], k) => !hidden.slice(k + 1).some(([r2]) => r2 === r));
  const lastInCol = hidden.map(([, c], k) => !hidden.slice(k + 1).some(([, c2]) => c2 === c));
  const leftInRow = hidden.map(([r], k) => hidden.slice(k).filter(([r2]) => r2 === r).length);
  const leftInCol = hidden.map(([, c], k) => hidden.slice(k).filter(([, c2]) => c2 === c).length);
  const vec = hidden.map(() => 0);
  let seen = 0;
  let stop = false;
  const go = (k: number): void => {
    if (stop) return;
    if (++nodes > nodeLimit) {
      seen = limit + 1;
      stop = true;
      return;
    }
    if (k === hidden.length) {
      if (++seen > limit || visit(vec.slice())) stop = true;
      return;
    }
    const [r, c] = hidden[k]!;
    const rowLeft = f.rowKnown ? remRow[r]! : Infinity;
    const colLeft = f.colKnown ? remCol[c]! : Infinity;
    // The last hidden cell of a line with a known total is forced by it.
    const forcedRow = f.rowKnown && lastInRow[k];
    const forcedCol = f.colKnown && lastInCol[k];
    const lo = Math.max(0, forcedRow ? rowLeft : 0, forcedCol ? colLeft : 0);
    const hi = Math.min(
      rowLeft,
      colLeft,
      f.rowKnown || f.colKnown ? Infinity : f.cap,
      forcedRow ? rowLeft : Infinity,
      forcedCol ? colLeft : Infinity,
    );
    // Outward from an even share of what the line has left: tables that publish alike tend to lie
    // there, so the first step usually has its two values per cell early (the order follows the
    // pattern and the totals only, like everything here).
    const share = Math.min(
      f.rowKnown ? rowLeft / leftInRow[k]! : Infinity,
      f.colKnown ? colLeft / leftInCol[k]! : Infinity,
    );
    const centre = Math.min(hi, Math.max(lo, Number.isFinite(share) ? Math.round(share) : lo));
    for (let step = 0; !stop && (centre + step <= hi || centre - step >= lo); step++) {
      for (const v of step === 0 ? [centre] : [centre + step, centre - step]) {
        if (v < lo || v > hi || stop) continue;
        vec[k] = v;
        remRow[r]! -= v;
        remCol[c]! -= v;
        go(k + 1);
        remRow[r]! += v;
        remCol[c]! += v;
      }
    }
  };
  go(0);
  return seen <= limit;
}

const PROBE = 300;

/** A search order that varies cell x soonest: x last, its row and column just before it. */
function probeOrder(hidden: Pos[], x: number): number[] {
  const [r, c] = hidden[x]!;
  const rank = (k: number) => (k === x ? 3 : hidden[k]![0] === r ? 2 : hidden[k]![1] === c ? 1 : 0);
  return hidden.map((_, k) => k).sort((a, b) => rank(a) - rank(b) || a - b);
}

/** The first cell (of `cells`, indices into the completions) whose value all completions share, or -1. */
function firstPinned(set: number[][], cells: number[]): number {
  for (const k of cells) {
    const v = set[0]![k];
    if (set.every((s) => s[k] === v)) return k;
  }
  return -1;
}

/** The next cell to hide: from the pattern and the pinned cell only, never from the values. */
function chooseCell(f: Frame, mask: boolean[][], [r, c]: Pos): Pos | null {
  const shown = ([r2, c2]: Pos) => !mask[r2]![c2];
  const row = Array.from({ length: f.cols }, (_, c2): Pos => [r, c2]).filter((p) => p[1] !== c && shown(p));
  const col = Array.from({ length: f.rows }, (_, r2): Pos => [r2, c]).filter((p) => p[0] !== r && shown(p));
  const closes = ([r2, c2]: Pos) =>
    r2 === r
      ? mask.some((other, r3) => r3 !== r && other[c2] && other[c])
      : mask[r]!.some((h, c3) => c3 !== c && h && mask[r2]![c3]);
  const any = hiddenOf(mask.map((line) => line.map((h) => !h)));
  return [...row, ...col].find(closes) ?? row[0] ?? col[0] ?? any[0] ?? null;
}

/**
 * The audit: from the rule's pattern `start` (a cell hidden is true) to a pattern under which the
 * attacker above pins no hidden cell; `pattern` is the rule itself (rerun on every candidate table).
 */
export function audit(values: number[][], start: boolean[][], pattern: Pattern, threshold: number): boolean[][] {
  const f = frameOf(values, threshold);
  const everything = values.map((row) => row.map(() => true));
  const startKey = key(start);
  const steps: boolean[][][] = [start];
  const chosen: Pos[] = [];
  const fill = (hidden: Pos[], v: number[]) => {
    const grid = values.map((row) => row.slice());
    hidden.forEach(([r, c], k) => (grid[r]![c] = v[k]!));
    return grid;
  };
  for (;;) {
    const mask = steps[steps.length - 1]!;
    const hidden = hiddenOf(mask);
    const toCheck = hidden.map((p, k) => (fixedByTotals(f, p) ? -1 : k)).filter((k) => k >= 0);
    if (toCheck.length === 0) return mask;
    let set: number[][] = [];
    if (steps.length === 1) {
      // First step: no history to replay; stop as soon as every cell to check has two values. Short
      // searches first, one per cell, each varying that cell soonest (a plain search varies the last
      // cells only for a long while); then the whole search, which alone can find a cell pinned.
      let first = new Map<number, number>();
      let open = new Set(toCheck);
      let passed = false;
      const record = (v: number[]) => {
        if (key(pattern(fill(hidden, v))) !== startKey) return false;
        set.push(v);
        for (const k of [...open]) {
          if (!first.has(k)) first.set(k, v[k]!);
          else if (first.get(k) !== v[k]) open.delete(k);
        }
        passed = open.size === 0;
        return passed;
      };
      for (const x of toCheck) {
        if (passed || !open.has(x)) continue;
        const order = probeOrder(hidden, x);
        completions(
          f,
          order.map((k) => hidden[k]!),
          (w) => {
            record(
              order.reduce(
                (v, k, i) => ((v[k] = w[i]!), v),
                hidden.map(() => 0),
              ),
            );
            return passed || !open.has(x);
          },
          PROBE,
        );
      }
      if (passed) return mask;
      set = [];
      first = new Map<number, number>();
      open = new Set(toCheck);
      const complete = completions(f, hidden, record);
      if (passed) return mask;
      if (!complete) return everything;
    } else {
      const all: number[][] = [];
      if (!completions(f, hidden, (v) => (all.push(v), false))) return everything;
      set = all.filter((v) => key(pattern(fill(hidden, v))) === startKey);
      // Replay every earlier step on each candidate: it stays only if, seeing what was shown then, the
      // audit pinned a cell there too and hid the same next cell.
      for (let i = 0; i < chosen.length; i++) {
        const then = steps[i]!;
        const shownThen = hidden.map((p, k) => (then[p[0]]![p[1]] ? -1 : k)).filter((k) => k >= 0);
        const checkThen = hidden
          .map((p, k) => (then[p[0]]![p[1]] && !fixedByTotals(f, p) ? k : -1))
          .filter((k) => k >= 0);
        const parts = new Map<string, number[][]>();
        for (const v of set) {
          const id = shownThen.map((k) => v[k]).join(',');
          const part = parts.get(id);
          if (part) part.push(v);
          else parts.set(id, [v]);
        }
        set = [...parts.values()]
          .filter((part) => {
            const k = firstPinned(part, checkThen);
            if (k < 0) return false;
            const next = chooseCell(f, then, hidden[k]!);
            return next !== null && next[0] === chosen[i]![0] && next[1] === chosen[i]![1];
          })
          .flat();
      }
    }
    const k = firstPinned(set, toCheck);
    if (k < 0) return mask;
    const next = chosen.length < MAX_EXTRA ? chooseCell(f, mask, hidden[k]!) : null;
    if (!next) return everything;
    chosen.push(next);
    steps.push(mask.map((row, r) => row.map((h, c) => h || (r === next[0] && c === next[1]))));
  }
}
