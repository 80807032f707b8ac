// What leaves the figures endpoint, computed from raw counts per municipality. Outside the
// coordinator role every table goes through the insights capability's suppression
// (insights/suppression.ts, docs/privacy.md "Aggregates and small numbers"): counts 1–4 hidden,
// a second cell hidden where a column (or row) would otherwise hold a single hidden cell, and
// totals that add up *shown* cells only — so "total minus the visible municipalities" recovers
// nothing. Coordinators get the same shape with nothing hidden (threshold 0).
// Tables: each single measure is a municipality column on its own (open requests, active matches,
// foster interest); screening states, end reasons and months are two-way tables, because their
// row totals (a municipality's registered families, ended matches) could be known elsewhere.
import { END_REASONS } from '../../../platform/db/schema.js';
import { suppress, THRESHOLD, type Cell, type Total } from '../../insights/suppression.js';
import type { FigureCell, Figures, MunicipalityFigures, TotalFigures } from './schemas.js';

export interface Raw {
  open: number;
  waitSum: number;
  active: number;
  durSum: number;
  durN: number;
  eligible: number;
  incomplete: number;
  expired: number;
  foster: number;
  ended: Map<string, number>;
  perMonth: Map<string, number>;
}
export const emptyRaw = (): Raw => ({
  open: 0,
  waitSum: 0,
  active: 0,
  durSum: 0,
  durN: 0,
  eligible: 0,
  incomplete: 0,
  expired: 0,
  foster: 0,
  ended: new Map(),
  perMonth: new Map(),
});

const cell = (c: Cell): FigureCell => ({ kind: c.kind, value: c.kind === 'value' ? c.value : null });
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * An average is shown only where `shown(i)` allows it: for the waiting time, only where the count it
 * divides by is itself published as a plain value — a count hidden as "•" (≥ 5) could otherwise be
 * worked back from its average, the others and the total's (n₂ = n₁·(a₁−A)/(A−a₂)). The total's
 * average covers exactly the municipalities whose average is shown, so it holds nothing of a
 * withheld one and adds nothing to what their shown counts and averages already say.
 */
function averages(parts: Array<{ sum: number; n: number }>, shown: (i: number) => boolean) {
  const each = parts.map((p, i) => (p.n > 0 && shown(i) ? round(p.sum / p.n) : null));
  const kept = parts.filter((_, i) => each[i] !== null);
  const n = kept.reduce((a, p) => a + p.n, 0);
  return { each, total: n > 0 ? round(kept.reduce((a, p) => a + p.sum, 0) / n) : null };
}

export function publishFigures(
  rows: Array<{ code: string; name: string; raw: Raw }>,
  months: string[],
  suppressed: boolean,
): Omit<Figures, 'months'> {
  const threshold = suppressed ? THRESHOLD : 0;
  const table = (pick: (x: Raw) => number[]) =>
    suppress(
      rows.map((r) => pick(r.raw)),
      threshold,
    );
  const column = (pick: (x: Raw) => number) => table((x) => [pick(x)]);
  const open = column((x) => x.open);
  const active = column((x) => x.active);
  const foster = column((x) => x.foster);
  const screening = table((x) => [x.eligible, x.incomplete, x.expired]);
  const ended = table((x) => END_REASONS.map((reason) => x.ended.get(reason) ?? 0));
  const perMonth = table((x) => months.map((m) => x.perMonth.get(m) ?? 0));
  const waiting = averages(
    rows.map((r) => ({ sum: r.raw.waitSum, n: r.raw.open })),
    (i) => open.cells[i]![0]!.kind === 'value',
  );
  // The number of ended matches with a duration is not published as a cell; below the threshold its average is withheld.
  const duration = averages(
    rows.map((r) => ({ sum: r.raw.durSum, n: r.raw.durN })),
    (i) => rows[i]!.raw.durN >= threshold,
  );
  const municipalities: MunicipalityFigures[] = rows.map((r, i) => ({
    code: r.code,
    name: r.name,
    openRequests: cell(open.cells[i]![0]!),
    averageWaitingDays: waiting.each[i] ?? null,
    activeMatches: cell(active.cells[i]![0]!),
    averageDurationDays: duration.each[i] ?? null,
    families: {
      eligible: cell(screening.cells[i]![0]!),
      incomplete: cell(screening.cells[i]![1]!),
      expired: cell(screening.cells[i]![2]!),
      fosterInterest: cell(foster.cells[i]![0]!),
    },
    endedReasons: END_REASONS.map((reason, j) => ({ reason, count: cell(ended.cells[i]![j]!) })),
    matchesPerMonth: months.map((month, j) => ({ month, count: cell(perMonth.cells[i]![j]!) })),
  }));
  const t = (x: Total | undefined): Total => x ?? { value: 0, partial: false };
  const total: TotalFigures = {
    openRequests: t(open.columnTotals[0]),
    averageWaitingDays: waiting.total,
    activeMatches: t(active.columnTotals[0]),
    averageDurationDays: duration.total,
    families: {
      eligible: t(screening.columnTotals[0]),
      incomplete: t(screening.columnTotals[1]),
      expired: t(screening.columnTotals[2]),
      fosterInterest: t(foster.columnTotals[0]),
    },
    endedReasons: END_REASONS.map((reason, j) => ({ reason, count: t(ended.columnTotals[j]) })),
    matchesPerMonth: months.map((month, j) => ({ month, count: t(perMonth.columnTotals[j]) })),
  };
  return { suppressed, threshold: THRESHOLD, municipalities, total };
}
