// Who may use the referral-index routes. By role (every role and anonymous) for the collection
// routes; by role × relationship × state for one registration (own organisation / another;
// active / withdrawn) and one match (direct coordinator, municipality coordinator, party, the
// regisseur of a family the young person was removed from, unrelated; open / closed); the dossier's "who is involved" through the family matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../platform/db/schema.js';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { checkFamilyRouteMatrix } from '../../test-support/access-matrix.js';
import {
  buildFamilyWithTrajectory,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';
import { buildOrganisationIn, buildRegistrant, nextBsn, registration } from '../../test-support/involvement.js';
import { mayRegisterInReferralIndex, REFERRAL_INDEX_ORGANISATION_TYPES } from './designation.js';
import { countDenied } from '../../test-support/audit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

const REGISTRANTS: Role[] = ['professional', 'team_lead', 'signaller'];
const ID = '00000000-0000-4000-8000-000000000000';

const deniedCount = () => countDenied(t.db.kysely);

describe('referral-index routes by role', () => {
  it('collections: registrants register and list; administrators appoint coordinators and manage keys', async () => {
    const keyOrg = await buildOrganisationIn(t.db.kysely, 'school');
    await checkRouteMatrix(t, [
      {
        method: 'POST',
        url: '/api/involvement/registrations',
        payload: () => registration(nextBsn(), { municipalityCode: '0193' }),
        allowed: REGISTRANTS,
      },
      { method: 'GET', url: '/api/involvement/registrations', allowed: REGISTRANTS },
      { method: 'GET', url: '/api/involvement/registrations?informing=open', allowed: REGISTRANTS },
      {
        method: 'POST',
        url: '/api/involvement/registrations/search',
        payload: () => ({ q: 'Mentor' }),
        allowed: REGISTRANTS,
      },
      { method: 'GET', url: '/api/involvement/matches', allowed: REGISTRANTS },
      {
        method: 'POST',
        url: '/api/involvement/matches/search',
        payload: () => ({ q: 'Zwolle' }),
        allowed: REGISTRANTS,
      },
      { method: 'GET', url: `/api/involvement/registrations/${ID}`, allowed: [] },
      { method: 'GET', url: `/api/involvement/matches/${ID}`, allowed: [] },
      { method: 'GET', url: '/api/admin/involvement-coordinators', allowed: ['admin'] },
      {
        method: 'PUT',
        url: '/api/admin/involvement-coordinators/0193',
        payload: () => ({ userId: null }),
        allowed: ['admin'],
      },
      { method: 'GET', url: '/api/admin/partner-api-keys', allowed: ['admin'] },
      {
        method: 'POST',
        url: '/api/admin/partner-api-keys',
        payload: () => ({ organisationId: keyOrg, label: 'x', scopes: ['signals:submit'] }),
        allowed: ['admin'],
      },
      { method: 'POST', url: `/api/admin/partner-api-keys/${ID}/revoke`, allowed: ['admin'] },
    ]);
  });

  it('the partner route takes no session of any role (401)', async () => {
    for (const role of ROLES) {
      const s = await login(t.app, (await buildUser(t.db.kysely, [role])).username);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/partner/v1/registrations',
        headers: s.headers,
        payload: registration(nextBsn()),
      });
      expect(`${role} ${res.statusCode}`).toBe(`${role} 401`);
    }
  });
});

