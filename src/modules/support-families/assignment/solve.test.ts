// The overall assignment is optimal (checked against brute force on small random instances),
// respects every family's capacity, and is never worse than greedy picking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyAssignment, optimalAssignment, type Instance } from './solve.js';

function bruteForce(inst: Instance): number {
  const byRequest = Array.from({ length: inst.requests }, (_, r) =>
    inst.candidates.filter((c) => c.request === r && c.score > 0),
  );
  const room = [...inst.capacity];
  let best = 0;
  const go = (r: number, total: number) => {
    if (r === inst.requests) {
      best = Math.max(best, total);
      return;
    }
    go(r + 1, total); // unassigned
    for (const c of byRequest[r] ?? []) {
      if ((room[c.family] ?? 0) <= 0) continue;
      room[c.family] = (room[c.family] ?? 0) - 1;
      go(r + 1, total + c.score);
      room[c.family] = (room[c.family] ?? 0) + 1;
    }
  };
  go(0, 0);
  return best;
}

const instance = fc
  .record({ requests: fc.integer({ min: 0, max: 6 }), families: fc.integer({ min: 0, max: 5 }) })
  .chain(({ requests, families }) =>
    fc
      .record({
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: families, maxLength: families }),
        matrix: fc.array(
          fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })), {
            minLength: families,
            maxLength: families,
          }),
          { minLength: requests, maxLength: requests },
        ),
      })
      .map(({ capacity, matrix }): Instance => ({
        requests,
        capacity,
        candidates: matrix.flatMap((row, r) =>
          row.flatMap((score, f) => (score > 0 ? [{ request: r, family: f, score }] : [])),
        ),
      })),
  );

function checkFeasible(inst: Instance, pairs: Array<{ request: number; family: number; score: number }>) {
  const used = new Map<number, number>();
  for (const p of pairs) used.set(p.family, (used.get(p.family) ?? 0) + 1);
  for (const [family, n] of used) expect(n).toBeLessThanOrEqual(inst.capacity[family] ?? 0);
  expect(new Set(pairs.map((p) => p.request)).size).toBe(pairs.length);
  for (const p of pairs)
    expect(inst.candidates.some((c) => c.request === p.request && c.family === p.family && c.score === p.score)).toBe(
      true,
    );
}

describe('overall assignment', () => {
  it('equals the brute-force optimum, respects capacity and beats or ties greedy', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const best = optimalAssignment(inst);
        checkFeasible(inst, best.pairs);
        expect(best.total).toBeCloseTo(bruteForce(inst), 6);
        const greedy = greedyAssignment(inst);
        checkFeasible(inst, greedy.pairs);
        expect(best.total).toBeGreaterThanOrEqual(greedy.total - 1e-9);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the classic case where greedy loses', () => {
    // Request 0 takes family 0 greedily (10 > 9), leaving request 1 (only family 0 fits) without anyone.
    const inst: Instance = {
      requests: 2,
      capacity: [1, 1],
      candidates: [
        { request: 0, family: 0, score: 10 },
        { request: 0, family: 1, score: 9 },
        { request: 1, family: 0, score: 8 },
      ],
    };
    expect(greedyAssignment(inst).total).toBe(10);
    expect(optimalAssignment(inst)).toEqual({
      pairs: [
        { request: 0, family: 1, score: 9 },
        { request: 1, family: 0, score: 8 },
      ],
      total: 17,
    });
  });

  it('handles more requests than room (rows > columns) and families with capacity 2', () => {
    const inst: Instance = {
      requests: 4,
      capacity: [2],
      candidates: [0, 1, 2, 3].map((r) => ({ request: r, family: 0, score: 10 + r })),
    };
    const best = optimalAssignment(inst);
    expect(best.total).toBe(25);
    expect(best.pairs.map((p) => p.request).sort()).toEqual([2, 3]);
  });
});
