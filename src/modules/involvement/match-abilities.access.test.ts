// A match's `recordContact` flag agrees with recording contact, over role × relationship with the
// match (direct or municipality coordinator, party, a regisseur without part, unrelated) × match
// state (open, closed) — in the match itself and in the list of matches.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { AbilityMatrix } from '../../test-support/ability-matrix.js';
import {
  buildFamilyWithTrajectory,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration } from '../../test-support/involvement.js';

// Every cell builds its own records and asks twice over HTTP: far more than one route matrix.
const MATRIX_TIMEOUT = 600_000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

/** A match between a school and a GP for a child whose family's regisseur coordinates it. */
async function buildMatch(state: 'open' | 'closed') {
  const db = t.db.kysely;
  const direct = await buildUser(db, ['professional']);
  const municipal = await buildUser(db, ['team_lead']);
  await db
    .insertInto('involvement_coordinator')
    .values({ municipality_code: '0193', user_id: municipal.id, set_by: municipal.id })
    .onConflict((oc) => oc.column('municipality_code').doUpdateSet({ user_id: municipal.id }))
    .execute();
  const bsn = nextBsn();
  const family = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: direct.id });
  await buildPerson(db, family.familyId, { kind: 'child', bsn, appSecret: t.config.appSecret });
  const [school, gp] = [await buildRegistrant(t, 'school'), await buildRegistrant(t, 'gp_practice')];
  const register = (headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/involvement/registrations', headers, payload: registration(bsn) });
  const mine = (await register(school.session.headers)).json<{ registration: { id: string } }>().registration.id;
  const matchId = (await register(gp.session.headers)).json<{ matches: Array<{ id: string }> }>().matches[0]?.id;
  if (!matchId) throw new Error('no match');
  if (state === 'closed')
    await t.app.inject({
      method: 'POST',
      url: `/api/involvement/registrations/${mine}/withdraw`,
      headers: school.session.headers,
    });
  const otherRegisseur = await buildUser(db, ['professional']);
  await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: otherRegisseur.id });
  return {
    matchId,
    relations: {
      'direct coordinator (professional)': direct,
      'municipality coordinator (team_lead)': municipal,
      'party (professional)': await buildUser(db, ['professional'], { organisationId: gp.organisationId }),
      'party (signaller)': await buildUser(db, ['signaller'], { organisationId: gp.organisationId }),
      'regisseur of another family (professional)': otherRegisseur,
      'unrelated (team_lead)': await buildUser(db, ['team_lead']),
    },
  };
}

describe('match abilities', () => {
  it(
    'recordContact is what the server then decides, read alone or in the list',
    async () => {
      const matrix = new AbilityMatrix(t);
      for (const state of ['open', 'closed'] as const) {
        const { matchId, relations } = await buildMatch(state);
        for (const [relation, user] of Object.entries(relations)) {
          const session = await login(t.app, user.username);
          const attempt = () => ({
            method: 'POST' as const,
            url: `/api/involvement/matches/${matchId}/contact`,
            payload: { method: 'phone' },
          });
          await matrix.probe({
            flag: 'match abilities.recordContact',
            cell: `${relation} × ${state}`,
            session,
            read: `/api/involvement/matches/${matchId}`,
            path: 'abilities.recordContact',
            attempt,
          });
          // In the list the flag sits on the match's item; unlisted matches carry no flag.
          const list = await t.app.inject({ method: 'GET', url: '/api/involvement/matches', headers: session.headers });
          const items = list.statusCode === 200 ? list.json<{ items: Array<{ id: string }> }>().items : [];
          const index = items.findIndex((i) => i.id === matchId);
          if (index >= 0)
            await matrix.probe({
              flag: 'matches abilities.recordContact',
              cell: `${relation} × ${state}`,
              session,
              read: '/api/involvement/matches',
              path: `items.${index}.abilities.recordContact`,
              attempt,
            });
        }
      }
      matrix.check(['match abilities.recordContact', 'matches abilities.recordContact']);
    },
    MATRIX_TIMEOUT,
  );
});
