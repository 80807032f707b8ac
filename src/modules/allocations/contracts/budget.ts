// Budget figures and contracted tariffs: the reads the decisions (budget check, expected cost) and the
// exchange (TR369 budget, TR418 contracted tariff) parts call inside their own transaction. No authorize()
// here: the caller has authorized. Signatures are published in /work/notes/s5/contracts-api.txt.
import { sql } from 'kysely';
import type { BudgetLineKind, ContractVariant } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError } from '../../../platform/errors.js';
import { expectedCostOf, type TariffPeriod } from './cost.js';

export { expectedCostOf, type TariffPeriod } from './cost.js';

export interface BudgetFigures {
  budgetLineId: string;
  municipalityCode: string;
  year: number;
  line: BudgetLineKind;
  scope: 'local' | 'regional';
  splitNote: string | null;
  budgetCents: number;
  committedCents: number;
  spentCents: number;
  remainingCents: number;
}

interface FigureRow {
  id: string;
  municipality_code: string;
  year: number;
  line: BudgetLineKind;
  scope: 'local' | 'regional';
  split_note: string | null;
  amount_cents: number;
  committed: number;
  spent: number;
}

/** Which budget lines a budget read covers. */
export interface LineSelection {
  municipalityCodes: readonly string[];
  year?: number;
  line?: BudgetLineKind;
}

function lineFilter(a: LineSelection) {
  const codes = sql.join(a.municipalityCodes.map((c) => sql`${c}`));
  return sql`b.municipality_code IN (${codes})
    ${a.year === undefined ? sql`` : sql`AND b.year = ${a.year}`}
    ${a.line === undefined ? sql`` : sql`AND b.line = ${a.line}`}`;
}

/**
 * The one definition of spent and committed, as CTEs every budget read starts from (budgetFigures below,
 * and the steering breakdowns per provider, category and month in src/modules/insights/budget), so no two
 * figures can disagree:
 * - `lines`: the selected budget lines;
 * - `spend_lines`: each accepted claim line of their allocations, signed (debit +, credit −), with its period;
 * - `alloc_money`: per allocation of those lines its spent (Σ spend_lines) and committed
 *   (active: max(expected cost − spent, 0); withdrawn or ended: 0).
 * Callers must select lines of at least one municipality.
 */
export function budgetMoneyCtes(a: LineSelection) {
  return sql`lines AS (
      SELECT b.id, b.municipality_code, b.year, b.line, b.scope, b.split_note, b.amount_cents
      FROM budget_line b WHERE ${lineFilter(a)}
    ), spend_lines AS (
      SELECT cl.allocation_id, cl.period_start,
        CASE WHEN cl.debit_credit = 'D' THEN cl.amount_cents ELSE -cl.amount_cents END AS cents
      FROM claim_line cl
      JOIN allocation al ON al.id = cl.allocation_id
      JOIN lines l ON l.id = al.budget_line_id
      WHERE cl.accepted
    ), spend AS (
      SELECT allocation_id, sum(cents) AS cents FROM spend_lines GROUP BY allocation_id
    ), alloc_money AS (
      SELECT al.id AS allocation_id, al.budget_line_id, al.provider_id, al.category, al.person_id, al.status,
        CASE WHEN al.status = 'active' THEN greatest(al.expected_cost_cents - coalesce(s.cents, 0), 0) ELSE 0 END
          AS committed,
        coalesce(s.cents, 0) AS spent
      FROM allocation al
      JOIN lines l ON l.id = al.budget_line_id
      LEFT JOIN spend s ON s.allocation_id = al.id
    )`;
}

/** The statement of budgetFigures (exported for the bench's EXPLAIN, bench/sections/steering.mjs). */
export function budgetFiguresQuery(a: LineSelection) {
  return sql<FigureRow>`
    WITH ${budgetMoneyCtes(a)}, per_line AS (
      SELECT budget_line_id, sum(committed) AS committed, sum(spent) AS spent
      FROM alloc_money GROUP BY budget_line_id
    )
    SELECT l.*, coalesce(p.committed, 0)::bigint AS committed, coalesce(p.spent, 0)::bigint AS spent
    FROM lines l LEFT JOIN per_line p ON p.budget_line_id = l.id
    ORDER BY l.municipality_code, l.year, l.line`;
}

