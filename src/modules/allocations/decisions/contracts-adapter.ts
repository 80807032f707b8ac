// What the decisions need from contracts/: which contracted product covers an allocation, at which
// tariff, charged to which budget line, and what is left on that line. Read from the tables directly
// here, in this one small adapter, so it can be swapped for the contracts part's own functions.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import type { BudgetLineKind as BudgetLine } from '../../../platform/db/schema.js';

export interface CoveredProduct {
  contractProductId: string;
  category: string;
  productCode: string | null;
  unit: string;
  budgetLine: BudgetLine;
  /** Tariff in cents per unit valid on the allocation's start; null when none is set. */
  tariffCents: number | null;
}

/** Contracts of the provider that cover the municipality (directly or through its region) for the whole period. */
function coveringContracts(trx: Tx, providerId: string, municipalityCode: string, startsOn: string, endsOn: string) {
  return trx
    .selectFrom('contract as c')
    .select('c.id')
    .where('c.provider_id', '=', providerId)
    .where((eb) =>
      eb.or([
        eb('c.municipality_code', '=', municipalityCode),
        eb(
          'c.region_code',
          '=',
          eb.selectFrom('municipality').select('region_code').where('code', '=', municipalityCode),
        ),
      ]),
    )
    .where('c.starts_on', '<=', startsOn)
    .where((eb) => eb.or([eb('c.ends_on', 'is', null), eb('c.ends_on', '>=', endsOn)]));
}

/** The contracted product for a specific (category + code) or aspecific (category) allocation, or undefined. */
export async function findCoveredProduct(
  trx: Tx,
  q: {
    providerId: string;
    municipalityCode: string;
    category: string;
    productCode: string | null;
    startsOn: string;
    endsOn: string;
  },
): Promise<CoveredProduct | undefined> {
  let query = trx
    .selectFrom('contract_product as p')
    .select((eb) => [
      'p.id',
      'p.category',
      'p.product_code',
      'p.unit',
      'p.budget_line',
      eb
        .selectFrom('product_tariff as t')
        .select('t.tariff_cents')
        .whereRef('t.contract_product_id', '=', 'p.id')
        .where('t.valid_from', '<=', q.startsOn)
        .where((w) => w.or([w('t.valid_to', 'is', null), w('t.valid_to', '>=', q.startsOn)]))
        .orderBy('t.valid_from', 'desc')
        .limit(1)
        .as('tariff_cents'),
    ])
    .where('p.contract_id', 'in', coveringContracts(trx, q.providerId, q.municipalityCode, q.startsOn, q.endsOn))
    .where('p.category', '=', q.category);
  // Aspecific: the category's own (code-less) product first, else any product of the category.
  query = q.productCode
    ? query.where('p.product_code', '=', q.productCode)
    : query.orderBy(sql`p.product_code IS NULL`, 'desc').orderBy('p.product_code');
  const row = await query.limit(1).executeTakeFirst();
  if (!row) return undefined;
  return {
    contractProductId: row.id,
    category: row.category,
    productCode: row.product_code,
    unit: row.unit,
    budgetLine: row.budget_line,
    tariffCents: row.tariff_cents ?? null,
  };
}

/** Whether the provider has any contract with the municipality for the period (generic allocations). */
export async function hasCoveringContract(
  trx: Tx,
  q: { providerId: string; municipalityCode: string; startsOn: string; endsOn: string },
): Promise<boolean> {
  const row = await coveringContracts(trx, q.providerId, q.municipalityCode, q.startsOn, q.endsOn)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface BudgetStanding {
  budgetLineId: string;
  amountCents: number;
  /** Amount minus what is committed or spent: the expected cost of every allocation not withdrawn. */
  remainingCents: number;
}

/** The municipality's budget line for a year, locked for the decision's transaction, with what remains. */
export async function budgetStanding(
  trx: Tx,
  q: { municipalityCode: string; year: number; line: BudgetLine },
): Promise<BudgetStanding | undefined> {
  const line = await trx
    .selectFrom('budget_line')
    .select(['id', 'amount_cents'])
    .where('municipality_code', '=', q.municipalityCode)
    .where('year', '=', q.year)
    .where('line', '=', q.line)
    .forUpdate()
    .executeTakeFirst();
  if (!line) return undefined;
  const used = await trx
    .selectFrom('allocation')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('expected_cost_cents'), sql<string>`0`).as('cents'))
    .where('budget_line_id', '=', line.id)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirstOrThrow();
  const amount = Number(line.amount_cents);
  return { budgetLineId: line.id, amountCents: amount, remainingCents: amount - Number(used.cents) };
}

/** Contracted products of a municipality valid on a day, for the decision form's choices. */
export async function contractedProducts(trx: Tx, municipalityCode: string, on: string) {
  const rows = await trx
    .selectFrom('contract_product as p')
    .innerJoin('contract as c', 'c.id', 'p.contract_id')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .select((eb) => [
      'c.provider_id',
      'o.name as provider_name',
      'p.category',
      'p.product_code',
      'p.name',
      'p.unit',
      'p.budget_line',
      eb
        .selectFrom('product_tariff as t')
        .select('t.tariff_cents')
        .whereRef('t.contract_product_id', '=', 'p.id')
        .where('t.valid_from', '<=', on)
        .where((w) => w.or([w('t.valid_to', 'is', null), w('t.valid_to', '>=', on)]))
        .orderBy('t.valid_from', 'desc')
        .limit(1)
        .as('tariff_cents'),
    ])
    .where((eb) =>
      eb.or([
        eb('c.municipality_code', '=', municipalityCode),
        eb(
          'c.region_code',
          '=',
          eb.selectFrom('municipality').select('region_code').where('code', '=', municipalityCode),
        ),
      ]),
    )
    .where('c.starts_on', '<=', on)
    .where((eb) => eb.or([eb('c.ends_on', 'is', null), eb('c.ends_on', '>=', on)]))
    .orderBy('o.name')
    .orderBy('p.category')
    .orderBy('p.product_code')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    providerId: r.provider_id,
    providerName: r.provider_name,
    category: r.category,
    productCode: r.product_code,
    name: r.name,
    unit: r.unit,
    tariffCents: r.tariff_cents ?? null,
    budgetLine: r.budget_line,
  }));
}
