// Optimal assignment (Hungarian algorithm with potentials, O(n²·m)) on a rectangular score matrix,
// maximising the total. Written out rather than taken from a package because the proposal needs
// rectangular matrices of up to a few thousand columns in flat typed arrays (the npm
// implementations pad to a square of arrays-of-arrays, which is too slow at 2,000 × 4,000).
// Entries of 0 mean "no pair": assigning there is the same as leaving the row unassigned.

/** `scores[i * cols + j]` ≥ 0. Returns, per row, the column it gets or -1. */
export function maximiseAssignment(scores: Float64Array, rows: number, cols: number): Int32Array {
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  const m = Math.max(cols, rows); // pad with zero columns so that every row can be placed
  const n = rows;
  const cost = (i: number, j: number) => (j < cols ? -(scores[i * cols + j] ?? 0) : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row (1-based) assigned to column j, 0 = free
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      const ui0 = u[i0]!;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - ui0 - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= m; j++) {
    const row = p[j]!;
    if (row > 0 && j - 1 < cols && (scores[(row - 1) * cols + (j - 1)] ?? 0) > 0) result[row - 1] = j - 1;
  }
  return result;
}