/**
 * Budget, committed, spent and remaining per budget line, in one statement.
 * committed = Σ over the line's active allocations of max(expected cost − that allocation's accepted spend, 0);
 * spent = Σ accepted claim lines (debit − credit) of the line's allocations, whatever their status;
 * remaining = budget − committed − spent (negative when over budget). See budgetMoneyCtes.
 */
export async function budgetFigures(trx: Tx, a: LineSelection): Promise<BudgetFigures[]> {
  if (a.municipalityCodes.length === 0) return [];
  const result = await budgetFiguresQuery(a).execute(trx);
  return result.rows.map((r) => {
    const budgetCents = Number(r.amount_cents);
    const committedCents = Number(r.committed);
    const spentCents = Number(r.spent);
    return {
      budgetLineId: r.id,
      municipalityCode: r.municipality_code,
      year: Number(r.year),
      line: r.line,
      scope: r.scope,
      splitNote: r.split_note,
      budgetCents,
      committedCents,
      spentCents,
      remainingCents: budgetCents - committedCents - spentCents,
    };
  });
}

/** The figures of one line; null when the municipality has no budget on that line that year. */
export async function remainingBudget(
  trx: Tx,
  a: { municipalityCode: string; year: number; line: BudgetLineKind },
): Promise<BudgetFigures | null> {
  const [row] = await budgetFigures(trx, { municipalityCodes: [a.municipalityCode], year: a.year, line: a.line });
  return row ?? null;
}

