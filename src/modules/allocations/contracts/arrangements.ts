// Tailored and education-care arrangements (seed 002): the contract manager sets them up (school, providers and
// their share of the cost, capacity); youths are placed by a consultant's decision — an allocation with the
// arrangement (decisions/decide.ts checks the capacity). Here only what the contract manager may see: places
// used and free, and per placement the allocation number, provider, period and decision reference (no client data).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { today } from '../../../platform/clock.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError, NotFoundError } from '../../../platform/errors.js';
import type { ArrangementBody } from './arrangement-schemas.js';
import { managerScope } from './policy.js';

const PURPOSE = 'contract management';

/** Arrangements with their places used today; one statement (providers as a JSON aggregate). */
function arrangementRows(trx: Tx, where: { municipalityCodes: string[] } | { id: string }) {
  const day = today();
  return trx
    .selectFrom('care_arrangement as a')
    .innerJoin('organisation as s', 's.id', 'a.school_id')
    .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
    .select([
      'a.id',
      'a.municipality_code as municipalityCode',
      'm.name as municipalityName',
      'a.name',
      'a.school_id as schoolId',
      's.name as schoolName',
      'a.capacity',
      'a.cost_model as costModel',
      sql<number>`a.annual_cost_cents::float8`.as('annualCostCents'),
      sql<string>`a.starts_on::text`.as('startsOn'),
      sql<string | null>`a.ends_on::text`.as('endsOn'),
      // Like the capacity check of a decision (resolve.ts): distinct youths with an active allocation.
      sql<number>`(SELECT count(DISTINCT al.person_id)::int FROM allocation al WHERE al.arrangement_id = a.id
        AND al.status = 'active' AND al.starts_on <= ${day}::date AND al.ends_on >= ${day}::date)`.as('placed'),
      sql<{ id: string; name: string; costSharePct: number }[]>`coalesce((
        SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'costSharePct', p.cost_share_pct::float8)
          ORDER BY o.name)
        FROM care_arrangement_provider p JOIN organisation o ON o.id = p.provider_id
        WHERE p.arrangement_id = a.id), '[]'::json)`.as('providers'),
    ])
    .$if('id' in where, (q) => q.where('a.id', '=', (where as { id: string }).id))
    .$if('municipalityCodes' in where, (q) =>
      q.where('a.municipality_code', 'in', (where as { municipalityCodes: string[] }).municipalityCodes),
    )
    .orderBy('a.name')
    .execute()
    .then((rows) =>
      rows.map((r) => ({ ...r, placed: Number(r.placed), free: Math.max(0, r.capacity - Number(r.placed)) })),
    );
}

export function listArrangements(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'contract_arrangement',
      id: null,
      action: 'search',
      purpose: PURPOSE,
    });
    const scope = await managerScope(trx, grant.actor);
    if (scope.municipalityCodes.length === 0) return { items: [] };
    return { items: await arrangementRows(trx, { municipalityCodes: scope.municipalityCodes }) };
  });
}

async function detail(trx: Tx, id: string) {
  const [row] = await arrangementRows(trx, { id });
  if (!row) throw new NotFoundError('contract_arrangement_not_found');
  const day = today();
  const placements = await trx
    .selectFrom('allocation as al')
    .innerJoin('decision as d', 'd.id', 'al.decision_id')
    .innerJoin('organisation as o', 'o.id', 'al.provider_id')
    .select([
      'al.allocation_number as allocationNumber',
      'o.name as providerName',
      sql<string>`al.starts_on::text`.as('startsOn'),
      sql<string>`al.ends_on::text`.as('endsOn'),
      'al.status',
      sql<boolean>`al.status = 'active' AND al.starts_on <= ${day}::date AND al.ends_on >= ${day}::date`.as('current'),
      'd.id as decisionId',
      'd.reference as decisionReference',
    ])
    .where('al.arrangement_id', '=', id)
    .orderBy('al.starts_on', 'desc')
    .orderBy('al.allocation_number', 'desc')
    .limit(200)
    .execute();
  return { ...row, placements };
}

export function getArrangement(ctx: RequestContext, arrangementId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, { subject: 'contract_arrangement', id: arrangementId, action: 'read', purpose: PURPOSE });
    return detail(trx, arrangementId);
  });
}

