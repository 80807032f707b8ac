// Resolving one allocated product of a decision against the contracts, the budget, the stacking rule
// and an arrangement's capacity. Every refusal names the field (`products.<i>.<field>`) and the rule.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError } from '../../../platform/errors.js';
import type { BudgetLineKind, LevelOfHelp } from '../../../platform/db/schema.js';
import {
  budgetStanding,
  expectedCostOfProduct,
  findCoveredProduct,
  hasCoveringContract,
  type BudgetStanding,
} from './contracts-adapter.js';
import type { AllocatedProduct } from './schemas.js';

export interface Resolved {
  input: AllocatedProduct;
  contractProductId: string | null;
  category: string | null;
  productCode: string | null;
  budgetLine: BudgetLineKind;
  year: number;
  expectedCostCents: number;
  levelOfHelp: LevelOfHelp | null;
}

const at = (i: number, field: string) => `products.${i}.${field}`;

export async function resolveProduct(
  trx: Tx,
  municipalityCode: string,
  p: AllocatedProduct,
  i: number,
): Promise<Resolved> {
  const period = { providerId: p.providerId, municipalityCode, startsOn: p.startsOn, endsOn: p.endsOn };
  if (p.kind === 'generic') {
    if (!(await hasCoveringContract(trx, period)))
      throw new BusinessRuleError('no_contract_for_product', {
        detail: 'The provider has no contract with this municipality covering the whole period.',
        errors: [{ path: at(i, 'providerId'), message: 'no contract covering this municipality and period' }],
      });
    return {
      input: p,
      contractProductId: null,
      category: null,
      productCode: null,
      budgetLine: p.budgetLine ?? 'local_ambulant',
      year: Number(p.startsOn.slice(0, 4)),
      expectedCostCents: p.budgetCents ?? 0,
      levelOfHelp: null,
    };
  }
  const category = p.category ?? '';
  const product = await findCoveredProduct(trx, { ...period, category, productCode: p.productCode ?? null });
  if (!product)
    throw new BusinessRuleError('no_contract_for_product', {
      detail: `The provider has no contract covering category ${category}${p.productCode ? ` product ${p.productCode}` : ''} in this municipality for the whole period.`,
      errors: [{ path: at(i, 'providerId'), message: 'no contract covering this product, municipality and period' }],
    });
  if (p.unit && p.unit !== product.unit)
    throw new BusinessRuleError('unit_not_contracted', {
      detail: `The product is contracted in unit ${product.unit}.`,
      errors: [{ path: at(i, 'unit'), message: `contracted unit is ${product.unit}` }],
    });
  if (p.budgetCents === undefined && product.tariffCents === null)
    throw new BusinessRuleError('no_contracted_tariff', {
      errors: [{ path: at(i, 'startsOn'), message: 'no tariff valid on the start date; give a budget' }],
    });
  // One computation of expected cost (contracts/budget.ts): the budget when given, else volume × units × tariff.
  const cost = await expectedCostOfProduct(trx, {
    ...period,
    product,
    volume: p.volume,
    frequency: p.frequency,
    budgetCents: p.budgetCents,
  });
  const level = await trx
    .selectFrom('product_category_level')
    .select('level_of_help')
    .where('category', '=', product.category)
    .executeTakeFirst();
  return {
    input: p,
    contractProductId: product.contractProductId,
    category: product.category,
    productCode: p.kind === 'specific' ? product.productCode : null,
    budgetLine: product.budgetLine,
    year: Number(p.startsOn.slice(0, 4)),
    expectedCostCents: cost,
    levelOfHelp: level?.level_of_help ?? null,
  };
}

export interface LineCheck {
  budgetLine: BudgetLineKind;
  year: number;
  standing: BudgetStanding;
  expectedCents: number;
}

/** Groups the products by budget line and year and compares each total with what remains on the line. */
export async function checkBudgets(trx: Tx, municipalityCode: string, products: Resolved[]): Promise<LineCheck[]> {
  const lines = new Map<string, LineCheck>();
  for (const [i, r] of products.entries()) {
    const key = `${r.budgetLine}|${r.year}`;
    let line = lines.get(key);
    if (!line) {
      const standing = await budgetStanding(trx, { municipalityCode, year: r.year, line: r.budgetLine });
      if (!standing)
        throw new BusinessRuleError('budget_line_missing', {
          detail: `The municipality has no budget line ${r.budgetLine} for ${r.year}; the contract manager sets it.`,
          errors: [{ path: at(i, 'startsOn'), message: `no budget line ${r.budgetLine} for ${r.year}` }],
        });
      line = { budgetLine: r.budgetLine, year: r.year, standing, expectedCents: 0 };
      lines.set(key, line);
    }
    line.expectedCents += r.expectedCostCents;
  }
  return [...lines.values()];
}

