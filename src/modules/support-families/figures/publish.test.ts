// What a policy advisor sees of the Buurtgezinnen figures gives no hidden count away: whatever
// small count (1–4) a hidden cell really holds, whatever count ≥ 5 stands behind a "•" — and
// whatever the waiting times or durations behind a withheld average — the publication is exactly
// the same. So neither "total minus the
// shown municipalities" nor any other sum of what is shown can isolate a hidden cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { END_REASONS } from '../../../platform/db/schema.js';
import { publishFigures, type Raw } from './publish.js';

const MONTHS = ['2025-01', '2025-02', '2025-03'];
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 14 }));
const COUNTS = 7 + END_REASONS.length + MONTHS.length; // open, active, eligible, incomplete, expired, foster, durN, reasons, months
const municipality = fc.record({
  counts: fc.array(count, { minLength: COUNTS, maxLength: COUNTS }),
  waitSum: fc.integer({ min: 0, max: 2000 }),
  durSum: fc.integer({ min: 0, max: 9000 }),
});
const region = fc.array(municipality, { minLength: 1, maxLength: 6 });
type Gen = { counts: number[]; waitSum: number; durSum: number };

function toRaw({ counts: c, waitSum, durSum }: Gen): Raw {
  const at = (i: number) => c[i]!;
  return {
    open: at(0),
    active: at(1),
    eligible: at(2),
    incomplete: at(3),
    expired: at(4),
    foster: at(5),
    durN: at(6),
    waitSum,
    durSum,
    ended: new Map(END_REASONS.map((r, j) => [r, at(7 + j)])),
    perMonth: new Map(MONTHS.map((m, j) => [m, at(7 + END_REASONS.length + j)])),
  };
}
const publish = (gens: Gen[], suppressed = true) =>
  publishFigures(
    gens.map((g, i) => ({ code: `m${i}`, name: `M${i}`, raw: toRaw(g) })),
    MONTHS,
    suppressed,
  );
type Cell = { kind: string; value: number | null };
type Tot = { value: number; partial: boolean };
/** Every published measure as [municipality cells, total]. */
function measures(p: ReturnType<typeof publish>): Array<[Cell[], Tot]> {
  const m = p.municipalities;
  return [
    [m.map((x) => x.openRequests), p.total.openRequests],
    [m.map((x) => x.activeMatches), p.total.activeMatches],
    ...(['eligible', 'incomplete', 'expired', 'fosterInterest'] as const).map((k): [Cell[], Tot] => [
      m.map((x) => x.families[k]),
      p.total.families[k],
    ]),
    ...END_REASONS.map((_, j): [Cell[], Tot] => [
      m.map((x) => x.endedReasons[j]!.count),
      p.total.endedReasons[j]!.count,
    ]),
    ...MONTHS.map((_, j): [Cell[], Tot] => [
      m.map((x) => x.matchesPerMonth[j]!.count),
      p.total.matchesPerMonth[j]!.count,
    ]),
  ];
}

