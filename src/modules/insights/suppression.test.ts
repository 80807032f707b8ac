// The suppression cannot be undone from what is published: whatever small count (1–4) a hidden cell
// really holds, the published table — shown counts, "<5" and "•" markers and the totals — is exactly
// the same, so nothing in it can tell the counts apart. Because the totals count shown cells only,
// subtracting shown cells from a total never isolates a hidden one. The plain rules are checked too: no small count is shown, totals are sums
// of shown cells, and no row or column has a single hidden cell (so an exact row or column total
// from elsewhere cannot be differenced to one cell either).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress, THRESHOLD } from './suppression.js';

const table = fc.integer({ min: 2, max: 4 }).chain((rows) =>
  fc.integer({ min: 2, max: 4 }).chain((cols) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 })), {
        minLength: cols,
        maxLength: cols,
      }),
      { minLength: rows, maxLength: rows },
    ),
  ),
);

describe('small-number suppression', () => {
  it('hides every count from 1 to 4 and shows the rest, with totals of shown cells only', () => {
    fc.assert(
      fc.property(table, (values) => {
        const p = suppress(values);
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = p.cells[r]![c]!;
            if (v > 0 && v < THRESHOLD) expect(cell.kind).toBe('primary');
            if (cell.kind === 'value') expect(cell.value).toBe(v);
            if (cell.kind === 'primary') expect(v > 0 && v < THRESHOLD).toBe(true);
          }),
        );
        p.cells.forEach((row, r) =>
          expect(p.rowTotals[r]!.value).toBe(row.reduce((a, cell) => a + (cell.kind === 'value' ? cell.value : 0), 0)),
        );
        expect(p.total.value).toBe(p.rowTotals.reduce((a, t) => a + t.value, 0));
        expect(p.total.partial).toBe(p.cells.flat().some((cell) => cell.kind !== 'value'));
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a row or column with exactly one hidden cell', () => {
    fc.assert(
      fc.property(table, (values) => {
        const { cells } = suppress(values);
        for (const row of cells) expect(row.filter((c) => c.kind !== 'value').length).not.toBe(1);
        for (let c = 0; c < (cells[0]?.length ?? 0); c++)
          expect(cells.filter((row) => row[c]!.kind !== 'value').length).not.toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('no small count can be recovered: any other count 1–4 in a hidden cell gives the very same publication', () => {
    fc.assert(
      fc.property(
        table,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 16, maxLength: 16 }),
        (values, replacements) => {
          const published = JSON.stringify(suppress(values));
          let k = 0;
          const other = values.map((row) =>
            row.map((v) => (v > 0 && v < THRESHOLD ? replacements[k++ % replacements.length]! : v)),
          );
          expect(JSON.stringify(suppress(other)), `${JSON.stringify(values)} vs ${JSON.stringify(other)}`).toBe(
            published,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a worked example: the lone 3 in a row takes the 6 beside it into hiding; totals say "at least"', () => {
    const p = suppress([
      [3, 6, 10],
      [7, 8, 9],
    ]);
    expect(p.cells[0]).toEqual([{ kind: 'primary' }, { kind: 'secondary' }, { kind: 'value', value: 10 }]);
    // Columns 0 and 1 now have one hidden cell each: their smallest other cells (7, 8) are hidden too.
    expect(p.cells[1]).toEqual([{ kind: 'secondary' }, { kind: 'secondary' }, { kind: 'value', value: 9 }]);
    expect(p.rowTotals).toEqual([
      { value: 10, partial: true },
      { value: 9, partial: true },
    ]);
    expect(p.total).toEqual({ value: 19, partial: true });
  });
});
