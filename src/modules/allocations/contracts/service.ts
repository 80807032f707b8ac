// Providers, contracts, products, tariffs and outcome criteria (contract manager). One transaction per call,
// authorize() first; a contract manager works within its region (policy.ts: managerScope).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { authorize, requireActor } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError, NotFoundError } from '../../../platform/errors.js';
import { codesOf } from './code-lists.js';
import { contractDetail, contractList, providerList } from './queries.js';
import { managerScope, type ManagerScope } from './policy.js';
import { UNITS_BY_VARIANT } from './products.js';
import type { ContractBody, ContractQuery, ProviderBody } from './schemas.js';

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

/** The rules a contract body must meet (new or edited): purchaser within the region, period, provider, reference. */
async function checkContract(trx: Tx, scope: ManagerScope, body: ContractBody, except: string | null) {
  if (body.purchaser === 'municipality') {
    if (body.municipalityCode === null || !scope.municipalityCodes.includes(body.municipalityCode))
      throw new BusinessRuleError('contract_municipality_out_of_region', {
        errors: [{ path: 'municipalityCode', message: 'not in your region', kind: 'out_of_region' }],
      });
  } else if (body.municipalityCode !== null || scope.regionCode === null) {
    throw new BusinessRuleError('contract_purchaser_shape', {
      errors: [{ path: 'municipalityCode', message: 'a regional contract names no municipality', kind: 'regional' }],
    });
  }
  if (body.endsOn !== null && body.endsOn < body.startsOn)
    throw new BusinessRuleError('contract_period_invalid', {
      errors: [{ path: 'endsOn', message: 'before start', kind: 'before_start' }],
    });
  const provider = await trx
    .selectFrom('organisation')
    .select('id')
    .where('id', '=', body.providerId)
    .where('type', '=', 'care_provider')
    .executeTakeFirst();
  if (!provider)
    throw new BusinessRuleError('contract_provider_not_found', {
      errors: [{ path: 'providerId', message: 'unknown', kind: 'unknown' }],
    });
  const taken = await trx
    .selectFrom('contract')
    .select('id')
    .where('reference', '=', body.reference)
    .$if(except !== null, (q) => q.where('id', '<>', except as string))
    .executeTakeFirst();
  if (taken)
    throw new ConflictError('contract_reference_taken', {
      errors: [{ path: 'reference', message: 'taken', kind: 'taken' }],
    });
}

function contractColumns(scope: ManagerScope, body: ContractBody) {
  return {
    reference: body.reference,
    provider_id: body.providerId,
    municipality_code: body.purchaser === 'municipality' ? body.municipalityCode : null,
    region_code: body.purchaser === 'region' ? scope.regionCode : null,
    variant: body.variant,
    starts_on: body.startsOn,
    ends_on: body.endsOn,
    note: body.note,
  };
}

export function createContract(ctx: RequestContext, body: ContractBody) {
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const grant = await authorize(trx, ctx, { subject: 'contract', id, action: 'create', purpose: PURPOSE });
    const scope = await managerScope(trx, grant.actor);
    await checkContract(trx, scope, body, null);
    await trx
      .insertInto('contract')
      .values({ id, ...contractColumns(scope, body), created_by: grant.actor.userId })
      .execute();
    return detailOrThrow(trx, id);
  });
}

/**
 * Edits a contract. Its products must still fit a changed execution variant, and once allocations were made
 * under it the provider cannot change (they were sent to that provider).
 */
export function updateContract(ctx: RequestContext, contractId: string, body: ContractBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'contract',
      id: contractId,
      action: 'update',
      purpose: PURPOSE,
    });
    const current = await trx
      .selectFrom('contract')
      .select(['provider_id'])
      .where('id', '=', contractId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw new NotFoundError('contract_not_found');
    const scope = await managerScope(trx, grant.actor);
    await checkContract(trx, scope, body, contractId);
    const products = await trx
      .selectFrom('contract_product as p')
      .select([
        'p.unit',
        sql<boolean>`EXISTS (SELECT 1 FROM allocation a WHERE a.contract_product_id = p.id)`.as('allocated'),
      ])
      .where('p.contract_id', '=', contractId)
      .execute();
    if (products.some((p) => !UNITS_BY_VARIANT[body.variant].includes(p.unit.trim())))
      throw new BusinessRuleError('contract_unit_variant', {
        errors: [{ path: 'variant', message: 'products do not fit', kind: 'unit_variant' }],
      });
    if (current.provider_id !== body.providerId && products.some((p) => p.allocated))
      throw new ConflictError('contract_in_use', {
        errors: [{ path: 'providerId', message: 'allocations exist', kind: 'in_use' }],
      });
    await trx.updateTable('contract').set(contractColumns(scope, body)).where('id', '=', contractId).execute();
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
    const schools =
      scope.municipalityCodes.length === 0
        ? []
        : await trx
            .selectFrom('organisation')
            .select(['id', 'name', 'municipality_code as municipalityCode'])
            .where('type', '=', 'school')
            .where('municipality_code', 'in', scope.municipalityCodes)
            .orderBy('name')
            .execute();
    return {
      schools,
      categories: (await codesOf(trx, 'JZ020')).filter((c) => c.code >= '40'),
      units: await codesOf(trx, 'WJ756'),
      municipalities,
      regionCode: scope.regionCode,
    };
  });
}