describe('published Buurtgezinnen figures', () => {
  it('no hidden count can be derived: any other small count (and any times behind a withheld average) gives the identical publication', () => {
    fc.assert(
      fc.property(
        region,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 5000 }),
        (gens, swaps, sums) => {
          let k = 0;
          const other = gens.map((g) => ({
            counts: g.counts.map((v) => (v > 0 && v < 5 ? swaps[k++ % swaps.length]! : v)),
            waitSum: g.counts[0]! < 5 ? sums : g.waitSum,
            durSum: g.counts[6]! < 5 ? sums * 2 : g.durSum,
          }));
          expect(JSON.stringify(publish(other))).toBe(JSON.stringify(publish(gens)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('shows no count from 1 to 4, totals add up shown cells only, and no measure has a single hidden municipality', () => {
    fc.assert(
      fc.property(region, (gens) => {
        for (const [cells, total] of measures(publish(gens))) {
          for (const c of cells) if (c.kind === 'value') expect(c.value === 0 || c.value! >= 5).toBe(true);
          expect(total.value).toBe(cells.reduce((a, c) => a + (c.value ?? 0), 0));
          expect(total.partial).toBe(cells.some((c) => c.kind !== 'value'));
          // A lone municipality's hidden cell is safe anyway: its total is the shown sum, 0 and "at least".
          if (cells.length > 1) expect(cells.filter((c) => c.kind !== 'value').length).not.toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the reviewed leak: Zwolle 6 and Kampen 2 open requests publish as hidden, hidden and "at least 0" — not 8, 6 and "<5"', () => {
    const raw = (open: number): Gen => ({
      counts: [open, ...Array<number>(COUNTS - 1).fill(0)],
      waitSum: open * 10,
      durSum: 0,
    });
    const p = publish([raw(6), raw(2)]);
    expect(p.municipalities.map((m) => m.openRequests)).toEqual([
      { kind: 'secondary', value: null },
      { kind: 'primary', value: null },
    ]);
    expect(p.total.openRequests).toEqual({ value: 0, partial: true });
    expect(p.municipalities.map((m) => m.averageWaitingDays)).toEqual([null, null]);
    expect(p.total.averageWaitingDays).toBeNull();
  });

  it('a count hidden as "•" cannot be worked back from the averages: any other count ≥ 5 it could hold (and any waiting times behind a withheld average) gives the identical publication', () => {
    // Open requests, active matches and foster interest are one-column tables: the "•" is the first
    // non-zero count in order, whatever its size, so any other value from 5 up keeps it "•".
    const single: Array<[number, (m: ReturnType<typeof publish>['municipalities'][number]) => Cell]> = [
      [0, (m) => m.openRequests],
      [1, (m) => m.activeMatches],
      [5, (m) => m.families.fosterInterest],
    ];
    fc.assert(
      fc.property(
        region,
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 5000 }),
        (gens, picks, sums) => {
          const before = publish(gens);
          const hidden = (i: number, k: number) => single.find(([at]) => at === k)?.[1](before.municipalities[i]!).kind;
          let p = 0;
          const other = gens.map((g, i) => ({
            counts: g.counts.map((v, k) =>
              hidden(i, k) === 'secondary' ? 5 + (picks[p++ % picks.length]! % (v - 4)) : v,
            ),
            waitSum: hidden(i, 0) !== 'value' ? sums : g.waitSum,
            durSum: g.counts[6]! < 5 ? sums * 2 : g.durSum,
          }));
          expect(JSON.stringify(publish(other))).toBe(JSON.stringify(before));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the reviewed leak: open requests 10 ("•"), 6 and 2 ("<5") show the average of the 6 only, and the total average is that same one', () => {
    const raw = (open: number, wait: number): Gen => ({
      counts: [open, ...Array<number>(COUNTS - 1).fill(0)],
      waitSum: open * wait,
      durSum: 0,
    });
    const p = publish([raw(10, 20), raw(6, 50), raw(2, 30)]);
    // The complement is the first non-zero count, whatever its size (insights/suppression.ts): the 10.
    expect(p.municipalities.map((m) => m.openRequests.kind)).toEqual(['secondary', 'value', 'primary']);
    // Were the 10's average (20) shown beside a total of (200 + 300) / 16, the 10 would follow from 6·(50−A)/(A−20).
    expect(p.municipalities.map((m) => m.averageWaitingDays)).toEqual([null, 50, null]);
    expect(p.total.averageWaitingDays).toBe(50);
  });

  it('coordinators get every count exactly, totals complete', () => {
    fc.assert(
      fc.property(region, (gens) => {
        const p = publish(gens, false);
        expect(p.total.openRequests).toEqual({ value: gens.reduce((a, g) => a + g.counts[0]!, 0), partial: false });
        p.municipalities.forEach((m, i) =>
          expect(m.openRequests).toEqual({ kind: 'value', value: gens[i]!.counts[0] }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
