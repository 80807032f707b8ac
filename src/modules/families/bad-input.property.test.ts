// Bad input to the dossier and trajectory routes gets a 4xx and writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';

let t: TestApp;
let s: Session;
let fx: { team: string; familyId: string; trajectoryId: string };
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const team = await buildTeam(db);
  const user = await buildUser(db, ['professional']);
  await addToTeam(db, team, user.id);
  const { familyId, trajectoryId } = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: user.id });
  fx = { team, familyId, trajectoryId };
  s = await login(t.app, user.username);
});
afterAll(async () => { await t.close(); });

const TABLES = ['family', 'person', 'trajectory', 'trajectory_member', 'trajectory_status_change', 'trajectory_handover', 'family_story', 'family_consent', 'family_consent_giver'] as const;
async function fingerprint(): Promise<string> {
  const db = t.db.kysely;
  const counts = await Promise.all(TABLES.map(async (table) => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)));
  const trajectories = await db.selectFrom('trajectory').select(['status', 'regisseur_id', 'ending_reason']).orderBy('id').execute();
  return JSON.stringify([counts, trajectories]);
}

const junk = fc.oneof(
  fc.string({ maxLength: 200 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom('', '123456789', '999990019 ', '2026-02-30', '1234 ab', '0000AA', '../../etc', '\u0000', "'; DROP TABLE person; --", 'x'.repeat(30_000)),
);
const ids = fc.oneof(fc.uuid(), fc.string({ maxLength: 30 }), fc.constantFrom('1', 'null', '%00', '..'));

type Case = { method: 'POST' | 'PUT'; url: (id: string) => string; fields: string[] };
const ROUTES: Case[] = [
  { method: 'POST', url: () => '/api/families', fields: ['teamId', 'postcode', 'houseNumber', 'municipalityCode', 'neighbourhoodCode', 'members', 'network', 'trajectory', 'confirmDuplicate'] },
  { method: 'POST', url: (id) => `/api/families/${id}/persons`, fields: ['kind', 'givenName', 'familyName', 'birthDate', 'bsn', 'hasAuthority', 'relation'] },
  { method: 'PUT', url: (id) => `/api/families/${id}/stories/story`, fields: ['body', 'toldBy', 'inOwnWords', 'baseVersion'] },
  { method: 'POST', url: (id) => `/api/families/${id}/consents`, fields: ['organisationId', 'scopes', 'givenOn', 'givenByPersonIds', 'note'] },
  { method: 'POST', url: (id) => `/api/trajectories/${id}/status`, fields: ['status'] },
  { method: 'POST', url: (id) => `/api/trajectories/${id}/close`, fields: ['endingReason', 'satisfaction', 'satisfactionInformant', 'managingWithoutHelp'] },
  { method: 'POST', url: (id) => `/api/trajectories/${id}/handover`, fields: ['toUserId', 'note'] },
  { method: 'POST', url: (id) => `/api/trajectories/${id}/members`, fields: ['userId'] },
  { method: 'POST', url: () => '/api/families/search', fields: ['name', 'birthDate', 'postcode', 'bsn'] },
];

describe('bad input to the family dossier is a 4xx and changes nothing', () => {
  it('random fields, junk values and unknown ids', async () => {
    const before = await fingerprint();
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...ROUTES), fc.oneof(ids, fc.constantFrom('FAMILY', 'TRAJECTORY')), fc.dictionary(fc.string({ maxLength: 10 }), junk, { maxKeys: 5 }), fc.boolean(),
      async (route, rawId, randomFields, reuseKnownFields) => {
        const id = rawId === 'FAMILY' ? fx.familyId : rawId === 'TRAJECTORY' ? fx.trajectoryId : encodeURIComponent(rawId);
        const body: Record<string, unknown> = { ...randomFields };
        if (reuseKnownFields) for (const f of route.fields) body[f] = fc.sample(junk, 1)[0];
        const res = await t.app.inject({ method: route.method, url: route.url(id), payload: body, headers: s.headers });
        expect(res.statusCode, `${route.method} ${route.url(id)} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
        if (!route.url(id).endsWith('/search')) expect(res.statusCode).toBeGreaterThanOrEqual(400);
      },
    ), { numRuns: 300 });
    // Well-formed but wrong: an invalid BSN, a family member aged 30 as a child, an unknown team.
    const base = { teamId: fx.team, postcode: '8011AB', houseNumber: '3', municipalityCode: '0193', trajectory: { entryPoint: 'other', firstContactOn: '2026-01-01' } };
    for (const members of [[{ kind: 'child', givenName: 'A', familyName: 'B', birthDate: '2016-01-01', bsn: '999990018' }], [{ kind: 'child', givenName: 'A', familyName: 'B', birthDate: '1996-01-01' }], [{ kind: 'parent', givenName: 'A', familyName: 'B' }]]) {
      expect((await t.app.inject({ method: 'POST', url: '/api/families', payload: { ...base, members }, headers: s.headers })).statusCode).toBe(400);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/families', payload: { ...base, municipalityCode: '9999', members: [{ kind: 'household', givenName: 'A', familyName: 'B' }] }, headers: s.headers })).statusCode).toBe(400);
    expect(await fingerprint()).toBe(before);
  }, 120_000);
});
