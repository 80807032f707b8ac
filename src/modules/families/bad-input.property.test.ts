// Bad input to the dossier and trajectory routes gets a 4xx and writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import {
  addToTeam,
  buildFamilyWithTrajectory,
  buildPerson,
  buildTeam,
  buildUser,
} from '../../test-support/factories.js';

let t: TestApp;
let s: Session;
let fx: { team: string; familyId: string; trajectoryId: string; personId: string; consentId: string };
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const team = await buildTeam(db);
  const user = await buildUser(db, ['professional']);
  await addToTeam(db, team, user.id);
  const { familyId, trajectoryId } = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: user.id });
  const personId = await buildPerson(db, familyId, { kind: 'parent' });
  await buildPerson(db, familyId, { kind: 'network' });
  const organisationId = (
    await db.selectFrom('team').select('organisation_id').where('id', '=', team).executeTakeFirstOrThrow()
  ).organisation_id;
  const consentId = (
    await db
      .insertInto('family_consent')
      .values({
        family_id: familyId,
        organisation_id: organisationId,
        scopes: ['plan'],
        given_on: '2026-01-01',
        recorded_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  fx = { team, familyId, trajectoryId, personId, consentId };
  s = await login(t.app, user.username);
});
afterAll(async () => {
  await t.close();
});

const TABLES = [
  'family',
  'person',
  'trajectory',
  'trajectory_member',
  'trajectory_status_change',
  'trajectory_handover',
  'family_story',
  'family_consent',
  'family_consent_giver',
] as const;
async function fingerprint(): Promise<string> {
  const db = t.db.kysely;
  const counts = await Promise.all(
    TABLES.map(async (table) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );
  const trajectories = await db
    .selectFrom('trajectory')
    .select(['status', 'regisseur_id', 'ending_reason'])
    .orderBy('id')
    .execute();
  const people = await db.selectFrom('person').selectAll().orderBy('id').execute();
  const consents = await db.selectFrom('family_consent').selectAll().orderBy('id').execute();
  return JSON.stringify([counts, trajectories, people, consents]);
}

const junk = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    '',
    '123456789',
    '999990019 ',
    '2026-02-30',
    '1234 ab',
    '0000AA',
    '../../etc',
    '\u0000',
    "'; DROP TABLE person; --",
    'x'.repeat(30_000),
  ),
);
const ids = fc.oneof(fc.uuid(), fc.string({ maxLength: 30 }), fc.constantFrom('1', 'null', '%00', '..'));

type Case = { method: 'POST' | 'PUT' | 'PATCH'; url: (id: string) => string; fields: string[] };
const ROUTES: Case[] = [
  {
    method: 'POST',
    url: () => '/api/families',
    fields: [
      'teamId',
      'postcode',
      'houseNumber',
      'municipalityCode',
      'neighbourhoodCode',
      'members',
      'network',
      'trajectory',
      'confirmDuplicate',
    ],
  },
  {
    method: 'POST',
    url: (id) => `/api/families/${id}/persons`,
    fields: ['kind', 'givenName', 'familyName', 'birthDate', 'bsn', 'hasAuthority', 'relation'],
  },
  {
    method: 'PATCH',
    url: (id) => `/api/families/${fx.familyId}/persons/${id}`,
    fields: [
      'version',
      'givenName',
      'familyName',
      'birthDate',
      'bsn',
      'hasAuthority',
      'authorityNote',
      'relation',
      'confirmDuplicate',
    ],
  },
  {
    method: 'PATCH',
    url: (id) => `/api/families/${id}/persons/${fx.personId}`,
    fields: ['version', 'givenName', 'birthDate', 'bsn'],
  },
  {
    method: 'POST',
    url: (id) => `/api/families/${fx.familyId}/persons/${id}/removal`,
    fields: ['version', 'removedOn', 'reason'],
  },
  {
    method: 'POST',
    url: (id) => `/api/families/${fx.familyId}/consents/${id}/withdrawal`,
    fields: ['withdrawnOn', 'note'],
  },
  {
    method: 'PUT',
    url: (id) => `/api/families/${id}/stories/story`,
    fields: ['body', 'toldBy', 'inOwnWords', 'baseVersion'],
  },
  {
    method: 'POST',
    url: (id) => `/api/families/${id}/consents`,
    fields: ['organisationId', 'scopes', 'givenOn', 'givenByPersonIds', 'note'],
  },
  { method: 'POST', url: (id) => `/api/trajectories/${id}/status`, fields: ['status'] },
  {
    method: 'POST',
    url: (id) => `/api/trajectories/${id}/close`,
    fields: ['endingReason', 'satisfaction', 'satisfactionInformant', 'managingWithoutHelp'],
  },
  { method: 'POST', url: (id) => `/api/trajectories/${id}/handover`, fields: ['toUserId', 'note'] },
  { method: 'POST', url: (id) => `/api/trajectories/${id}/members`, fields: ['userId'] },
  { method: 'POST', url: () => '/api/families/search', fields: ['name', 'birthDate', 'postcode', 'bsn'] },
];

