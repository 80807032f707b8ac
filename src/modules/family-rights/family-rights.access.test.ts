// Who may use the family-rights routes: family members by authority and age (every route acts on the
// login's own household, so "whose data" is decided by the login itself: another family's parent
// never reaches this family), professionals by relationship for the queue, everyone else refused
// (403 with a denied audit row), anonymous 401. Consent by the age rule is a business rule (422)
// for a household member the rule does not name; the matrix proves access, the int test the rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkActorMatrix, checkRouteMatrix, type ActorCase } from '../../test-support/access-matrix.js';
import { createTestApp, type Session, type TestApp } from '../../test-support/app.js';
import { buildRightsWorld, type RightsWorld } from '../../test-support/family-rights.js';

let t: TestApp;
let w: RightsWorld;
let requestId = '';
let questionId = '';
beforeAll(async () => {
  t = await createTestApp();
  w = await buildRightsWorld(t);
  // Something for the queue and the access log: the regisseur reads the dossier, the family asks.
  await t.app.inject({ method: 'GET', url: `/api/families/${w.familyId}`, headers: w.sessions.regisseur.headers });
  const req = await t.app.inject({
    method: 'POST',
    url: '/api/family-rights/requests',
    headers: w.sessions.parent.headers,
    payload: { kind: 'correction', about: 'Verslag', body: 'Klopt niet' },
  });
  requestId = req.json<{ id: string }>().id;
  const log = await t.app.inject({
    method: 'GET',
    url: '/api/family-rights/access-log',
    headers: w.sessions.parent.headers,
  });
  const entry = log.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
  const q = await t.app.inject({
    method: 'POST',
    url: `/api/family-rights/access-log/${entry}/question`,
    headers: w.sessions.parent.headers,
    payload: { body: 'Waarom?' },
  });
  questionId = q.json<{ id: string }>().id;
});
afterAll(async () => {
  await t.close();
});

const FAMILY = [
  'parent with authority',
  'parent without authority',
  'young person 14',
  'young person 17',
  "another family's parent",
];
const actors = (): Map<string, Session | undefined> =>
  new Map<string, Session | undefined>([
    ['parent with authority', w.sessions.parent],
    ['parent without authority', w.sessions.parentNoAuthority],
    ['young person 14', w.sessions.youth14],
    ['young person 17', w.sessions.youth17],
    ["another family's parent", w.sessions.otherParent],
    ['regisseur', w.sessions.regisseur],
    ['unrelated professional', w.sessions.otherProfessional],
    ['privacy officer', w.sessions.privacyOfficer],
    ['anonymous', undefined],
  ]);

describe('family-rights routes', () => {
  it("the family's own routes: every household member (on their own household), no professional", async () => {
    const own: ActorCase[] = [
      { name: 'GET statements', method: 'GET', url: () => '/api/family-rights/statements', allowed: FAMILY },
      { name: 'GET consent', method: 'GET', url: () => '/api/family-rights/consent', allowed: FAMILY },
      { name: 'GET requests', method: 'GET', url: () => '/api/family-rights/requests', allowed: FAMILY },
      { name: 'GET access log', method: 'GET', url: () => '/api/family-rights/access-log', allowed: FAMILY },
      { name: 'GET export.json', method: 'GET', url: () => '/api/family-rights/export.json', allowed: FAMILY },
      { name: 'GET export.pdf', method: 'GET', url: () => '/api/family-rights/export.pdf', allowed: FAMILY },
      {
        name: 'POST statement',
        method: 'POST',
        url: () => '/api/family-rights/statements',
        payload: () => ({ title: 'T', body: 'B' }),
        allowed: FAMILY,
      },
      {
        name: 'POST request',
        method: 'POST',
        url: () => '/api/family-rights/requests',
        payload: () => ({ kind: 'deletion', about: 'A', body: 'B' }),
        allowed: FAMILY,
      },
      {
        name: 'POST consent',
        method: 'POST',
        url: () => '/api/family-rights/consent',
        payload: () => ({ organisationId: w.teamOrganisationId, scopes: ['contact'] }),
        allowed: FAMILY,
      },
      {
        // Decided on the login before the consent is looked up: a family member passes (and finds no such
        // consent), everyone else is refused and audited.
        name: 'POST consent withdraw',
        method: 'POST',
        url: () => '/api/family-rights/consent/00000000-0000-4000-8000-000000000000/withdraw',
        payload: () => ({}),
        allowed: FAMILY,
      },
    ];
    await checkActorMatrix(t, actors(), own);
  });

  it('the queue: regisseur and privacy officer; a question about the log: the privacy officer only', async () => {
    await checkActorMatrix(t, actors(), [
      {
        name: 'GET queue',
        method: 'GET',
        url: () => '/api/family-rights/queue',
        allowed: ['regisseur', 'unrelated professional', 'privacy officer'],
      },
      {
        name: 'answer a correction',
        method: 'POST',
        url: () => `/api/family-rights/queue/${requestId}/answer`,
        payload: () => ({ outcome: 'refused', answer: 'Reden' }),
        allowed: ['regisseur', 'privacy officer'],
      },
      {
        name: 'answer a question about the log',
        method: 'POST',
        url: () => `/api/family-rights/queue/${questionId}/answer`,
        payload: () => ({ outcome: 'answered', answer: 'Antwoord' }),
        allowed: ['privacy officer'],
      },
      {
        name: "the team reads the family's statements",
        method: 'GET',
        url: () => `/api/families/${w.familyId}/family-statements`,
        // A professional route: the family reads its statements at /api/family-rights/statements.
        allowed: ['regisseur'],
      },
    ]);
  });

  it('every other role (and a family login outside any household) is refused the family routes and the queue (403, audited)', async () => {
    // A login of the family role that is no household member gets nothing either.
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/family-rights/access-log', allowed: [] },
      { method: 'GET', url: '/api/family-rights/export.json', allowed: [] },
      { method: 'GET', url: '/api/family-rights/queue', allowed: ['professional', 'privacy_officer'] },
    ]);
  });

  it('the consent age rule: only those the rule names decide (422 for the others, nothing changed)', async () => {
    const body = { organisationId: w.teamOrganisationId, scopes: ['story'] };
    const results: Record<string, number> = {};
    for (const [label, s] of [
      ['parent with authority', w.sessions.parent],
      ['parent without authority', w.sessions.parentNoAuthority],
      ['young person 14', w.sessions.youth14],
      ['young person 17', w.sessions.youth17],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/family-rights/consent',
        headers: s.headers,
        payload: body,
      });
      results[label] = res.statusCode;
    }
    expect(results).toEqual({
      'parent with authority': 200,
      'parent without authority': 422,
      'young person 14': 200,
      'young person 17': 200,
    });
  });
});
