// Budget against spend for steering: per budget line (local against regional), per municipality of a
// region, per provider, per category and per month, with a year-end forecast and the cost per youth.
// Figures come from the allocations module's budget computation (budgetFigures, budgetMoneyCtes); counts
// of youths are published with the insights suppression, a cost per youth only over a shown count.
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { today } from '../../../platform/clock.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { budgetFigures, type BudgetFigures } from '../../allocations/contracts/budget.js';
import { suppress, THRESHOLD, type Cell } from '../suppression.js';
import { forecastYearEnd, monthsOf } from './forecast.js';
import { budgetBreakdown, type BreakdownRow } from './queries.js';
import type { BudgetSteering, BudgetSteeringQuery } from './schemas.js';

type Count = BudgetSteering['total']['youths'];
const present = (cell: Cell): Count => ({ kind: cell.kind, value: cell.kind === 'value' ? cell.value : null });

/** One column of youth counts, suppressed together (primary, secondary, and — as the outcome tables — a
 * small column hidden whole and hidden cells that together would pin each other, such as 4 + 4 + 4 of a
 * known 12, widened: reconstruction.test.ts). */
export function youthColumn(counts: number[]): Count[] {
  if (counts.length === 0) return [];
  return suppress(
    counts.map((n) => [n]),
    THRESHOLD,
    { hideSmallLines: true },
  ).cells.map((row) => present(row[0]!));
}

function costPerYouth(spentCents: number, youths: Count): number | null {
  return youths.kind === 'value' && youths.value !== null && youths.value >= THRESHOLD
    ? Math.round(spentCents / youths.value)
    : null;
}

function sumFigures(list: readonly BudgetFigures[]) {
  return list.reduce(
    (acc, f) => ({
      budgetCents: acc.budgetCents + f.budgetCents,
      committedCents: acc.committedCents + f.committedCents,
      spentCents: acc.spentCents + f.spentCents,
      remainingCents: acc.remainingCents + f.remainingCents,
    }),
    { budgetCents: 0, committedCents: 0, spentCents: 0, remainingCents: 0 },
  );
}

interface Area {
  kind: 'municipality' | 'region';
  code: string;
  name: string;
  codes: string[];
  names: Map<string, string>;
  years: number[];
  region: { code: string; name: string };
  choices: Array<{ code: string; name: string }>;
}

async function resolveArea(trx: Parameters<typeof budgetFigures>[0], code: string): Promise<Area> {
  const rows = await trx
    .selectFrom('municipality as m')
    .innerJoin('region as r', 'r.code', 'm.region_code')
    .select([
      'm.code',
      'm.name',
      'r.code as regionCode',
      'r.name as regionName',
      sql<number[]>`coalesce((SELECT array_agg(DISTINCT b.year ORDER BY b.year) FROM budget_line b
        WHERE b.municipality_code = m.code), '{}')`.as('years'),
    ])
    // The whole region of the area (for the picker); the area itself is the region or one municipality.
    .where((eb) =>
      eb.or([
        eb('m.region_code', '=', code),
        eb('m.region_code', '=', eb.selectFrom('municipality').select('region_code').where('code', '=', code)),
      ]),
    )
    .orderBy('m.name')
    .execute();
  if (rows.length === 0) throw new NotFoundError('not_found', { detail: 'No such municipality or region.' });
  const isRegion = rows[0]!.regionCode === code;
  const own = isRegion ? rows : rows.filter((r) => r.code === code);
  const years = [...new Set(own.flatMap((r) => r.years.map(Number)))].sort((a, b) => a - b);
  return {
    kind: isRegion ? 'region' : 'municipality',
    code,
    name: isRegion ? rows[0]!.regionName : own[0]!.name,
    codes: own.map((r) => r.code),
    names: new Map(rows.map((r) => [r.code, r.name])),
    years,
    region: { code: rows[0]!.regionCode, name: rows[0]!.regionName },
    choices: rows.map((r) => ({ code: r.code, name: r.name })),
  };
}

function present_(rows: BreakdownRow[], kind: BreakdownRow['kind']) {
  return rows.filter((r) => r.kind === kind);
}

