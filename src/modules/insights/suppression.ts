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
// With `hideSmallLines` (the outcome indicators): a row or column whose real total is itself under the
// threshold is hidden whole, zeros included — otherwise someone who knows that small total (a team lead
// knows their team closed three trajectories) learns from the shown zeros, or from which zero the rule
// picked as a complement, where its few cases are (the reconstruction test found both); and the hidden
// cells of a line must together hold at least THRESHOLD (two hidden ones of a row of 7 with 0 and 5
// shown would both be 1) and must not all be primary at one end of their range (two hidden 4s of a
// known 8), else its first shown non-zero cell is hidden too.

export const THRESHOLD = 5;

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

export function suppress(
  values: number[][],
  threshold = THRESHOLD,
  opts: { hideSmallLines?: boolean } = {},
): Published {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const primary = values.map((row) => row.map((v) => v > 0 && v < threshold));
  const hidden = primary.map((row) => [...row]);
  if (opts.hideSmallLines) {
    const small = (sum: number) => sum > 0 && sum < threshold;
    for (let r = 0; r < rows; r++)
      if (small(values[r]!.reduce((a, b) => a + b, 0))) for (let c = 0; c < cols; c++) hidden[r]![c] = true;
    for (let c = 0; c < cols; c++)
      if (small(values.reduce((a, row) => a + row[c]!, 0))) for (let r = 0; r < rows; r++) hidden[r]![c] = true;
  }
  for (let changed = true; changed;) {
    changed = false;
    if (opts.hideSmallLines) {
      const lines = [
        ...Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => [r, c] as [number, number])),
        ...Array.from({ length: cols }, (_, c) => Array.from({ length: rows }, (_, r) => [r, c] as [number, number])),
      ];
      for (const line of lines) {
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
    for (let r = 0; r < rows; r++)
      changed =
        hideComplement(
          values,
          hidden,
          Array.from({ length: cols }, (_, c) => [r, c] as [number, number]),
        ) || changed;
    for (let c = 0; c < cols; c++)
      changed =
        hideComplement(
          values,
          hidden,
          Array.from({ length: rows }, (_, r) => [r, c] as [number, number]),
        ) || changed;
  }
  const cells: Cell[][] = values.map((row, r) =>
    row.map((v, c) =>
      primary[r]![c] ? { kind: 'primary' } : hidden[r]![c] ? { kind: 'secondary' } : { kind: 'value', value: v },
    ),
  );
  const shownSum = (list: Cell[]): Total => ({
    value: list.reduce((acc, cell) => acc + (cell.kind === 'value' ? cell.value : 0), 0),
    partial: list.some((cell) => cell.kind !== 'value'),
  });
  const columns = Array.from({ length: cols }, (_, c) => cells.map((row) => row[c] as Cell));
  return { cells, rowTotals: cells.map(shownSum), columnTotals: columns.map(shownSum), total: shownSum(cells.flat()) };
}