/** The budget_line an allocation is charged to. */
export async function budgetLineId(
  trx: Tx,
  a: { municipalityCode: string; year: number; line: BudgetLineKind },
): Promise<string | null> {
  const row = await trx
    .selectFrom('budget_line')
    .select('id')
    .where('municipality_code', '=', a.municipalityCode)
    .where('year', '=', a.year)
    .where('line', '=', a.line)
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface ContractedProduct {
  contractId: string;
  contractReference: string;
  variant: ContractVariant;
  purchaser: 'municipality' | 'region';
  providerId: string;
  providerName: string;
  providerAgb: string;
  contractProductId: string;
  category: string;
  productCode: string | null;
  name: string;
  unit: string;
  budgetLine: BudgetLineKind;
  tariffCents: number | null;
  tariffValidFrom: string | null;
  tariffValidTo: string | null;
}

function productsQuery(trx: Tx, a: { municipalityCode: string; on: string }) {
  return trx
    .selectFrom('contract as c')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .innerJoin('contract_product as p', 'p.contract_id', 'c.id')
    .leftJoin('product_tariff as t', (j) =>
      j
        .onRef('t.contract_product_id', '=', 'p.id')
        .on('t.valid_from', '<=', a.on)
        .on((eb) => eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>=', a.on)])),
    )
    .select([
      'c.id as contractId',
      'c.reference as contractReference',
      'c.variant',
      sql<'municipality' | 'region'>`CASE WHEN c.municipality_code IS NULL THEN 'region' ELSE 'municipality' END`.as(
        'purchaser',
      ),
      'c.provider_id as providerId',
      'o.name as providerName',
      sql<string>`o.agb_code`.as('providerAgb'),
      'p.id as contractProductId',
      'p.category',
      'p.product_code as productCode',
      'p.name',
      'p.unit',
      'p.budget_line as budgetLine',
      'p.category',
      't.tariff_cents as tariffCents',
      sql<string | null>`to_char(t.valid_from, 'YYYY-MM-DD')`.as('tariffValidFrom'),
      sql<string | null>`to_char(t.valid_to, 'YYYY-MM-DD')`.as('tariffValidTo'),
    ])
    .where('c.starts_on', '<=', a.on)
    .where((eb) => eb.or([eb('c.ends_on', 'is', null), eb('c.ends_on', '>=', a.on)]))
    .where((eb) =>
      eb.or([
        eb('c.municipality_code', '=', a.municipalityCode),
        eb(
          'c.region_code',
          '=',
          eb.selectFrom('municipality').select('region_code').where('code', '=', a.municipalityCode),
        ),
      ]),
    );
}

/** Products of the contracts in force on `on` for the municipality: its own and its region's. */
export async function contractedProducts(
  trx: Tx,
  a: { municipalityCode: string; on: string; providerId?: string },
): Promise<ContractedProduct[]> {
  let q = productsQuery(trx, a);
  if (a.providerId) q = q.where('c.provider_id', '=', a.providerId);
  const rows = await q.orderBy('o.name').orderBy('p.category').orderBy('p.product_code').execute();
  return rows.map((r) => ({ ...r, category: r.category.trim(), unit: r.unit.trim() }));
}

/** The provider's contracted product (productCode null = category only) with the tariff valid on `on`. */
export async function contractedTariff(
  trx: Tx,
  a: { providerId: string; municipalityCode: string; category: string; productCode: string | null; on: string },
): Promise<ContractedProduct | null> {
  const q = productsQuery(trx, a)
    .where('c.provider_id', '=', a.providerId)
    .where('p.category', '=', a.category)
    .where((eb) =>
      a.productCode === null ? eb('p.product_code', 'is', null) : eb('p.product_code', '=', a.productCode),
    )
    // A municipality's own contract goes before the region's.
    .orderBy(sql`c.municipality_code IS NULL`)
    .limit(1);
  const row = await q.executeTakeFirst();
  return row ? { ...row, category: row.category.trim(), unit: row.unit.trim() } : null;
}

export interface ExpectedCost {
  expectedCostCents: number;
  basis: 'budget' | 'tariff';
  contractProductId: string | null;
  budgetLine: BudgetLineKind | null;
  tariffCents: number | null;
}

/**
 * What an allocation is expected to cost: its budget when it has one, else volume × units over the period ×
 * the contracted tariff, priced per tariff period (see cost.ts). 422 when there is neither.
 */
export async function expectedCost(
  trx: Tx,
  a: {
    providerId: string;
    municipalityCode: string;
    category: string | null;
    productCode: string | null;
    volume: number | null;
    frequency: string | null;
    budgetCents: number | null;
    startsOn: string;
    endsOn: string;
  },
): Promise<ExpectedCost> {
  const product =
    a.category === null
      ? null
      : await contractedTariff(trx, {
          providerId: a.providerId,
          municipalityCode: a.municipalityCode,
          category: a.category,
          productCode: a.productCode,
          on: a.startsOn,
        });
  const known = {
    contractProductId: product?.contractProductId ?? null,
    budgetLine: product?.budgetLine ?? null,
    tariffCents: product?.tariffCents ?? null,
  };
  if (a.budgetCents !== null) return { expectedCostCents: a.budgetCents, basis: 'budget', ...known };
  if (!product || a.volume === null || a.frequency === null)
    throw new BusinessRuleError('contract_product_not_contracted');
  const tariffs: TariffPeriod[] = (
    await trx
      .selectFrom('product_tariff')
      .select([
        sql<string>`to_char(valid_from, 'YYYY-MM-DD')`.as('validFrom'),
        sql<string | null>`to_char(valid_to, 'YYYY-MM-DD')`.as('validTo'),
        'tariff_cents as tariffCents',
      ])
      .where('contract_product_id', '=', product.contractProductId)
      .orderBy('valid_from')
      .execute()
  ).map((t) => ({ ...t }));
  if (tariffs.length === 0) throw new BusinessRuleError('contract_product_not_contracted');
  const expectedCostCents = expectedCostOf(tariffs, {
    volume: a.volume,
    frequency: a.frequency,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
  });
  return { expectedCostCents, basis: 'tariff', ...known };
}
