// Providers, contracts, products, tariffs and outcome criteria (contract manager). One transaction per call,
// authorize() first; a contract manager works within its region (policy.ts: managerScope).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { authorize, requireActor } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import type { ContractVariant } from '../../../platform/db/schema.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError, NotFoundError } from '../../../platform/errors.js';
import { codesOf } from './code-lists.js';
import { contractDetail, contractList, providerList } from './queries.js';
import { managerScope } from './policy.js';
import type { ContractBody, ContractQuery, CriterionBody, ProductBody, ProviderBody, TariffBody } from './schemas.js';

const PURPOSE = 'contract management';

async function oneProvider(trx: Tx, id: string) {
  const [row] = await providerList(trx, id);
  if (!row) throw new NotFoundError('contract_provider_not_found');
  return row;
}

async function detailOrThrow(trx: Tx, id: string) {
  const detail = await contractDetail(trx, id);
  if (!detail) throw new NotFoundError('contract_not_found');
  return detail;
}

/** Units that fit a variant (Toewijzingsvarianten): effort = time or pieces (effort), output = pieces (output) or euros. */
const UNITS_BY_VARIANT: Record<ContractVariant, readonly string[]> = {
  effort: ['01', '04', '14', '16', '84'],
  output: ['82', '83'],
  task: ['01', '04', '14', '16', '82', '83', '84'],
};

export function listProviders(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract_provider', id: null, action: 'search', purpose: PURPOSE });
    return { items: await providerList(trx) };
  });
}

async function agbFree(trx: Tx, agb: string, except: string | null) {
  const taken = await trx
    .selectFrom('organisation')
    .select('id')
    .where('agb_code', '=', agb)
    .$if(except !== null, (q) => q.where('id', '<>', except as string))
    .executeTakeFirst();
  if (taken)
    throw new ConflictError('contract_provider_agb_taken', { errors: [{ path: 'agbCode', message: 'taken' }] });
}

async function nameFree(trx: Tx, name: string, except: string | null) {
  const taken = await trx
    .selectFrom('organisation')
    .select('id')
    .where(sql`lower(name)`, '=', name.toLowerCase())
    .$if(except !== null, (q) => q.where('id', '<>', except as string))
    .executeTakeFirst();
  if (taken) throw new ConflictError('contract_provider_name_taken', { errors: [{ path: 'name', message: 'taken' }] });
}

export function createProvider(ctx: RequestContext, body: ProviderBody) {
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    await authorize(trx, ctx, { subject: 'contract_provider', id, action: 'create', purpose: PURPOSE });
    await agbFree(trx, body.agbCode, null);
    await nameFree(trx, body.name, null);
    await trx
      .insertInto('organisation')
      .values({
        id,
        name: body.name,
        type: 'care_provider',
        agb_code: body.agbCode,
        municipality_code: body.municipalityCode,
      })
      .execute();
    return oneProvider(trx, id);
  });
}

export function updateProvider(ctx: RequestContext, providerId: string, body: ProviderBody) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract_provider', id: providerId, action: 'update', purpose: PURPOSE });
    const found = await trx
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', providerId)
      .where('type', '=', 'care_provider')
      .executeTakeFirst();
    if (!found) throw new NotFoundError('contract_provider_not_found');
    await agbFree(trx, body.agbCode, providerId);
    await nameFree(trx, body.name, providerId);
    await trx
      .updateTable('organisation')
      .set({ name: body.name, agb_code: body.agbCode, municipality_code: body.municipalityCode })
      .where('id', '=', providerId)
      .execute();
    return oneProvider(trx, providerId);
  });
}

export function listContracts(ctx: RequestContext, query: ContractQuery) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: null, action: 'search', purpose: PURPOSE });
    const scope = await managerScope(trx, requireActor(ctx));
    return contractList(trx, scope, query);
  });
}

export function getContract(ctx: RequestContext, contractId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: contractId, action: 'read', purpose: PURPOSE });
    const detail = await contractDetail(trx, contractId);
    if (!detail) throw new NotFoundError('contract_not_found');
    return detail;
  });
}

