// Small-number suppression for published tables of counts (neighbourhood × category). Documented in
// docs/privacy.md ("Aggregates and small numbers"):
// 1. primary: every count from 1 to THRESHOLD-1 is hidden and shown as "<5";
// 2. secondary: a row or column with exactly one hidden cell would give that cell away to anyone
//    who knows the row's or column's real total (from another publication) — so another non-zero cell of
//    that row or column is hidden too (shown as "•"), repeated until no row or column has exactly one
//    hidden cell. Which one is blind to the values: the first non-zero cell in line order (a zero only
//    when nothing else is left). Picking the *smallest* told an attacker who reruns the rule that the
//    complement was no larger than every cell left shown — with a known total that pinned it: a column
//    7, 7, 4 of satisfaction counts hid 4 and the first 7, and only 7 + 4 fits "the first 7 was picked
//    over the second" (reconstruction.test.ts found it);
// 3. totals are sums of the *shown* cells only and say so ("at least"); the real totals are never
//    published, so subtracting shown cells from a total reveals nothing.
// Zero is not suppressed: "nobody" identifies nobody.
// With `hideSmallLines` (the strict tables: outcome indicators, budget youth counts, signals that became
// a trajectory): a row or column whose real total is itself under the threshold is hidden whole, zeros
// included — otherwise someone who knows that small total (a team lead knows their team closed three
// trajectories) learns from the shown zeros, or from which zero the rule picked as a complement, where
// its few cases are; and the hidden cells of a line must together hold at least THRESHOLD and must not
// all be primary at one end of their range (two hidden 4s of a known 8), else its first shown non-zero
// cell is hidden too. These line rules are only a good start: rule-by-rule patching kept missing
// patterns (yes/no per group [[5,0],[4,6],[1,0]] left a cell pinned). So a strict table is then
// **audited** (audit.ts): an exact search plays the attacker — shown cells, the real row and column
// totals, whole numbers ≥ 0, and this whole rule rerun on every guess (so a guess must publish the same
// pattern of hidden cells, which is where "1 to 4" comes in) — and while some hidden cell has a single
// possible value that the totals alone did not already fix, one more cell is hidden (chosen from the
// pattern, never from the values) and the audit runs again. When nothing is left to hide, or the search
// passes its bounds (audit.ts: candidate tables per step, extra cells), the whole table is hidden. The audit
// assumes every hidden cell is published alike (as publishIndicator does): a published primary/
// secondary kind tells more than it models.
// The exact search runs on tables of at most AUDIT_MAX_CELLS cells (three groups of four, six of two):
// there it takes well under a millisecond typically and tens at worst. On larger tables (a region by
// municipality, provider or team) it took 0.1-0.7 s per indicator and, passing its bounds, hid the whole
// table in most cases (7 of 20 random 20×2 tables, 19 of 20 of 40×2) — a dashboard with nothing on it.
// Those keep the rule alone; the residual risk is named in docs/privacy.md. An audit by linear
// programming (protection intervals, as τ-Argus does) would cover them in polynomial time.

import { audit } from './audit.js';

export const THRESHOLD = 5;
export const AUDIT_MAX_CELLS = 12;

export type Cell = { kind: 'value'; value: number } | { kind: 'primary' } | { kind: 'secondary' };
export interface Total {
  value: number;
  partial: boolean;
}
export interface Published {
  cells: Cell[][];
  rowTotals: Total[];
  columnTotals: Total[];
  total: Total;
}

function hideComplement(values: number[][], hidden: boolean[][], cellsOf: Array<[number, number]>): boolean {
  const hiddenHere = cellsOf.filter(([r, c]) => hidden[r]![c]);
  if (hiddenHere.length !== 1) return false;
  const candidates = cellsOf.filter(([r, c]) => !hidden[r]![c]);
  if (candidates.length === 0) return false;
  // The first non-zero cell in line order, whatever its size; a zero only when nothing else is left.
  const [r, c] = candidates.find(([cr, cc]) => values[cr]![cc]! > 0) ?? candidates[0]!;
  hidden[r]![c] = true;
  return true;
}

