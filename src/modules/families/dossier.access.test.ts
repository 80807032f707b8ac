// The dossier and trajectory routes as a matrix: role × relationship with the family × trajectory
// state. Expectation written from DESIGN.md: regisseur, trajectory member and (with the team_lead
// role) the team's lead may read; they may write only while the trajectory is open; a team member
// without a role in this family, and every other role, gets 403 and a denied audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../platform/db/schema.js';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import {
  addToTeam,
  buildFamilyWithTrajectory,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from '../../test-support/factories.js';
import { countDenied } from '../../test-support/audit.js';

const RELATIONS = ['none', 'regisseur', 'trajectory_member', 'lead_of_team', 'member_of_team_only'] as const;
const STATES = ['open', 'closed'] as const;
const CARE: Role[] = ['professional', 'team_lead', 'consultant'];

type Fixture = {
  familyId: string;
  trajectoryId: string;
  personId: string;
  networkPersonId: string;
  consentId: string;
  colleague: string;
  orgId: string;
};
interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  write: boolean;
  url: (f: Fixture) => string;
  payload?: (f: Fixture) => object;
}

// Order matters: hand-over and closing change the trajectory, so they come last.
const ROUTES: Route[] = [
  { name: 'dossier', method: 'GET', write: false, url: (f) => `/api/families/${f.familyId}` },
  {
    name: 'reveal BSN',
    method: 'POST',
    write: false,
    url: (f) => `/api/families/${f.familyId}/persons/${f.personId}/bsn`,
  },
  {
    name: 'story',
    method: 'PUT',
    write: true,
    url: (f) => `/api/families/${f.familyId}/stories/story`,
    payload: () => ({ body: 'Ons verhaal', baseVersion: 0 }),
  },
  {
    name: 'consent',
    method: 'POST',
    write: true,
    url: (f) => `/api/families/${f.familyId}/consents`,
    payload: (f) => ({
      organisationId: f.orgId,
      scopes: ['plan'],
      givenOn: '2026-01-01',
      givenByPersonIds: [f.personId],
    }),
  },
  {
    name: 'add person',
    method: 'POST',
    write: true,
    url: (f) => `/api/families/${f.familyId}/persons`,
    payload: () => ({ kind: 'network', givenName: 'Buur', familyName: 'Jansen', relation: 'neighbour' }),
  },
  {
    name: 'edit person',
    method: 'PATCH',
    write: true,
    url: (f) => `/api/families/${f.familyId}/persons/${f.personId}`,
    payload: () => ({ version: 1, authorityNote: 'Gezag samen' }),
  },
  {
    name: 'remove person',
    method: 'POST',
    write: true,
    url: (f) => `/api/families/${f.familyId}/persons/${f.networkPersonId}/removal`,
    payload: () => ({ version: 1, removedOn: '2026-01-02' }),
  },
  {
    name: 'withdraw consent',
    method: 'POST',
    write: true,
    url: (f) => `/api/families/${f.familyId}/consents/${f.consentId}/withdrawal`,
    payload: () => ({ withdrawnOn: '2026-01-02' }),
  },
  {
    name: 'status',
    method: 'POST',
    write: true,
    url: (f) => `/api/trajectories/${f.trajectoryId}/status`,
    payload: () => ({ status: 'evaluation' }),
  },
  {
    name: 'add member',
    method: 'POST',
    write: true,
    url: (f) => `/api/trajectories/${f.trajectoryId}/members`,
    payload: (f) => ({ userId: f.colleague }),
  },
  {
    name: 'handover',
    method: 'POST',
    write: true,
    url: (f) => `/api/trajectories/${f.trajectoryId}/handover`,
    payload: (f) => ({ toUserId: f.colleague, note: 'Overdracht in de matrix' }),
  },
  {
    name: 'close',
    method: 'POST',
    write: true,
    url: (f) => `/api/trajectories/${f.trajectoryId}/close`,
    payload: () => ({ endingReason: '01' }),
  },
];