export function createContract(ctx: RequestContext, body: ContractBody) {
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const grant = await authorize(trx, ctx, { subject: 'contract', id, action: 'create', purpose: PURPOSE });
    const scope = await managerScope(trx, grant.actor);
    if (body.purchaser === 'municipality') {
      if (body.municipalityCode === null || !scope.municipalityCodes.includes(body.municipalityCode))
        throw new BusinessRuleError('contract_municipality_out_of_region', {
          errors: [{ path: 'municipalityCode', message: 'not in your region' }],
        });
    } else if (body.municipalityCode !== null || scope.regionCode === null) {
      throw new BusinessRuleError('contract_purchaser_shape', {
        errors: [{ path: 'municipalityCode', message: 'a regional contract names no municipality' }],
      });
    }
    if (body.endsOn !== null && body.endsOn < body.startsOn)
      throw new BusinessRuleError('contract_period_invalid', { errors: [{ path: 'endsOn', message: 'before start' }] });
    const provider = await trx
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', body.providerId)
      .where('type', '=', 'care_provider')
      .executeTakeFirst();
    if (!provider)
      throw new BusinessRuleError('contract_provider_not_found', {
        errors: [{ path: 'providerId', message: 'unknown' }],
      });
    const taken = await trx
      .selectFrom('contract')
      .select('id')
      .where('reference', '=', body.reference)
      .executeTakeFirst();
    if (taken)
      throw new ConflictError('contract_reference_taken', { errors: [{ path: 'reference', message: 'taken' }] });
    await trx
      .insertInto('contract')
      .values({
        id,
        reference: body.reference,
        provider_id: body.providerId,
        municipality_code: body.purchaser === 'municipality' ? body.municipalityCode : null,
        region_code: body.purchaser === 'region' ? scope.regionCode : null,
        variant: body.variant,
        starts_on: body.startsOn,
        ends_on: body.endsOn,
        note: body.note,
        created_by: grant.actor.userId,
      })
      .execute();
    return detailOrThrow(trx, id);
  });
}

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
    throw new BusinessRuleError('contract_code_unknown', { errors: [{ path, message: `not in ${list}` }] });
}

export function addProduct(ctx: RequestContext, contractId: string, body: ProductBody) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract', id: contractId, action: 'update', purpose: PURPOSE });
    const contract = await contractRow(trx, contractId);
    await inCodeList(trx, 'JZ020', body.category, 'category');
    await inCodeList(trx, 'WJ756', body.unit, 'unit');
    if (!UNITS_BY_VARIANT[contract.variant].includes(body.unit))
      throw new BusinessRuleError('contract_unit_variant', {
        errors: [{ path: 'unit', message: 'not for this variant' }],
      });
    const duplicate = await trx
      .selectFrom('contract_product')
      .select('id')
      .where('contract_id', '=', contractId)
      .where('category', '=', body.category)
      .where(sql`coalesce(product_code, '')`, '=', body.productCode ?? '')
      .executeTakeFirst();
    if (duplicate)
      throw new ConflictError('contract_product_duplicate', { errors: [{ path: 'productCode', message: 'exists' }] });
    await trx
      .insertInto('contract_product')
      .values({
        contract_id: contractId,
        category: body.category,
        product_code: body.productCode,
        name: body.name,
        unit: body.unit,
        budget_line: body.budgetLine,
      })
      .execute();
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
        errors: [{ path: 'validFrom', message: 'overlaps another tariff' }],
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

/** The code lists and municipalities the contract forms choose from. */
export function contractCodeLists(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, { subject: 'contract', id: null, action: 'read', purpose: PURPOSE });
    const scope = await managerScope(trx, grant.actor);
    const municipalities =
      scope.municipalityCodes.length === 0
        ? []
        : await trx
            .selectFrom('municipality')
            .select(['code', 'name'])
            .where('code', 'in', scope.municipalityCodes)
            .orderBy('name')
            .execute();
    return {
      categories: (await codesOf(trx, 'JZ020')).filter((c) => c.code >= '40'),
      units: await codesOf(trx, 'WJ756'),
      municipalities,
      regionCode: scope.regionCode,
    };
  });
}