/** The rule-based pattern (primary, then secondary and the line rules until nothing changes); exported for the tests. */
export function byRule(values: number[][], threshold: number, hideSmallLines: boolean) {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const primary = values.map((row) => row.map((v) => v > 0 && v < threshold));
  const hidden = primary.map((row) => [...row]);
  const rowLines = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => [r, c] as [number, number]),
  );
  const colLines = Array.from({ length: cols }, (_, c) =>
    Array.from({ length: rows }, (_, r) => [r, c] as [number, number]),
  );
  if (hideSmallLines) {
    const small = (sum: number) => sum > 0 && sum < threshold;
    for (let r = 0; r < rows; r++)
      if (small(values[r]!.reduce((a, b) => a + b, 0))) for (let c = 0; c < cols; c++) hidden[r]![c] = true;
    for (let c = 0; c < cols; c++)
      if (small(values.reduce((a, row) => a + row[c]!, 0))) for (let r = 0; r < rows; r++) hidden[r]![c] = true;
  }
  for (let changed = true; changed;) {
    changed = false;
    if (hideSmallLines) {
      for (const line of [...rowLines, ...colLines]) {
        const hiddenCells = line.filter(([r, c]) => hidden[r]![c]);
        const hiddenSum = hiddenCells.reduce((acc, [r, c]) => acc + values[r]![c]!, 0);
        // Hidden cells that are all primary (each 1 … threshold−1) and all at one end of that range
        // (4 + 4 = 8 of a known 8) are pinned by their sum: they need a cell beside them too.
        const allPrimary = hiddenCells.length > 0 && hiddenCells.every(([r, c]) => primary[r]![c]);
        const pinned =
          allPrimary && (hiddenSum === hiddenCells.length * (threshold - 1) || hiddenSum === hiddenCells.length);
        if (hiddenCells.length === 0 || (hiddenSum >= threshold && !pinned)) continue;
        const open = line.find(([r, c]) => !hidden[r]![c] && values[r]![c]! > 0);
        if (!open) continue;
        hidden[open[0]]![open[1]] = true;
        changed = true;
      }
    }
    for (const line of rowLines) changed = hideComplement(values, hidden, line) || changed;
    for (const line of colLines) changed = hideComplement(values, hidden, line) || changed;
  }
  return { primary, hidden };
}

export function suppress(
  values: number[][],
  threshold = THRESHOLD,
  opts: { hideSmallLines?: boolean } = {},
): Published {
  const strict = opts.hideSmallLines ?? false;
  const rule = byRule(values, threshold, strict);
  const primary = rule.primary;
  // The strict tables are audited against an attacker who knows the real totals and reruns all of this.
  const cellCount = values.length * (values[0]?.length ?? 0);
  const hidden =
    strict && cellCount <= AUDIT_MAX_CELLS
      ? audit(values, rule.hidden, (grid) => byRule(grid, threshold, true).hidden, threshold)
      : rule.hidden;
  const cells: Cell[][] = values.map((row, r) =>
    row.map((v, c) =>
      primary[r]![c] ? { kind: 'primary' } : hidden[r]![c] ? { kind: 'secondary' } : { kind: 'value', value: v },
    ),
  );
  const shownSum = (list: Cell[]): Total => ({
    value: list.reduce((acc, cell) => acc + (cell.kind === 'value' ? cell.value : 0), 0),
    partial: list.some((cell) => cell.kind !== 'value'),
  });
  const columns = Array.from({ length: values[0]?.length ?? 0 }, (_, c) => cells.map((row) => row[c] as Cell));
  return { cells, rowTotals: cells.map(shownSum), columnTotals: columns.map(shownSum), total: shownSum(cells.flat()) };
}