/** The school must be a school of the region; every provider a care provider contracted for the municipality. */
async function checkParties(trx: Tx, municipalityCodes: string[], body: ArrangementBody) {
  if (!municipalityCodes.includes(body.municipalityCode))
    throw new BusinessRuleError('contract_municipality_out_of_region', {
      errors: [{ path: 'municipalityCode', message: 'not in your region', kind: 'out_of_region' }],
    });
  const school = await trx
    .selectFrom('organisation')
    .select('id')
    .where('id', '=', body.schoolId)
    .where('type', '=', 'school')
    .where('municipality_code', 'in', municipalityCodes)
    .executeTakeFirst();
  if (!school)
    throw new BusinessRuleError('contract_arrangement_school_unknown', {
      errors: [{ path: 'schoolId', message: 'not a school of the region', kind: 'unknown' }],
    });
  // A provider takes part only with a contract for this municipality (its own or the region's) in the period.
  const contracted = await trx
    .selectFrom('contract as c')
    .select('c.provider_id')
    .distinct()
    .where(
      'c.provider_id',
      'in',
      body.providers.map((p) => p.providerId),
    )
    .where((eb) =>
      eb.or([
        eb('c.municipality_code', '=', body.municipalityCode),
        eb(
          'c.region_code',
          '=',
          eb.selectFrom('municipality').select('region_code').where('code', '=', body.municipalityCode),
        ),
      ]),
    )
    .$if(body.endsOn !== null, (q) => q.where('c.starts_on', '<=', body.endsOn as string))
    .where((eb) => eb.or([eb('c.ends_on', 'is', null), eb('c.ends_on', '>=', body.startsOn)]))
    .execute();
  const ok = new Set(contracted.map((c) => c.provider_id));
  const missing = body.providers.findIndex((p) => !ok.has(p.providerId));
  if (missing >= 0)
    throw new BusinessRuleError('contract_arrangement_provider_not_contracted', {
      errors: [{ path: `providers.${missing}.providerId`, message: 'no contract', kind: 'not_contracted' }],
    });
}

async function writeProviders(trx: Tx, id: string, body: ArrangementBody) {
  await trx.deleteFrom('care_arrangement_provider').where('arrangement_id', '=', id).execute();
  await trx
    .insertInto('care_arrangement_provider')
    .values(
      body.providers.map((p) => ({ arrangement_id: id, provider_id: p.providerId, cost_share_pct: p.costSharePct })),
    )
    .execute();
}

export function createArrangement(ctx: RequestContext, body: ArrangementBody) {
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const grant = await authorize(trx, ctx, {
      subject: 'contract_arrangement',
      id,
      action: 'create',
      purpose: PURPOSE,
    });
    const scope = await managerScope(trx, grant.actor);
    await checkParties(trx, scope.municipalityCodes, body);
    await trx
      .insertInto('care_arrangement')
      .values({
        id,
        municipality_code: body.municipalityCode,
        name: body.name,
        school_id: body.schoolId,
        capacity: body.capacity,
        cost_model: body.costModel,
        annual_cost_cents: body.annualCostCents,
        starts_on: body.startsOn,
        ends_on: body.endsOn,
      })
      .execute();
    await writeProviders(trx, id, body);
    return detail(trx, id);
  });
}

/** Edits an arrangement; the capacity may not drop below the youths placed today, nor a placed provider leave. */
export function updateArrangement(ctx: RequestContext, arrangementId: string, body: ArrangementBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'contract_arrangement',
      id: arrangementId,
      action: 'update',
      purpose: PURPOSE,
    });
    const current = await detail(trx, arrangementId);
    const scope = await managerScope(trx, grant.actor);
    await checkParties(trx, scope.municipalityCodes, body);
    if (body.capacity < current.placed)
      throw new BusinessRuleError('contract_arrangement_capacity_below_placed', {
        detail: `${current.placed} youths are placed today.`,
        errors: [{ path: 'capacity', message: 'below placed', kind: 'below_placed', limit: current.placed }],
      });
    const staying = new Set(body.providers.map((p) => p.providerId));
    const placedWith = await trx
      .selectFrom('allocation')
      .select('provider_id')
      .distinct()
      .where('arrangement_id', '=', arrangementId)
      .where('status', '=', 'active')
      .execute();
    if (placedWith.some((p) => !staying.has(p.provider_id)))
      throw new BusinessRuleError('contract_arrangement_provider_placed', {
        errors: [{ path: 'providers', message: 'provider has placements', kind: 'provider_placed' }],
      });
    await trx
      .updateTable('care_arrangement')
      .set({
        municipality_code: body.municipalityCode,
        name: body.name,
        school_id: body.schoolId,
        capacity: body.capacity,
        cost_model: body.costModel,
        annual_cost_cents: body.annualCostCents,
        starts_on: body.startsOn,
        ends_on: body.endsOn,
      })
      .where('id', '=', arrangementId)
      .execute();
    await writeProviders(trx, arrangementId, body);
    return detail(trx, arrangementId);
  });
}
