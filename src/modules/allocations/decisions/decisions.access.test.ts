// Who may use the decision routes. Family routes: relationship × trajectory state (the family policy).
// Consultant routes: a consultant of the request's municipality, one of another municipality (gets
// nothing), the family's regisseur (not mandated), and every role without a relationship. Every refusal
// is a 403 with a 'denied' audit entry; anonymous calls are 401.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ROLES } from '../../../platform/db/schema.js';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import { checkActorMatrix, checkFamilyRouteMatrix } from '../../../test-support/access-matrix.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../../test-support/factories.js';
import {
  buildConsultant,
  buildContractedProvider,
  buildRequest,
  hoursPerWeek,
} from '../../../test-support/allocations.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('family routes (relationship × state)', () => {
  it('a request from the plan is made by the family’s care professionals; decisions are read by whoever reads the dossier', async () => {
    await checkFamilyRouteMatrix(
      t,
      [
        {
          name: 'POST allocation-requests',
          access: 'write',
          method: 'POST',
          url: (f) => `/api/families/${f.familyId}/allocation-requests`,
          payload: (f) => ({ personId: f.personId, question: 'Hulp bij opvoeden' }),
        },
        { name: 'GET decisions', access: 'read', method: 'GET', url: (f) => `/api/families/${f.familyId}/decisions` },
      ],
      async ({ familyId }) => ({ personId: await buildPerson(t.db.kysely, familyId, { kind: 'child' }) }),
    );
  });
});

describe('consultant routes (mandate × request)', () => {
  it('only a consultant of the request’s municipality reads and decides it; the decision is read by them and the family’s team', async () => {
    const db = t.db.kysely;
    const provider = await buildContractedProvider(db);
    const regisseur = await buildUser(db, ['professional']);
    const r = await buildRequest(db, { regisseurId: regisseur.id });
    const other = await buildRequest(db, { regisseurId: regisseur.id });
    // A family of the same municipality without any request: the mandate gives no access to it.
    const noRequest = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: regisseur.id });
    const zwolle = await buildConsultant(db, '0193');
    const kampen = await buildConsultant(db, '0166');
    const mandatedPro = await buildConsultant(db, '0193', ['professional', 'consultant']);
    const actors = new Map<string, Session | undefined>([
      ['anonymous', undefined],
      ['consultant of the municipality', await login(t.app, zwolle.username)],
      ['professional holding the mandate', await login(t.app, mandatedPro.username)],
      ['consultant of another municipality', await login(t.app, kampen.username)],
      ['regisseur of the family', await login(t.app, regisseur.username)],
    ]);
    for (const role of ROLES)
      actors.set(`${role} without relationship`, await login(t.app, (await buildUser(db, [role])).username));
    const consultants = ['consultant of the municipality', 'professional holding the mandate'];
    const zwolleSession = actors.get('consultant of the municipality') as Session;
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/allocation-requests/${other.requestId}/decision`,
      headers: zwolleSession.headers,
      payload: { outcome: 'granted', motivation: 'Nodig', products: [hoursPerWeek(provider.providerId)] },
    });
    const decisionId = decided.json<{ id: string }>().id;
    await checkActorMatrix(t, actors, [
      {
        name: 'GET queue',
        method: 'GET',
        url: () => '/api/allocation-requests',
        allowed: [...consultants, 'consultant of another municipality'],
      },
      {
        name: 'GET request',
        method: 'GET',
        url: () => `/api/allocation-requests/${r.requestId}`,
        allowed: consultants,
      },
      {
        name: 'POST budget-check',
        method: 'POST',
        url: () => `/api/allocation-requests/${r.requestId}/budget-check`,
        payload: () => ({
          products: [hoursPerWeek(provider.providerId, { startsOn: '2027-06-01', endsOn: '2027-06-30' })],
        }),
        allowed: consultants,
      },
      {
        name: 'POST decision',
        method: 'POST',
        url: () => `/api/allocation-requests/${r.requestId}/decision`,
        payload: () => ({ outcome: 'rejected', motivation: 'Zorginhoudelijk niet passend', rejectionReason: '7' }),
        allowed: consultants,
      },
      {
        name: 'POST queue search',
        method: 'POST',
        url: () => '/api/allocation-requests/search',
        payload: () => ({ q: 'Sanne' }),
        allowed: [...consultants, 'consultant of another municipality'],
      },
      {
        name: 'GET placement arrangements',
        method: 'GET',
        url: () => '/api/placement-arrangements?startsOn=2027-01-04&endsOn=2027-07-09',
        allowed: [...consultants, 'consultant of another municipality'],
      },
      {
        name: 'GET rejected claim lines',
        method: 'GET',
        url: () => '/api/rejected-claim-lines',
        allowed: [...consultants, 'consultant of another municipality'],
      },
      {
        name: 'POST rejected claim lines search',
        method: 'POST',
        url: () => '/api/rejected-claim-lines/search',
        payload: () => ({ q: 'Sanne' }),
        allowed: [...consultants, 'consultant of another municipality'],
      },
      {
        name: 'GET family decisions (a request of the municipality for the family)',
        method: 'GET',
        url: () => `/api/families/${r.familyId}/decisions`,
        allowed: [...consultants, 'regisseur of the family'],
      },
      {
        name: 'GET family decisions (no request for the family)',
        method: 'GET',
        url: () => `/api/families/${noRequest.familyId}/decisions`,
        allowed: ['regisseur of the family'],
      },
      {
        name: 'GET decision',
        method: 'GET',
        url: () => `/api/decisions/${decisionId}`,
        allowed: [...consultants, 'regisseur of the family'],
      },
    ]);
  });
});
