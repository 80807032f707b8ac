// Products, tariffs and outcome criteria of a contract (contract manager). One transaction per call,
// authorize() first (the contract's region, policy.ts).
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import type { ContractVariant } from '../../../platform/db/schema.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError, NotFoundError } from '../../../platform/errors.js';
import { codesOf } from './code-lists.js';
import { contractDetail } from './queries.js';
import type { CriterionBody, ProductBody, TariffBody } from './schemas.js';

const PURPOSE = 'contract management';

async function detailOrThrow(trx: Tx, id: string) {
  const detail = await contractDetail(trx, id);
  if (!detail) throw new NotFoundError('contract_not_found');
  return detail;
}

/** Units that fit a variant (Toewijzingsvarianten): effort = time or pieces (effort), output = pieces (output) or euros. */
export const UNITS_BY_VARIANT: Record<ContractVariant, readonly string[]> = {
  effort: ['01', '04', '14', '16', '84'],
  output: ['82', '83'],
  task: ['01', '04', '14', '16', '82', '83', '84'],
};

async function contractRow(trx: Tx, contractId: string) {
  const row = await trx
    .selectFrom('contract')
    .select(['id', 'variant', 'starts_on', 'ends_on'])
    .where('id', '=', contractId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('contract_not_found');
  return row;
}

async function inCodeList(trx: Tx, list: 'JZ020' | 'WJ756', code: string, path: string) {
  const codes = await codesOf(trx, list);
  if (!codes.some((c) => c.code === code))
    throw new BusinessRuleError('contract_code_unknown', {
      errors: [{ path, message: `not in ${list}`, kind: 'not_in_list' }],
    });
}

async function checkProduct(trx: Tx, contractId: string, body: ProductBody, except: string | null) {
  const contract = await contractRow(trx, contractId);
  await inCodeList(trx, 'JZ020', body.category, 'category');
  await inCodeList(trx, 'WJ756', body.unit, 'unit');
  if (!UNITS_BY_VARIANT[contract.variant].includes(body.unit))
    throw new BusinessRuleError('contract_unit_variant', {
      errors: [{ path: 'unit', message: 'not for this variant', kind: 'unit_variant' }],
    });
  const duplicate = await trx
    .selectFrom('contract_product')
    .select('id')
    .where('contract_id', '=', contractId)
    .where('category', '=', body.category)
    .where(sql`coalesce(product_code, '')`, '=', body.productCode ?? '')
    .$if(except !== null, (q) => q.where('id', '<>', except as string))
    .executeTakeFirst();
  if (duplicate)
    throw new ConflictError('contract_product_duplicate', {
      errors: [{ path: 'productCode', message: 'exists', kind: 'duplicate' }],
    });
}

function productColumns(body: ProductBody) {
  return {
    category: body.category,
    product_code: body.productCode,
    name: body.name,
    unit: body.unit,
    budget_line: body.budgetLine,
  };
}

export function addProduct(ctx: RequestContext, contractId: string, body: ProductBody) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: contractId, action: 'update', purpose: PURPOSE });
    await checkProduct(trx, contractId, body, null);
    await trx
      .insertInto('contract_product')
      .values({ contract_id: contractId, ...productColumns(body) })
      .execute();
    return detailOrThrow(trx, contractId);
  });
}

/**
 * Edits a product. Once allocated, what the provider was sent (category, product code, unit) stays as it is:
 * only the name and the budget line of new allocations change.
 */
export function updateProduct(ctx: RequestContext, contractId: string, productId: string, body: ProductBody) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: contractId, action: 'update', purpose: PURPOSE });
    const product = await trx
      .selectFrom('contract_product as p')
      .select([
        'p.category',
        'p.product_code',
        'p.unit',
        sql<boolean>`EXISTS (SELECT 1 FROM allocation a WHERE a.contract_product_id = p.id)`.as('allocated'),
      ])
      .where('p.id', '=', productId)
      .where('p.contract_id', '=', contractId)
      .forUpdate()
      .executeTakeFirst();
    if (!product) throw new NotFoundError('contract_product_not_found');
    await checkProduct(trx, contractId, body, productId);
    const changed =
      product.category.trim() !== body.category ||
      (product.product_code ?? null) !== body.productCode ||
      product.unit.trim() !== body.unit;
    if (product.allocated && changed)
      throw new ConflictError('contract_product_in_use', {
        errors: [{ path: 'category', message: 'allocated', kind: 'in_use' }],
      });
    await trx.updateTable('contract_product').set(productColumns(body)).where('id', '=', productId).execute();
    return detailOrThrow(trx, contractId);
  });
}

/** A new tariff for a product; its validity may not overlap another tariff of that product. */
export function addTariff(ctx: RequestContext, contractId: string, productId: string, body: TariffBody) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: contractId, action: 'update', purpose: PURPOSE });
    await contractRow(trx, contractId);
    const product = await trx
      .selectFrom('contract_product')
      .select('id')
      .where('id', '=', productId)
      .where('contract_id', '=', contractId)
      .forUpdate()
      .executeTakeFirst();
    if (!product) throw new NotFoundError('contract_product_not_found');
    const overlap = await trx
      .selectFrom('product_tariff')
      .select(['valid_from', 'valid_to'])
      .where('contract_product_id', '=', productId)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', body.validFrom)]))
      .$if(body.validTo !== null, (q) => q.where('valid_from', '<=', body.validTo as string))
      .executeTakeFirst();
    if (overlap)
      throw new ConflictError('contract_tariff_overlap', {
        detail: `The tariff from ${overlap.valid_from} overlaps this period.`,
        errors: [{ path: 'validFrom', message: 'overlaps another tariff', kind: 'overlap' }],
      });
    await trx
      .insertInto('product_tariff')
      .values({
        contract_product_id: productId,
        valid_from: body.validFrom,
        valid_to: body.validTo,
        tariff_cents: body.tariffCents,
      })
      .execute();
    return detailOrThrow(trx, contractId);
  });
}

export function addCriterion(ctx: RequestContext, contractId: string, body: CriterionBody) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: contractId, action: 'update', purpose: PURPOSE });
    await contractRow(trx, contractId);
    await trx
      .insertInto('outcome_criterion')
      .values({
        contract_id: contractId,
        indicator: body.indicator,
        target: String(body.target),
        comparison: body.comparison,
        description: body.description,
      })
      .execute();
    return detailOrThrow(trx, contractId);
  });
}

/** Edits an outcome criterion agreed with the provider (a renegotiated target, a clearer description). */
export function updateCriterion(ctx: RequestContext, contractId: string, criterionId: string, body: CriterionBody) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: contractId, action: 'update', purpose: PURPOSE });
    const updated = await trx
      .updateTable('outcome_criterion')
      .set({
        indicator: body.indicator,
        target: String(body.target),
        comparison: body.comparison,
        description: body.description,
      })
      .where('id', '=', criterionId)
      .where('contract_id', '=', contractId)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new NotFoundError('contract_criterion_not_found');
    return detailOrThrow(trx, contractId);
  });
}