describe('registering: role × organisation type (only designated organisations, Jeugdwet §7.1)', () => {
  it('registrants of designated organisations register; those of housing corporations, utilities and insurers get an audited 403', async () => {
    const failures: string[] = [];
    const before = await t.db.kysely
      .selectFrom('involvement_registration')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    let created = 0;
    for (const type of [
      ...REFERRAL_INDEX_ORGANISATION_TYPES,
      'housing_corporation',
      'utility_company',
      'health_insurer',
    ] as const) {
      const designated = mayRegisterInReferralIndex(type);
      for (const role of REGISTRANTS) {
        const registrant = await buildRegistrant(t, type, [role]);
        const denied = await deniedCount();
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/involvement/registrations',
          headers: registrant.session.headers,
          payload: registration(nextBsn()),
        });
        const cell = `${type} × ${role} → ${res.statusCode}`;
        if (designated) {
          if (res.statusCode === 201) created += 1;
          else failures.push(`${cell} (expected 201)`);
        } else if (
          res.statusCode !== 403 ||
          res.json<{ code: string }>().code !== 'organisation_not_designated' ||
          (await deniedCount()) !== denied + 1
        ) {
          failures.push(`${cell} (expected audited 403 organisation_not_designated)`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(
      ['housing_corporation', 'utility_company', 'health_insurer'].some((type) =>
        mayRegisterInReferralIndex(type as 'school'),
      ),
    ).toBe(false);
    const after = await t.db.kysely
      .selectFrom('involvement_registration')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + created);
  });
});

describe('one registration: role × organisation × state', () => {
  it('only registrants of the registering organisation read, mark informed and withdraw (read, informed, withdraw routes); a withdrawn one is gone', async () => {
    const failures: string[] = [];
    for (const state of ['active', 'withdrawn'] as const) {
      const owner = await buildRegistrant(t, 'school');
      const id = (
        await t.app.inject({
          method: 'POST',
          url: '/api/involvement/registrations',
          headers: owner.session.headers,
          payload: registration(nextBsn()),
        })
      ).json<{ registration: { id: string } }>().registration.id;
      if (state === 'withdrawn')
        await t.app.inject({
          method: 'POST',
          url: `/api/involvement/registrations/${id}/withdraw`,
          headers: owner.session.headers,
        });
      for (const relation of ['same_organisation', 'other_organisation'] as const) {
        for (const role of ROLES) {
          const user = await buildUser(
            t.db.kysely,
            [role],
            relation === 'same_organisation' ? { organisationId: owner.organisationId } : {},
          );
          const s = await login(t.app, user.username);
          const want = state === 'active' && relation === 'same_organisation' && REGISTRANTS.includes(role);
          for (const [method, url] of [
            ['GET', `/api/involvement/registrations/${id}`],
            ['POST', `/api/involvement/registrations/${id}/informed`],
          ] as const) {
            const before = await deniedCount();
            const res = await t.app.inject({ method, url, headers: s.headers });
            const cell = `${method} ${url.split('/').pop()} × ${role} × ${relation} × ${state} → ${res.statusCode}`;
            if (res.statusCode >= 500) failures.push(`${cell} server error`);
            else if (want && res.statusCode >= 400 && res.statusCode !== 409)
              failures.push(`${cell} (expected access)`);
            else if (!want && (res.statusCode !== 403 || (await deniedCount()) !== before + 1))
              failures.push(`${cell} (expected audited 403)`);
          }
          // Withdrawing ends the registration, so an active cell gets its own registration.
          const target =
            state === 'active'
              ? (
                  await t.app.inject({
                    method: 'POST',
                    url: '/api/involvement/registrations',
                    headers: owner.session.headers,
                    payload: registration(nextBsn()),
                  })
                ).json<{ registration: { id: string } }>().registration.id
              : id;
          const before = await deniedCount();
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/involvement/registrations/${target}/withdraw`,
            headers: s.headers,
          });
          const cell = `POST withdraw × ${role} × ${relation} × ${state} → ${res.statusCode}`;
          if (want && res.statusCode !== 204) failures.push(`${cell} (expected 204)`);
          else if (!want && (res.statusCode !== 403 || (await deniedCount()) !== before + 1))
            failures.push(`${cell} (expected audited 403)`);
          const stillThere = await t.db.kysely
            .selectFrom('involvement_registration')
            .select('id')
            .where('id', '=', target)
            .executeTakeFirst();
          if (state === 'active' && (stillThere === undefined) !== want)
            failures.push(`${cell} (registration ${stillThere ? 'kept' : 'gone'})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('one match: relationship × state', () => {
  it('coordinators read and record contact while open; parties only read; everyone else 403', async () => {
    const db = t.db.kysely;
    const failures: string[] = [];
    for (const state of ['open', 'closed'] as const) {
      const direct = await buildUser(db, ['professional']);
      const municipal = await buildUser(db, ['team_lead']);
      await db
        .insertInto('involvement_coordinator')
        .values({ municipality_code: '0193', user_id: municipal.id, set_by: municipal.id })
        .onConflict((oc) => oc.column('municipality_code').doUpdateSet({ user_id: municipal.id }))
        .execute();
      // The young person left an earlier family (removed person): that family's regisseur has no part, however old its trajectory.
      const former = await buildUser(db, ['professional']);
      const bsn = nextBsn();
      const left = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: former.id });
      const removedId = await buildPerson(db, left.familyId, { kind: 'child', bsn, appSecret: t.config.appSecret });
      await db
        .updateTable('person')
        .set({ removed_on: '2025-01-01', removed_at: new Date(), removed_by: former.id })
        .where('id', '=', removedId)
        .execute();
      const current = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: direct.id });
      await buildPerson(db, current.familyId, { kind: 'child', bsn, appSecret: t.config.appSecret });
      const school = await buildRegistrant(t, 'school');
      const gp = await buildRegistrant(t, 'gp_practice');
      const mine = (
        await t.app.inject({
          method: 'POST',
          url: '/api/involvement/registrations',
          headers: school.session.headers,
          payload: registration(bsn),
        })
      ).json<{ registration: { id: string } }>().registration.id;
      const matchId =
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/involvement/registrations',
            headers: gp.session.headers,
            payload: registration(bsn),
          })
        ).json<{ matches: Array<{ id: string }> }>().matches[0]?.id ?? '';
      if (state === 'closed')
        await t.app.inject({
          method: 'POST',
          url: `/api/involvement/registrations/${mine}/withdraw`,
          headers: school.session.headers,
        });
      const colleague = await buildUser(db, ['professional'], { organisationId: gp.organisationId });
      const signallerParty = await buildUser(db, ['signaller'], { organisationId: gp.organisationId });
      // The school's signaller: a party while open; in the closed state the school withdrew, so no longer a party.
      const withdrawingParty = await buildUser(db, ['signaller'], { organisationId: school.organisationId });
      const relations = {
        direct_coordinator: direct,
        municipality_coordinator: municipal,
        party: colleague,
        signaller_party: signallerParty,
        withdrawing_party: withdrawingParty,
        former_family_regisseur: former,
        unrelated: await buildUser(db, ['professional']),
      };
      for (const [relation, user] of Object.entries(relations)) {
        const s = await login(t.app, user.username);
        const read = await t.app.inject({
          method: 'GET',
          url: `/api/involvement/matches/${matchId}`,
          headers: s.headers,
        });
        const wantRead =
          relation !== 'unrelated' &&
          relation !== 'former_family_regisseur' &&
          !(relation === 'withdrawing_party' && state === 'closed');
        if (read.statusCode !== (wantRead ? 200 : 403))
          failures.push(`read × ${relation} × ${state} → ${read.statusCode}`);
        const write = await t.app.inject({
          method: 'POST',
          url: `/api/involvement/matches/${matchId}/contact`,
          headers: s.headers,
          payload: {},
        });
        const coordinating = relation === 'direct_coordinator' || relation === 'municipality_coordinator';
        const wantWrite = coordinating ? (state === 'open' ? 200 : 409) : 403;
        if (write.statusCode !== wantWrite)
          failures.push(`contact × ${relation} × ${state} → ${write.statusCode} (expected ${wantWrite})`);
      }
      // A party without a registrant role (e.g. the organisation's administrator) sees nothing.
      const orgAdmin = await login(
        t.app,
        (await buildUser(db, ['admin'], { organisationId: gp.organisationId })).username,
      );
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/involvement/matches/${matchId}`,
        headers: orgAdmin.headers,
      });
      if (res.statusCode !== 403) failures.push(`read × admin of party × ${state} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('who is involved, in the dossier', () => {
  it("follows the family relationship × trajectory state; the family's own login is refused (the referral index is for professionals)", async () => {
    await checkFamilyRouteMatrix(
      t,
      [
        {
          name: 'involvement',
          access: 'read',
          method: 'GET',
          url: (f) => `/api/families/${f.familyId}/involvement`,
        },
      ],
      async () => ({}),
    );
  });
});
