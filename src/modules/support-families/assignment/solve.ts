// The best overall assignment of open requests to support families, and what one-by-one greedy
// picking would have given. Each support family becomes as many columns as it has room for
// (capacity expansion), so the Hungarian algorithm respects capacities by construction.
import { maximiseAssignment } from './hungarian.js';

export interface Candidate {
  request: number;
  family: number;
  score: number;
}
export interface Instance {
  requests: number;
  /** Remaining capacity per support family. */
  capacity: readonly number[];
  /** Eligible pairs only (score > 0). */
  candidates: readonly Candidate[];
}
export interface Solution {
  pairs: Array<{ request: number; family: number; score: number }>;
  total: number;
}

const sum = (pairs: Solution['pairs']) => Math.round(pairs.reduce((s, p) => s + p.score, 0) * 100) / 100;

export function optimalAssignment(inst: Instance): Solution {
  // Never more copies of a family than requests that could use it.
  const demand = new Map<number, number>();
  for (const c of inst.candidates) demand.set(c.family, (demand.get(c.family) ?? 0) + 1);
  const columnFamily: number[] = [];
  const firstColumn = new Map<number, number>();
  for (const [family, wanted] of [...demand.entries()].sort((a, b) => a[0] - b[0])) {
    const copies = Math.min(inst.capacity[family] ?? 0, wanted);
    if (copies <= 0) continue;
    firstColumn.set(family, columnFamily.length);
    for (let k = 0; k < copies; k++) columnFamily.push(family);
  }
  const rows = inst.requests;
  const cols = columnFamily.length;
  const scores = new Float64Array(rows * cols);
  for (const c of inst.candidates) {
    const start = firstColumn.get(c.family);
    if (start === undefined || c.score <= 0) continue;
    for (let j = start; j < cols && columnFamily[j] === c.family; j++) scores[c.request * cols + j] = c.score;
  }
  const assigned = maximiseAssignment(scores, rows, cols);
  const pairs: Solution['pairs'] = [];
  assigned.forEach((col, request) => {
    if (col < 0) return;
    pairs.push({ request, family: columnFamily[col]!, score: scores[request * cols + col]! });
  });
  return { pairs, total: sum(pairs) };
}

/** What a coordinator does by hand: take the requests in order (longest waiting first) and give each its best family that still has room. */
export function greedyAssignment(inst: Instance): Solution {
  const room = [...inst.capacity];
  const byRequest = new Map<number, Candidate[]>();
  for (const c of inst.candidates) if (c.score > 0) byRequest.set(c.request, [...(byRequest.get(c.request) ?? []), c]);
  const pairs: Solution['pairs'] = [];
  for (let r = 0; r < inst.requests; r++) {
    const best = (byRequest.get(r) ?? [])
      .filter((c) => (room[c.family] ?? 0) > 0)
      .sort((a, b) => b.score - a.score || a.family - b.family)[0];
    if (!best) continue;
    room[best.family] = (room[best.family] ?? 0) - 1;
    pairs.push({ request: r, family: best.family, score: best.score });
  }
  return { pairs, total: sum(pairs) };
}