function expected(
  role: Role,
  relation: (typeof RELATIONS)[number],
  state: (typeof STATES)[number],
  write: boolean,
): boolean {
  if (!CARE.includes(role)) return false;
  const involved =
    relation === 'regisseur' ||
    relation === 'trajectory_member' ||
    (relation === 'lead_of_team' && role === 'team_lead');
  return involved && (!write || state === 'open');
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

const deniedCount = () => countDenied(t.db.kysely);

describe('dossier and trajectory routes: role × relationship × state', () => {
  it('lets exactly the involved people through, read-only once closed, and audits every denial', async () => {
    const db = t.db.kysely;
    const failures: string[] = [];
    for (const role of ROLES) {
      const user = await buildUser(db, role === 'team_lead' ? ['professional', 'team_lead'] : [role]);
      const session = await login(t.app, user.username);
      for (const relation of RELATIONS) {
        for (const state of STATES) {
          const team = await buildTeam(db);
          const regisseur = relation === 'regisseur' ? user.id : (await buildUser(db, ['professional'])).id;
          const colleague = (await buildUser(db, ['professional'])).id;
          if (regisseur !== user.id) await addToTeam(db, team, regisseur);
          await addToTeam(db, team, colleague);
          if (relation === 'regisseur' || relation === 'trajectory_member' || relation === 'member_of_team_only')
            await addToTeam(db, team, user.id);
          if (relation === 'lead_of_team') await addToTeam(db, team, user.id, true);
          const { familyId, trajectoryId } = await buildFamilyWithTrajectory(db, {
            teamId: team,
            regisseurId: regisseur,
            members: relation === 'trajectory_member' ? [user.id] : [],
            status: state === 'open' ? 'in_progress' : 'closed',
          });
          const personId = await buildPerson(db, familyId, { kind: 'parent', bsn: '999990020' });
          const orgId = (
            await db.selectFrom('team').select('organisation_id').where('id', '=', team).executeTakeFirstOrThrow()
          ).organisation_id;
          const networkPersonId = await buildPerson(db, familyId, { kind: 'network' });
          const consentId = (
            await db
              .insertInto('family_consent')
              .values({
                family_id: familyId,
                organisation_id: orgId,
                scopes: ['plan'],
                given_on: '2026-01-01',
                recorded_by: regisseur,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
          const f = { familyId, trajectoryId, personId, networkPersonId, consentId, colleague, orgId };
          for (const route of ROUTES) {
            const want = expected(role, relation, state, route.write);
            const before = await deniedCount();
            const res = await t.app.inject({
              method: route.method,
              url: route.url(f),
              ...(route.payload ? { payload: route.payload(f) } : {}),
              headers: session.headers,
            });
            const cell = `${role} × ${relation} × ${state} × ${route.name} → ${res.statusCode}`;
            if (res.statusCode >= 500) failures.push(`${cell} ${res.body.slice(0, 200)}`);
            else if (want && res.statusCode >= 300)
              failures.push(`${cell} (expected success) ${res.body.slice(0, 200)}`);
            else if (!want && res.statusCode !== 403) failures.push(`${cell} (expected 403)`);
            else if (!want && (await deniedCount()) !== before + 1) failures.push(`${cell} (no denied audit entry)`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('team-level routes: registering a family, colleagues, my families', () => {
  it('registering and listing colleagues needs professional/team_lead membership of the team; the caseload is for care roles', async () => {
    const db = t.db.kysely;
    const failures: string[] = [];
    for (const role of ROLES) {
      for (const inTeam of [true, false]) {
        const team = await buildTeam(db);
        const user = await buildUser(db, [role]);
        if (inTeam) await addToTeam(db, team, user.id);
        const session = await login(t.app, user.username);
        const body = {
          teamId: team,
          postcode: '8011AB',
          houseNumber: '1',
          municipalityCode: '0193',
          members: [
            { kind: 'child', givenName: `Kind${role}${String(inTeam)}`, familyName: 'Matrix', birthDate: '2018-01-01' },
          ],
          trajectory: { entryPoint: 'other', firstContactOn: '2026-01-01' },
        };
        const canOpen = inTeam && (role === 'professional' || role === 'team_lead');
        const cases = [
          {
            label: 'POST /api/families',
            res: () => t.app.inject({ method: 'POST', url: '/api/families', payload: body, headers: session.headers }),
            want: canOpen,
          },
          {
            label: 'GET colleagues',
            res: () => t.app.inject({ url: `/api/teams/${team}/colleagues`, headers: session.headers }),
            want: canOpen,
          },
          {
            label: 'GET /api/families',
            res: () => t.app.inject({ url: '/api/families', headers: session.headers }),
            want: CARE.includes(role),
          },
          {
            label: 'POST /api/families/search',
            res: () =>
              t.app.inject({
                method: 'POST',
                url: '/api/families/search',
                payload: { bsn: '999990020' },
                headers: session.headers,
              }),
            want: CARE.includes(role),
          },
        ];
        for (const c of cases) {
          const before = await deniedCount();
          const res = await c.res();
          const cell = `${role} × ${inTeam ? 'in team' : 'not in team'} × ${c.label} → ${res.statusCode}`;
          if (c.want && res.statusCode >= 300) failures.push(`${cell} (expected success) ${res.body.slice(0, 200)}`);
          if (!c.want && res.statusCode !== 403) failures.push(`${cell} (expected 403)`);
          if (!c.want && (await deniedCount()) !== before + 1) failures.push(`${cell} (no denied audit entry)`);
        }
      }
    }
    for (const url of ['/api/families', `/api/teams/${await buildTeam(db)}/colleagues`]) {
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