function overlaps(a: AllocatedProduct, b: AllocatedProduct): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/**
 * TR302 / OP259 (stacking, *stapeling*): no two allocations of the same product to the same provider for
 * the same youth may overlap in time — neither with an active allocation nor within this decision.
 * An allocation being corrected in this decision is withdrawn first and does not count.
 */
export async function refuseStacking(trx: Tx, personId: string, products: Resolved[]): Promise<void> {
  for (const [i, r] of products.entries()) {
    const p = r.input;
    const sameProduct = products.findIndex(
      (o, j) =>
        j < i &&
        o.input.providerId === p.providerId &&
        o.category === r.category &&
        o.productCode === r.productCode &&
        overlaps(o.input, p),
    );
    const existing =
      sameProduct >= 0
        ? { allocation_number: null }
        : await trx
            .selectFrom('allocation')
            .select('allocation_number')
            .where('person_id', '=', personId)
            .where('provider_id', '=', p.providerId)
            .where('status', '=', 'active')
            .where(sql<boolean>`category IS NOT DISTINCT FROM ${r.category}`)
            .where(sql<boolean>`product_code IS NOT DISTINCT FROM ${r.productCode}`)
            .where('starts_on', '<=', p.endsOn)
            .where('ends_on', '>=', p.startsOn)
            .$if(p.correctsAllocationId !== undefined, (q) => q.where('id', '<>', p.correctsAllocationId ?? ''))
            .limit(1)
            .executeTakeFirst();
    if (existing)
      throw new ConflictError('allocation_stacking', {
        detail: `TR302/OP259: this product is already allocated to this provider for this youth in an overlapping period${existing.allocation_number ? ` (allocation ${existing.allocation_number})` : ''}. Correct or end that allocation instead.`,
        errors: [
          { path: at(i, 'startsOn'), message: 'TR302/OP259: overlaps an allocation of the same product and provider' },
        ],
      });
  }
}

/** A placement in a tailored arrangement: the provider takes part in it and a place is free for the period. */
export async function refuseFullArrangement(trx: Tx, municipalityCode: string, products: Resolved[]): Promise<void> {
  for (const [i, r] of products.entries()) {
    const p = r.input;
    if (!p.arrangementId) continue;
    const arrangement = await trx
      .selectFrom('care_arrangement as a')
      .innerJoin('care_arrangement_provider as ap', 'ap.arrangement_id', 'a.id')
      .select(['a.capacity', 'a.name'])
      .where('a.id', '=', p.arrangementId)
      .where('a.municipality_code', '=', municipalityCode)
      .where('ap.provider_id', '=', p.providerId)
      .forUpdate()
      .executeTakeFirst();
    if (!arrangement)
      throw new BusinessRuleError('arrangement_not_found', {
        errors: [
          { path: at(i, 'arrangementId'), message: 'no such arrangement with this provider in this municipality' },
        ],
      });
    const placed = await trx
      .selectFrom('allocation')
      .select((eb) => eb.fn.count<string>('person_id').distinct().as('n'))
      .where('arrangement_id', '=', p.arrangementId)
      .where('status', '=', 'active')
      .where('starts_on', '<=', p.endsOn)
      .where('ends_on', '>=', p.startsOn)
      .$if(p.correctsAllocationId !== undefined, (q) => q.where('id', '<>', p.correctsAllocationId ?? ''))
      .executeTakeFirstOrThrow();
    const inThis = products.filter((o, j) => j < i && o.input.arrangementId === p.arrangementId).length;
    if (Number(placed.n) + inThis >= arrangement.capacity)
      throw new ConflictError('arrangement_full', {
        detail: `${arrangement.name} has ${arrangement.capacity} places and they are all taken in this period.`,
        errors: [
          {
            path: at(i, 'arrangementId'),
            message: `all ${arrangement.capacity} places of ${arrangement.name} are taken`,
            kind: 'arrangement_full',
            limit: arrangement.capacity,
          },
        ],
      });
  }
}
