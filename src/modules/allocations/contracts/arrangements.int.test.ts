// Education-care arrangements (seed 002): the contract manager sets one up (school, contracted providers and
// their cost share, capacity); a youth is placed by the consultant's decision through the one decision path
// (decisions/decide.ts, which checks the capacity), and the arrangement then shows the place as used — with
// the allocation number and decision reference, never who the youth is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import {
  buildConsultant,
  buildContractedProvider,
  buildRequest,
  type ContractedProvider,
} from '../../../test-support/allocations.js';
import { fixClock, restoreClock } from '../../../test-support/clock.js';
import { buildContractManager } from '../../../test-support/contracts.js';
import { buildOrganisation } from '../../../test-support/factories.js';

let t: TestApp;
let manager: Session;
let consultant: Session;
let provider: ContractedProvider;
let other: ContractedProvider;
let schoolId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  provider = await buildContractedProvider(db);
  other = await buildContractedProvider(db);
  const school = await db
    .insertInto('organisation')
    .values({ name: 'Basisschool De Esch', type: 'school', municipality_code: '0193' })
    .returning('id')
    .executeTakeFirstOrThrow();
  schoolId = school.id;
  manager = await login(t.app, (await buildContractManager(db)).username);
  consultant = await login(t.app, (await buildConsultant(db)).username);
});
afterAll(async () => {
  restoreClock();
  await t.close();
});

const body = (providers: { providerId: string; costSharePct: number }[]) => ({
  municipalityCode: '0193',
  name: 'Onderwijs-zorgklas De Esch',
  schoolId,
  capacity: 2,
  costModel: 'Vaste jaarprijs, gedeeld naar inzet',
  annualCostCents: 24_000_000,
  startsOn: '2026-08-01',
  providers,
});

describe('an education-care arrangement', () => {
  it('is set up, refuses an uncontracted provider, and counts a placement decided by the consultant', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/care-arrangements',
      headers: manager.headers,
      payload: body([{ providerId: provider.providerId, costSharePct: 100 }]),
    });
    expect(created.statusCode, created.body).toBe(201);
    const arrangement = created.json<{ id: string }>();
    expect(created.json()).toMatchObject({ placed: 0, free: 2, capacity: 2, placements: [] });

    const stranger = await buildOrganisation(t.db.kysely, 'care_provider');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/care-arrangements',
      headers: manager.headers,
      payload: body([
        { providerId: provider.providerId, costSharePct: 60 },
        { providerId: stranger, costSharePct: 40 },
      ]),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'contract_arrangement_provider_not_contracted',
      errors: [{ path: 'providers.1.providerId', kind: 'not_contracted' }],
    });

    // The placement: the consultant's decision, the same path as every allocation.
    const request = await buildRequest(t.db.kysely);
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/allocation-requests/${request.requestId}/decision`,
      headers: consultant.headers,
      payload: {
        outcome: 'granted',
        motivation: 'Past in de klas',
        products: [
          {
            kind: 'aspecific',
            providerId: provider.providerId,
            category: '50',
            budgetCents: 500_000,
            startsOn: '2027-01-04',
            endsOn: '2027-07-09',
            referrerType: '01',
            arrangementId: arrangement.id,
          },
        ],
      },
    });
    expect(decided.statusCode, decided.body).toBe(201);

    fixClock('2027-02-01T10:00:00+01:00');
    await t.db.kysely
      .updateTable('session')
      .set({ last_seen_at: new Date('2027-02-01T09:59:00+01:00'), expires_at: new Date('2027-02-02T10:00:00+01:00') })
      .execute();
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/care-arrangements/${arrangement.id}`,
      headers: manager.headers,
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      placed: 1,
      free: 1,
      placements: [{ current: true, status: 'active', decisionReference: expect.stringMatching(/^B-0193-/) }],
    });
    expect(read.body).not.toContain('Sanne');
    expect(read.body).not.toContain(request.personId);

    // A provider with a placement cannot leave the arrangement.
    const swap = await t.app.inject({
      method: 'PUT',
      url: `/api/care-arrangements/${arrangement.id}`,
      headers: manager.headers,
      payload: body([{ providerId: other.providerId, costSharePct: 100 }]),
    });
    expect(swap.statusCode).toBe(422);
    expect(swap.json()).toMatchObject({ code: 'contract_arrangement_provider_placed' });
    restoreClock();
  });
});
