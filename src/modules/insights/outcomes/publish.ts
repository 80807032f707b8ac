// From counts per group to published figures. Every indicator is its own table (groups × cells),
// suppressed with the insights module's rule (suppression.ts: primary under the threshold, secondary
// until no row or column has exactly one hidden cell, totals only over shown cells):
// - a share is published as [numerator, denominator − numerator] — so its denominator is a row total
//   and knowing it (from elsewhere) gives nothing away;
// - managing without help as its four answers 01–04;
// - a row or column whose real total is under the threshold is hidden whole, and every hidden cell is
//   published alike (no "<5" against "•"): a small known total and the pattern cannot place its cases;
// - a mean mark or a median of days as the one count it is taken over, shown only with that count.
// Optionally every shown count is rounded to a multiple of 5 (as CBS publishes); shares are then taken
// over the rounded counts, so the exact counts cannot be worked back from a share either.
import { suppress, type Cell } from '../suppression.js';

/** A published cell: a count, or hidden — primary and secondary alike, so the kind tells nothing. */
export type PublishedCell = { kind: 'value' | 'hidden'; value: number | null };
import type { GroupCounts } from './queries.js';
import type { IndicatorKey } from './schemas.js';

export interface PublishedFigure {
  cells: PublishedCell[];
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

interface Spec {
  cells: (g: GroupCounts) => number[];
  /** The headline from the shown cells (null when it cannot be given). */
  value: (cells: number[], g: GroupCounts) => number | null;
  numeratorOf: (cells: number[]) => number;
}

const share = (num: number, den: number) => (den > 0 ? num / den : null);
const rate: Omit<Spec, 'cells'> = {
  value: ([yes, no]) => share(yes!, yes! + no!),
  numeratorOf: ([yes]) => yes!,
};

export const SPECS: Record<IndicatorKey, Spec> = {
  drop_out: { cells: (g) => [g.drop_out_num, g.drop_out_den - g.drop_out_num], ...rate },
  satisfaction: {
    cells: (g) => [g.sat_n],
    value: ([n], g) => (n! > 0 && g.sat_n > 0 ? Math.round((g.sat_sum / g.sat_n) * 10) / 10 : null),
    numeratorOf: ([n]) => n!,
  },
  managing_without_help: {
    cells: (g) => [g.mwh_01, g.mwh_02, g.mwh_03, g.mwh_04],
    // Without or with lighter help (02, 03, 04), as the contracts' outcome criteria put it.
    value: ([a, b, c, d]) => share(b! + c! + d!, a! + b! + c! + d!),
    numeratorOf: ([, b, c, d]) => b! + c! + d!,
  },
  no_new_start: { cells: (g) => [g.nns_num, g.nns_den - g.nns_num], ...rate },
  repeat_use: { cells: (g) => [g.rep_num, g.rep_den - g.rep_num], ...rate },
  goals_achieved: { cells: (g) => [g.goals_num, g.goals_den - g.goals_num], ...rate },
  problems_reduced: { cells: (g) => [g.pr_num, g.pr_den - g.pr_num], ...rate },
  specialised_referral: { cells: (g) => [g.spec_num, g.spec_den - g.spec_num], ...rate },
  time_to_help: {
    cells: (g) => [g.tth_n],
    value: ([n], g) => (n! > 0 && g.tth_median !== null ? Math.round(Number(g.tth_median)) : null),
    numeratorOf: ([n]) => n!,
  },
};

export const roundTo5 = (n: number) => Math.round(n / 5) * 5;

export interface PublishedTable {
  figures: PublishedFigure[];
  totals: { cells: number[]; partial: boolean };
}

/** One indicator's table over the groups, suppressed (and rounded). */
export function publishIndicator(
  key: IndicatorKey,
  groups: GroupCounts[],
  threshold: number,
  round: boolean,
): PublishedTable {
  const spec = SPECS[key];
  const values = groups.map((g) => spec.cells(g));
  const published = suppress(values, threshold, { hideSmallLines: true });
  const shown = (c: Cell) => (c.kind === 'value' ? (round ? roundTo5(c.value) : c.value) : null);
  const figures = groups.map((g, r) => {
    const row = published.cells[r]!;
    const cells = row.map((c): PublishedCell => ({ kind: c.kind === 'value' ? 'value' : 'hidden', value: shown(c) }));
    const all = cells.every((c) => c.value !== null);
    const nums = cells.map((c) => c.value ?? 0);
    const total = nums.reduce((a, b) => a + b, 0);
    return {
      cells,
      numerator: all ? spec.numeratorOf(nums) : null,
      denominator: all ? total : null,
      // A rate or mean only over a shown (non-zero) count; a mean or median needs its count at or over
      // the threshold, which a shown count already is (or zero).
      value: all && total > 0 ? spec.value(nums, g) : null,
    };
  });
  const cols = values[0]?.length ?? spec.cells(emptyCounts('')).length;
  const totals = Array.from({ length: cols }, (_, c) => figures.reduce((acc, f) => acc + (f.cells[c]?.value ?? 0), 0));
  return { figures, totals: { cells: totals, partial: figures.some((f) => f.cells.some((c) => c.value === null)) } };
}

export function emptyCounts(key: string): GroupCounts {
  return {
    key,
    label: null,
    closed: 0,
    drop_out_den: 0,
    drop_out_num: 0,
    sat_n: 0,
    sat_sum: 0,
    mwh_01: 0,
    mwh_02: 0,
    mwh_03: 0,
    mwh_04: 0,
    nns_den: 0,
    nns_num: 0,
    rep_den: 0,
    rep_num: 0,
    goals_den: 0,
    goals_num: 0,
    pr_den: 0,
    pr_num: 0,
    spec_den: 0,
    spec_num: 0,
    tth_n: 0,
    tth_median: null,
  };
}
