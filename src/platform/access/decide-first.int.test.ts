// Every route with a subject id decides need-to-know before it says anything about the input:
// an unrelated user who sends a bad body or query gets 403 and leaves a 'denied' audit row, the
// family's own professional still gets the validation details. Walks the OpenAPI document, so a
// route added later is covered without listing it here.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDenied } from '../../test-support/audit.js';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';

let t: TestApp;
let regisseur: Session;
let stranger: Session;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const own = await buildUser(db, ['professional']);
  const other = await buildUser(db, ['professional', 'team_lead', 'consultant']);
  const teamId = await buildTeam(db);
  const family = await buildFamilyWithTrajectory(db, { teamId, regisseurId: own.id });
  const personId = await buildPerson(db, family.familyId);
  regisseur = await login(t.app, own.username);
  stranger = await login(t.app, other.username);
  ids = {
    familyId: family.familyId,
    trajectoryId: family.trajectoryId,
    personId,
    // subjects the stranger has no relationship with (whether they exist or not)
    signalId: randomUUID(),
    registrationId: randomUUID(),
    matchId: randomUUID(),
  };
});
afterAll(async () => {
  await t.close();
});

const SUBJECT_PARAMS = ['familyId', 'trajectoryId', 'signalId', 'registrationId', 'matchId'];

interface Route {
  method: string;
  url: string;
  hasBody: boolean;
  hasQuery: boolean;
}

async function subjectRoutes(): Promise<Route[]> {
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, { requestBody?: unknown; parameters?: Array<{ in: string }> }>>;
  }>();
  return Object.entries(doc.paths)
    .filter(([path]) => SUBJECT_PARAMS.some((p) => path.includes(`{${p}}`)))
    .filter(([path]) => !path.startsWith('/api/support-families')) // its matchId is another subject
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        // every other id gets a random value: the subject's check comes before anything else
        url: path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? randomUUID()),
        hasBody: op.requestBody !== undefined,
        hasQuery: (op.parameters ?? []).some((p) => p.in === 'query'),
      })),
    );
}

describe('need-to-know before input validation', () => {
  it('an unrelated user with a bad body or query gets 403, audited, on every route with a subject id', async () => {
    const routes = (await subjectRoutes()).filter((r) => r.hasBody || r.hasQuery);
    expect(routes.length).toBeGreaterThan(20);
    const answers: string[] = [];
    for (const route of routes) {
      const before = await countDenied(t.db.kysely);
      const res = await t.app.inject({
        method: route.method as 'POST',
        url: route.hasBody ? route.url : `${route.url}?notAField=1`,
        headers: stranger.headers,
        ...(route.hasBody ? { payload: { notAField: 'x'.repeat(5000) } } : {}),
      });
      const audited = (await countDenied(t.db.kysely)) - before;
      answers.push(`${route.method} ${route.url} → ${res.statusCode}${audited > 0 ? ' audited' : ''}`);
      expect(res.body).not.toContain('notAField');
    }
    expect(answers.filter((a) => !a.endsWith('→ 403 audited'))).toEqual([]);
  });

  it("the family's own professional still gets the validation details (400 with field errors)", async () => {
    const routes = (await subjectRoutes()).filter((r) => r.hasBody && r.url.includes(ids.familyId as string));
    expect(routes.length).toBeGreaterThan(10);
    const statuses: string[] = [];
    for (const route of routes) {
      const res = await t.app.inject({
        method: route.method as 'POST',
        url: route.url,
        headers: regisseur.headers,
        payload: { notAField: 1 },
      });
      statuses.push(`${route.method} ${route.url} → ${res.statusCode}`);
    }
    expect(statuses.filter((s) => !s.endsWith('→ 400'))).toEqual([]);
  });

  it('without a session the answer is 401, not the validation details', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/families/${ids.familyId}/plan`,
      headers: { 'content-type': 'application/json' },
      payload: '{"notAField": 1}',
    });
    expect(res.statusCode).toBe(401);
  });

  it('malformed JSON from an unrelated user is refused as 403 too', async () => {
    const before = await countDenied(t.db.kysely);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/families/${ids.familyId}/persons`,
      headers: { ...stranger.headers, 'content-type': 'application/json' },
      payload: '{"givenName": ',
    });
    expect(res.statusCode).toBe(403);
    expect(await countDenied(t.db.kysely)).toBe(before + 1);
  });
});