export function budgetSteering(ctx: RequestContext, query: BudgetSteeringQuery): Promise<BudgetSteering> {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'steering_budget',
      id: query.area,
      action: 'read',
      purpose: 'policy and contract steering',
      data: 'budget against spend, aggregates with small numbers suppressed',
    });
    const area = await resolveArea(trx, query.area);
    const on = today();
    const year = query.year ?? Number(on.slice(0, 4));
    const selection = { municipalityCodes: area.codes, year };
    const figures = await budgetFigures(trx, selection);
    const rows = await budgetBreakdown(trx, selection);

    const months = monthsOf(year);
    const byMonth = new Map(present_(rows, 'month').map((r) => [r.key, r.spent]));
    const lineMonths = (line: string) =>
      new Map(
        present_(rows, 'line_month')
          .filter((r) => r.key.startsWith(`${line}|`))
          .map((r) => [r.key.slice(line.length + 1), r.spent]),
      );

    // Lines: summed over the area's municipalities (for a region, every municipality's share).
    const lineKinds = [...new Set(figures.map((f) => f.line))];
    const lineRows = lineKinds.map((line) => present_(rows, 'line').find((r) => r.key === line));
    const lineYouths = youthColumn(lineRows.map((r) => r?.youths ?? 0));
    const lines = lineKinds.map((line, i) => {
      const own = figures.filter((f) => f.line === line);
      const money = sumFigures(own);
      const youths = lineYouths[i]!;
      return {
        line,
        scope: own[0]!.scope,
        ...money,
        forecastCents: forecastYearEnd(year, on, money.spentCents, lineMonths(line)).forecastCents,
        youths,
        costPerYouthCents: costPerYouth(money.spentCents, youths),
      };
    });

    const scopeKinds = (['local', 'regional'] as const).filter((s) => figures.some((f) => f.scope === s));
    const scopeYouths = youthColumn(
      scopeKinds.map((s) => present_(rows, 'scope').find((r) => r.key === s)?.youths ?? 0),
    );
    const scopes = scopeKinds.map((scope, i) => {
      const own = lines.filter((l) => l.scope === scope);
      const money = sumFigures(figures.filter((f) => f.scope === scope));
      const youths = scopeYouths[i]!;
      return {
        scope,
        ...money,
        forecastCents: own.some((l) => l.forecastCents === null)
          ? null
          : own.reduce((acc, l) => acc + (l.forecastCents ?? 0), 0),
        youths,
        costPerYouthCents: costPerYouth(money.spentCents, youths),
      };
    });

    const totalMoney = sumFigures(figures);
    const overall = forecastYearEnd(year, on, totalMoney.spentCents, byMonth);
    const totalYouths = youthColumn([present_(rows, 'all')[0]?.youths ?? 0])[0]!;

    const breakdown = (kind: 'provider' | 'category') => {
      const list = present_(rows, kind).sort((a, b) => b.spent + b.committed - (a.spent + a.committed));
      const youths = youthColumn(list.map((r) => r.youths));
      return list.map((r, i) => ({
        key: r.key,
        name: r.name ?? r.key,
        committedCents: r.committed,
        spentCents: r.spent,
        youths: youths[i]!,
        costPerYouthCents: costPerYouth(r.spent, youths[i]!),
      }));
    };

    let cumulative = 0;
    return {
      area: { kind: area.kind, code: area.code, name: area.name },
      region: area.region,
      choices: area.choices,
      year,
      years: area.years,
      computedOn: on,
      forecastBasis: overall.basis,
      completedMonths: overall.completedMonths,
      threshold: THRESHOLD,
      lines,
      scopes,
      total: {
        ...totalMoney,
        forecastCents: overall.forecastCents,
        youths: totalYouths,
        costPerYouthCents: costPerYouth(totalMoney.spentCents, totalYouths),
      },
      municipalities: area.codes.map((code) => ({
        code,
        name: area.names.get(code) ?? code,
        ...sumFigures(figures.filter((f) => f.municipalityCode === code)),
      })),
      providers: breakdown('provider').map(({ key: _key, ...p }) => p),
      categories: breakdown('category').map(({ key, ...c }) => ({ code: key, ...c })),
      months: months.map((month) => {
        const spentCents = byMonth.get(month) ?? 0;
        cumulative += spentCents;
        return { month, spentCents, cumulativeCents: cumulative };
      }),
    };
  });
}
