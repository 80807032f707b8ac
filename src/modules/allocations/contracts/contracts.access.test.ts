// Who may use the contract-management routes: contract managers only, and for one contract only those of
// its region (its municipality's, or the region's for a regional contract). Every other role — policy,
// admin, professional, consultant, provider… — gets 403 with a denied audit entry; anonymous 401.
// A contract manager of another region sees no contract of this one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import { buildUser } from '../../../test-support/factories.js';
import { checkActorMatrix, type ActorCase } from '../../../test-support/access-matrix.js';
import { buildContract, buildContractManager, buildOtherRegionManager } from '../../../test-support/contracts.js';
import { ROLES } from '../../../platform/db/schema.js';

let t: TestApp;
let local: { providerId: string; contractId: string; productId: string };
let regional: { providerId: string; contractId: string; productId: string };
let schoolId: string;
let arrangementId: string;
let criterionId: string;
const actors = new Map<string, Session | undefined>();
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  local = await buildContract(db, { municipality: '0166' });
  regional = await buildContract(db, { region: true, line: 'regional_residential' });
  schoolId = (
    await db
      .insertInto('organisation')
      .values({ name: 'Basisschool Matrix', type: 'school', municipality_code: '0166' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  arrangementId = (
    await db
      .insertInto('care_arrangement')
      .values({
        municipality_code: '0166',
        name: 'Klas Matrix',
        school_id: schoolId,
        capacity: 4,
        cost_model: 'Gedeeld',
        annual_cost_cents: 1_000_000,
        starts_on: '2026-08-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  criterionId = (
    await db
      .insertInto('outcome_criterion')
      .values({ contract_id: regional.contractId, indicator: 'satisfaction', target: '7', comparison: 'at_least' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('care_arrangement_provider')
    .values({ arrangement_id: arrangementId, provider_id: local.providerId, cost_share_pct: 100 })
    .execute();
  actors.set('anonymous', undefined);
  for (const role of ROLES) actors.set(role, await login(t.app, (await buildUser(db, [role])).username));
  actors.set('manager', await login(t.app, (await buildContractManager(db)).username));
  actors.set('other_region_manager', await login(t.app, (await buildOtherRegionManager(db)).username));
});
afterAll(async () => {
  await t.close();
});

const MANAGERS = ['contract_manager', 'manager', 'other_region_manager'];
const IN_REGION = ['manager'];
let n = 0;
const next = () => String((n += 1)).padStart(2, '0');
const arrangement = () => ({
  municipalityCode: '0166',
  name: `Klas ${next()}`,
  schoolId,
  capacity: 3,
  costModel: 'Vaste jaarprijs',
  annualCostCents: 2_000_000,
  startsOn: '2026-08-01',
  endsOn: '2027-07-31',
  providers: [{ providerId: local.providerId, costSharePct: 100 }],
});

describe('contract management routes', () => {
  it('role × route × region', async () => {
    const cases: ActorCase[] = [
      { name: 'list providers', method: 'GET', url: () => '/api/contract-providers', allowed: MANAGERS },
      {
        name: 'add provider',
        method: 'POST',
        url: () => '/api/contract-providers',
        payload: () => ({ name: `Aanbieder ${next()}`, agbCode: `977000${next()}` }),
        allowed: MANAGERS,
      },
      {
        name: 'edit provider',
        method: 'PUT',
        url: () => `/api/contract-providers/${local.providerId}`,
        payload: () => ({ name: `Aanbieder bewerkt ${next()}`, agbCode: `976000${next()}` }),
        allowed: MANAGERS,
      },
      { name: 'list contracts', method: 'GET', url: () => '/api/contracts?page=1&reference=C-', allowed: MANAGERS },
      { name: 'code lists', method: 'GET', url: () => '/api/contracts/code-lists', allowed: MANAGERS },
      {
        name: 'create contract',
        method: 'POST',
        url: () => '/api/contracts',
        payload: () => ({
          reference: `NEW-${next()}`,
          providerId: local.providerId,
          purchaser: 'municipality',
          municipalityCode: '0193',
          variant: 'effort',
          startsOn: '2026-01-01',
        }),
        allowed: MANAGERS,
      },
      {
        name: 'read local contract',
        method: 'GET',
        url: () => `/api/contracts/${local.contractId}`,
        allowed: IN_REGION,
      },
      {
        name: 'read regional contract',
        method: 'GET',
        url: () => `/api/contracts/${regional.contractId}`,
        allowed: IN_REGION,
      },
      {
        name: 'edit local contract',
        method: 'PUT',
        url: () => `/api/contracts/${local.contractId}`,
        payload: () => ({
          reference: `EDIT-${next()}`,
          providerId: local.providerId,
          purchaser: 'municipality',
          municipalityCode: '0166',
          variant: 'effort',
          startsOn: '2026-01-01',
          endsOn: '2027-12-31',
        }),
        allowed: IN_REGION,
      },
      {
        name: 'edit product',
        method: 'PUT',
        url: () => `/api/contracts/${local.contractId}/products/${local.productId}`,
        payload: () => ({
          category: '45',
          productCode: '45A01',
          name: `Ambulant ${next()}`,
          unit: '04',
          budgetLine: 'local_ambulant',
        }),
        allowed: IN_REGION,
      },
      {
        name: 'add product',
        method: 'POST',
        url: () => `/api/contracts/${local.contractId}/products`,
        payload: () => ({
          category: '45',
          productCode: `P${next()}`,
          name: 'Product',
          unit: '04',
          budgetLine: 'local_ambulant',
        }),
        allowed: IN_REGION,
      },
      {
        name: 'add tariff',
        method: 'POST',
        url: () => `/api/contracts/${local.contractId}/products/${local.productId}/tariffs`,
        payload: () => ({ validFrom: '2030-01-01', validTo: '2030-12-31', tariffCents: 10_000 }),
        allowed: IN_REGION,
      },
      {
        name: 'add outcome criterion',
        method: 'POST',
        url: () => `/api/contracts/${regional.contractId}/criteria`,
        payload: () => ({ indicator: 'drop_out', target: 15, comparison: 'at_most' }),
        allowed: IN_REGION,
      },
      {
        name: 'edit outcome criterion',
        method: 'PUT',
        url: () => `/api/contracts/${regional.contractId}/criteria/${criterionId}`,
        payload: () => ({ indicator: 'satisfaction', target: 7.5, comparison: 'at_least' }),
        allowed: IN_REGION,
      },
      { name: 'budgets', method: 'GET', url: () => '/api/budgets?year=2026', allowed: MANAGERS },
      {
        name: 'set budget',
        method: 'PUT',
        url: () => '/api/budgets',
        payload: () => ({
          municipalityCode: '0193',
          year: 2026,
          line: 'local_ambulant',
          scope: 'local',
          amountCents: 1_000_000,
        }),
        allowed: MANAGERS,
      },
      { name: 'arrangements', method: 'GET', url: () => '/api/care-arrangements', allowed: MANAGERS },
      {
        name: 'create arrangement',
        method: 'POST',
        url: () => '/api/care-arrangements',
        payload: arrangement,
        allowed: MANAGERS, // a manager of another region passes access and is refused the municipality (422)
      },
      {
        name: 'read arrangement',
        method: 'GET',
        url: () => `/api/care-arrangements/${arrangementId}`,
        allowed: IN_REGION,
      },
      {
        name: 'edit arrangement',
        method: 'PUT',
        url: () => `/api/care-arrangements/${arrangementId}`,
        payload: arrangement,
        allowed: IN_REGION,
      },
    ];
    await checkActorMatrix(t, actors, cases);
  });

  it('a manager of another region sees none of this region’s contracts or budgets', async () => {
    const other = actors.get('other_region_manager') as Session;
    const list = await t.app.inject({ method: 'GET', url: '/api/contracts', headers: other.headers });
    expect(list.json()).toMatchObject({ items: [], total: 0 });
    const budgets = await t.app.inject({ method: 'GET', url: '/api/budgets?year=2026', headers: other.headers });
    expect(budgets.json()).toMatchObject({ items: [] });
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/budgets',
      headers: other.headers,
      payload: { municipalityCode: '0193', year: 2026, line: 'crisis', scope: 'local', amountCents: 1 },
    });
    expect(put.statusCode).toBe(422);
    const mine = actors.get('manager') as Session;
    const own = await t.app.inject({ method: 'GET', url: '/api/contracts', headers: mine.headers });
    expect(own.json<{ total: number }>().total).toBeGreaterThanOrEqual(2);
  });
});
