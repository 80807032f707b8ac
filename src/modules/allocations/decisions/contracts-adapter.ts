// What the decisions need from contracts/: which contracted product covers an allocation, at which
// tariff, charged to which budget line, its expected cost and what is left on that line. Everything is
// computed by the contracts part (contracts/budget.ts), so the budget check, the contract manager's
// figures and the claim checks (TR369) share one computation; this adapter only adds what a decision
// needs on top: the contract must cover the whole period, and the budget line is locked while deciding.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import type { BudgetLineKind as BudgetLine } from '../../../platform/db/schema.js';
import {
  contractedProducts as contractsInForce,
  expectedCost,
  remainingBudget,
  type ContractedProduct as InForce,
} from '../contracts/budget.js';

export interface CoveredProduct {
  contractProductId: string;
  category: string;
  productCode: string | null;
  unit: string;
  budgetLine: BudgetLine;
  /** Tariff in cents per unit valid on the allocation's start; null when none is set. */
  tariffCents: number | null;
}

interface Period {
  providerId: string;
  municipalityCode: string;
  startsOn: string;
  endsOn: string;
}

/** Of the contracts in force on the start, those that still run on the end (the whole period is covered). */
async function coveringWholePeriod(trx: Tx, q: Period, candidates: InForce[]): Promise<InForce[]> {
  if (candidates.length === 0) return [];
  const contractIds = [...new Set(candidates.map((c) => c.contractId))];
  const running = await trx
    .selectFrom('contract')
    .select('id')
    .where('id', 'in', contractIds)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', q.endsOn)]))
    .execute();
  const ids = new Set(running.map((r) => r.id));
  return candidates.filter((c) => ids.has(c.contractId));
}

/**
 * The contracted product for a specific (category + code) or aspecific (category) allocation, or undefined.
 * Aspecific: the category's own code-less product first, else the first product of the category; a
 * municipality's own contract before the region's (as contracts/budget.ts contractedTariff orders them).
 */
export async function findCoveredProduct(
  trx: Tx,
  q: Period & { category: string; productCode: string | null },
): Promise<CoveredProduct | undefined> {
  const inForce = (
    await contractsInForce(trx, { municipalityCode: q.municipalityCode, on: q.startsOn, providerId: q.providerId })
  ).filter((p) => p.category === q.category && (q.productCode === null || p.productCode === q.productCode));
  const covering = await coveringWholePeriod(trx, q, inForce);
  const rank = (p: InForce) => (p.purchaser === 'municipality' ? 0 : 2) + (p.productCode === null ? 0 : 1);
  const product = [...covering].sort((a, b) => rank(a) - rank(b))[0];
  if (!product) return undefined;
  return {
    contractProductId: product.contractProductId,
    category: product.category,
    productCode: product.productCode,
    unit: product.unit,
    budgetLine: product.budgetLine,
    tariffCents: product.tariffCents,
  };
}

/** Whether the provider has any contract with the municipality for the whole period (generic allocations). */
export async function hasCoveringContract(trx: Tx, q: Period): Promise<boolean> {
  const inForce = await contractsInForce(trx, {
    municipalityCode: q.municipalityCode,
    on: q.startsOn,
    providerId: q.providerId,
  });
  return (await coveringWholePeriod(trx, q, inForce)).length > 0;
}

/** The expected cost of a specific or aspecific allocation, priced by contracts/budget.ts expectedCost. */
export async function expectedCostOfProduct(
  trx: Tx,
  q: Period & {
    product: CoveredProduct;
    volume: number | undefined;
    frequency: string | undefined;
    budgetCents: number | undefined;
  },
): Promise<number> {
  const cost = await expectedCost(trx, {
    providerId: q.providerId,
    municipalityCode: q.municipalityCode,
    category: q.product.category,
    productCode: q.product.productCode,
    volume: q.volume ?? null,
    frequency: q.frequency ?? null,
    budgetCents: q.budgetCents ?? null,
    startsOn: q.startsOn,
    endsOn: q.endsOn,
  });
  return cost.expectedCostCents;
}

export interface BudgetStanding {
  budgetLineId: string;
  amountCents: number;
  /** Budget − committed − spent, as the contract manager sees it (contracts/budget.ts budgetFigures). */
  remainingCents: number;
}

/** The municipality's budget line for a year, locked for the decision's transaction, with what remains. */
export async function budgetStanding(
  trx: Tx,
  q: { municipalityCode: string; year: number; line: BudgetLine },
): Promise<BudgetStanding | undefined> {
  // Two decisions on the same line wait for each other, so neither spends what the other already took.
  const locked = await trx
    .selectFrom('budget_line')
    .select('id')
    .where('municipality_code', '=', q.municipalityCode)
    .where('year', '=', q.year)
    .where('line', '=', q.line)
    .forUpdate()
    .executeTakeFirst();
  if (!locked) return undefined;
  const figures = await remainingBudget(trx, q);
  if (!figures) return undefined;
  return {
    budgetLineId: figures.budgetLineId,
    amountCents: figures.budgetCents,
    remainingCents: figures.remainingCents,
  };
}

/**
 * Contracted products of a municipality valid on a day, for the decision form's choices: with the end of
 * the contract (the form offers a provider only for a period its contract covers) and the level of help
 * that follows from the category.
 */
export async function contractedProducts(trx: Tx, municipalityCode: string, on: string) {
  const rows = (await contractsInForce(trx, { municipalityCode, on })).slice(0, 500);
  const contractIds = [...new Set(rows.map((r) => r.contractId))];
  const ends =
    contractIds.length === 0
      ? []
      : await trx
          .selectFrom('contract')
          .select(['id', sql<string | null>`ends_on::text`.as('ends_on')])
          .where('id', 'in', contractIds)
          .execute();
  const levels = await trx.selectFrom('product_category_level').select(['category', 'level_of_help']).execute();
  const endOf = new Map(ends.map((e) => [e.id, e.ends_on]));
  const levelOf = new Map(levels.map((l) => [l.category.trim(), l.level_of_help]));
  return rows.map((r) => ({
    providerId: r.providerId,
    providerName: r.providerName,
    category: r.category,
    productCode: r.productCode,
    name: r.name,
    unit: r.unit,
    tariffCents: r.tariffCents,
    budgetLine: r.budgetLine,
    levelOfHelp: levelOf.get(r.category) ?? null,
    contractEndsOn: endOf.get(r.contractId) ?? null,
  }));
}

/**
 * The name the contracts give a request's product code, as a column of a select over `allocation_request
 * as r` (one statement for a whole page of the queue): of the products with that code (and the request's
 * category) in the contracts of the municipality and its region in force on the requested start (else on
 * `on`), the requesting provider's first, then as contractedProducts orders them; null when none has it.
 * Product codes are regional: no national list names them.
 */
export function requestedProductName(on: string) {
  return sql<string | null>`(
    SELECT p.name FROM contract c
    JOIN contract_product p ON p.contract_id = c.id
    JOIN organisation o ON o.id = c.provider_id
    WHERE p.product_code = r.product_code
      AND (r.category IS NULL OR trim(p.category) = trim(r.category))
      AND c.starts_on <= coalesce(r.requested_start, ${on}::date)
      AND (c.ends_on IS NULL OR c.ends_on >= coalesce(r.requested_start, ${on}::date))
      AND (c.municipality_code = r.municipality_code
        OR c.region_code = (SELECT m.region_code FROM municipality m WHERE m.code = r.municipality_code))
    ORDER BY CASE WHEN c.provider_id = r.provider_id THEN 0 ELSE 1 END, o.name, p.category
    LIMIT 1)`;
}