describe('bad input to the family dossier is a 4xx and changes nothing', () => {
  it('random fields, junk values and unknown ids', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.oneof(ids, fc.constantFrom('FAMILY', 'TRAJECTORY', 'PERSON', 'CONSENT')),
        fc.dictionary(fc.string({ maxLength: 10 }), junk, { maxKeys: 5 }),
        fc.boolean(),
        async (route, rawId, randomFields, reuseKnownFields) => {
          const known: Record<string, string> = {
            FAMILY: fx.familyId,
            TRAJECTORY: fx.trajectoryId,
            PERSON: fx.personId,
            CONSENT: fx.consentId,
          };
          const id = known[rawId] ?? encodeURIComponent(rawId);
          const body: Record<string, unknown> = { ...randomFields };
          if (reuseKnownFields) for (const f of route.fields) body[f] = fc.sample(junk, 1)[0];
          const res = await t.app.inject({
            method: route.method,
            url: route.url(id),
            payload: body,
            headers: s.headers,
          });
          expect(
            res.statusCode,
            `${route.method} ${route.url(id)} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (!route.url(id).endsWith('/search')) expect(res.statusCode).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 300 },
    );
    // Well-formed but wrong: an invalid BSN, a family member aged 30 as a child, an unknown team.
    const base = {
      teamId: fx.team,
      postcode: '8011AB',
      houseNumber: '3',
      municipalityCode: '0193',
      trajectory: { entryPoint: 'other', firstContactOn: '2026-01-01' },
    };
    for (const members of [
      [{ kind: 'child', givenName: 'A', familyName: 'B', birthDate: '2016-01-01', bsn: '999990018' }],
      [{ kind: 'child', givenName: 'A', familyName: 'B', birthDate: '1996-01-01' }],
      [{ kind: 'parent', givenName: 'A', familyName: 'B' }],
    ]) {
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/families',
            payload: { ...base, members },
            headers: s.headers,
          })
        ).statusCode,
      ).toBe(400);
    }
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/families',
          payload: {
            ...base,
            municipalityCode: '9999',
            members: [{ kind: 'household', givenName: 'A', familyName: 'B' }],
          },
          headers: s.headers,
        })
      ).statusCode,
    ).toBe(400);
    // Well-formed edits that do not fit: a relation for a parent, a stale version, removal in the future, withdrawal before it was given.
    const person = `/api/families/${fx.familyId}/persons/${fx.personId}`;
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: person,
          payload: { version: 1, relation: 'friend' },
          headers: s.headers,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: person,
          payload: { version: 7, givenName: 'Nieuw' },
          headers: s.headers,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `${person}/removal`,
          payload: { version: 1, removedOn: '2999-01-01' },
          headers: s.headers,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/families/${fx.familyId}/consents/${fx.consentId}/withdrawal`,
          payload: { withdrawnOn: '2025-12-31' },
          headers: s.headers,
        })
      ).statusCode,
    ).toBe(400);
    expect(await fingerprint()).toBe(before);
  }, 120_000);
});
