// The top-3 rule (docs/top3.md) as properties: order of speaking does not matter, a unanimous
// first choice wins, ties are reported, the points add up, and the result is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTop3, followsCount, type Ballot } from './top3.js';

const KEYS = ['schulden', 'huisvesting', 'opvoeding', 'school', 'veiligheid', 'gezondheid', 'netwerk'];
const ranking = (min = 0) => fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: min, maxLength: 3 });
const ballots = (min = 0) =>
  fc
    .array(ranking(min), { minLength: 1, maxLength: 9 })
    .map((rs) => rs.map((r, i): Ballot => ({ participantId: `p${i}`, ranking: r })));

describe('computeTop3 (Borda 3-2-1)', () => {
  it('does not depend on the order in which participants speak', () => {
    fc.assert(
      fc.property(
        ballots().chain((bs) =>
          fc.tuple(fc.constant(bs), fc.shuffledSubarray(bs, { minLength: bs.length, maxLength: bs.length })),
        ),
        ([bs, shuffled]) => {
          expect(computeTop3(shuffled)).toEqual(computeTop3(bs));
        },
      ),
    );
  });

  it('lets a unanimous first choice win outright', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), ballots(), (first, bs) => {
        const all = bs.map((b) => ({ ...b, ranking: [first, ...b.ranking.filter((k) => k !== first)].slice(0, 3) }));
        const result = computeTop3(all);
        expect(result.tallies[0]?.concernKey).toBe(first);
        expect(result.tallies[0]?.position).toBe(1);
        expect(result.tallies[0]?.tied).toBe(false);
        expect(result.tallies.slice(1).every((t) => t.points < (result.tallies[0]?.points ?? 0))).toBe(true);
      }),
    );
  });

  it('reports every tie among the candidates and decides only without one', () => {
    fc.assert(
      fc.property(ballots(), (bs) => {
        const result = computeTop3(bs);
        const cands = result.tallies.filter((t) => result.candidates.includes(t.concernKey));
        for (const a of cands) {
          for (const b of cands) {
            if (a !== b && a.points === b.points)
              expect(result.ties.some((g) => g.includes(a.concernKey) && g.includes(b.concernKey))).toBe(true);
          }
        }
        expect(result.decided).toBe(result.ties.length === 0);
        if (result.decided) expect(result.order).toEqual(result.candidates);
        else expect(result.order).toEqual([]);
        expect(result.candidates.length).toBeGreaterThanOrEqual(Math.min(3, result.tallies.length));
        if (result.decided) expect(result.candidates.length).toBe(Math.min(3, result.tallies.length));
      }),
    );
  });

  it('gives 6 points per participant with a full ranking (and 3+2+1 shares of that otherwise)', () => {
    fc.assert(
      fc.property(ballots(3), (bs) => {
        expect(computeTop3(bs).totalPoints).toBe(6 * bs.length);
      }),
    );
    fc.assert(
      fc.property(ballots(), (bs) => {
        const expected = bs.reduce((s, b) => s + [0, 3, 5, 6][b.ranking.length]!, 0);
        expect(computeTop3(bs).totalPoints).toBe(expected);
      }),
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(ballots(), (bs) => {
        expect(JSON.stringify(computeTop3(bs))).toBe(JSON.stringify(computeTop3(structuredClone(bs))));
      }),
    );
  });

  it('shows a tie instead of breaking it (the seed example: father, mother, Veilig Thuis, neighbour)', () => {
    const result = computeTop3([
      { participantId: 'vader', ranking: ['schulden', 'opvoeding', 'school'] },
      { participantId: 'moeder', ranking: ['opvoeding', 'schulden', 'huisvesting'] },
      { participantId: 'veilig-thuis', ranking: ['veiligheid', 'opvoeding', 'schulden'] },
      { participantId: 'buurvrouw', ranking: ['veiligheid', 'school', 'huisvesting'] },
    ]);
    expect(result.tallies.map((t) => [t.concernKey, t.points, t.position])).toEqual([
      ['opvoeding', 7, 1],
      ['schulden', 6, 2],
      ['veiligheid', 6, 2],
      ['school', 3, 4],
      ['huisvesting', 2, 5],
    ]);
    expect(result.ties).toEqual([['schulden', 'veiligheid']]);
    expect(result.decided).toBe(false);
    expect(result.candidates).toEqual(['opvoeding', 'schulden', 'veiligheid']);
    expect(followsCount(result, ['opvoeding', 'veiligheid', 'schulden'])).toBe(true);
    expect(followsCount(result, ['veiligheid', 'opvoeding', 'schulden'])).toBe(false);
    expect(followsCount(result, ['opvoeding', 'schulden', 'school'])).toBe(false);
  });

  it('a tie across the boundary makes more than three candidates', () => {
    const result = computeTop3([
      { participantId: 'a', ranking: ['x', 'y', 'z'] },
      { participantId: 'b', ranking: ['y', 'x', 'w'] },
    ]);
    expect(result.candidates).toEqual(['x', 'y', 'w', 'z']);
    expect(result.ties).toEqual([
      ['x', 'y'],
      ['w', 'z'],
    ]);
    expect(followsCount(result, ['y', 'x', 'z'])).toBe(true);
    expect(followsCount(result, ['x', 'z', 'y'])).toBe(false);
  });

  it('an order following a decided count needs no reason; any departure does', () => {
    fc.assert(
      fc.property(ballots(), (bs) => {
        const result = computeTop3(bs);
        if (result.decided) expect(followsCount(result, result.order)).toBe(true);
        if (result.order.length >= 2) expect(followsCount(result, [...result.order].reverse())).toBe(false);
      }),
    );
  });
});
