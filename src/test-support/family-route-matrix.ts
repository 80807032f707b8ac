// Family routes as a matrix: relationship with the family (regisseur, trajectory member, lead of
// the trajectory's team, an unrelated professional, the family's own portal login) × trajectory
// state (open, closed). Each denial must be a 403 with a 'denied' audit entry.
import { expect } from 'vitest';
import type { Role } from '../platform/db/schema.js';
import { login, type Session, type TestApp } from './app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from './factories.js';

export const RELATIONS = ['regisseur', 'trajectory_member', 'team_lead', 'unrelated', 'own_family'] as const;
export type Relation = (typeof RELATIONS)[number];
export type State = 'open' | 'closed';
/** read: the dossier; professional_read: the dossier without the family portal; write: care professionals on an open trajectory; family_write: also the family itself. */
export type Access = 'read' | 'professional_read' | 'write' | 'family_write';

export interface FamilyFixture {
  familyId: string;
  regisseur: Session;
}
/** The family id and whatever ids `prepare` created (meetings, participants …). */
export type FixtureIds = Record<string, string> & { familyId: string };
export interface FamilyRouteCase {
  name: string;
  access: Access;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: (f: FixtureIds) => string;
  payload?: (f: FixtureIds) => object;
}

export function expectedAllowed(access: Access, relation: Relation, state: State): boolean {
  if (relation === 'unrelated') return false;
  if (access === 'read') return true;
  if (access === 'professional_read') return relation !== 'own_family';
  if (state === 'closed') return false;
  return relation !== 'own_family' || access === 'family_write';
}

async function countDenied(t: TestApp): Promise<number> {
  const row = await t.db.kysely
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('outcome', '=', 'denied')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * For every relation × state: builds a family (open trajectory), lets `prepare` create what the
 * routes need as the regisseur, closes the trajectory when the state says so, and runs each route.
 */
export async function checkFamilyRouteMatrix(
  t: TestApp,
  routes: FamilyRouteCase[],
  prepare: (f: FamilyFixture) => Promise<Record<string, string>>,
): Promise<void> {
  const db = t.db.kysely;
  const failures: string[] = [];
  for (const relation of RELATIONS) {
    for (const state of ['open', 'closed'] as const) {
      const roles: Role[] =
        relation === 'own_family'
          ? ['family']
          : relation === 'team_lead'
            ? ['professional', 'team_lead']
            : ['professional'];
      const user = await buildUser(db, roles);
      const regisseurUser = relation === 'regisseur' ? user : await buildUser(db, ['professional']);
      const teamId = await buildTeam(db);
      const { familyId, trajectoryId } = await buildFamilyWithTrajectory(db, {
        teamId,
        regisseurId: regisseurUser.id,
        members: relation === 'trajectory_member' ? [user.id] : [],
      });
      if (relation === 'team_lead') await addToTeam(db, teamId, user.id, true);
      if (relation === 'unrelated') await addToTeam(db, teamId, user.id, false);
      if (relation === 'own_family')
        await db.insertInto('family_account').values({ user_id: user.id, family_id: familyId }).execute();
      const regisseur = await login(t.app, regisseurUser.username);
      const fixture: FixtureIds = { ...(await prepare({ familyId, regisseur })), familyId };
      if (state === 'closed')
        await db
          .updateTable('trajectory')
          .set({ status: 'closed', closed_at: new Date() })
          .where('id', '=', trajectoryId)
          .execute();
      const session = await login(t.app, user.username);
      for (const route of routes) {
        const want = expectedAllowed(route.access, relation, state);
        const before = await countDenied(t);
        const payload = route.payload?.(fixture);
        const res = await t.app.inject({
          method: route.method,
          url: route.url(fixture),
          headers: session.headers,
          ...(payload ? { payload } : {}),
        });
        const cell = `${route.name} × ${relation} × ${state} → ${res.statusCode}`;
        if (res.statusCode >= 500) failures.push(`${cell} (server error) ${res.body.slice(0, 200)}`);
        else if (want && (res.statusCode === 401 || res.statusCode === 403))
          failures.push(`${cell} (expected access) ${res.body.slice(0, 200)}`);
        else if (!want && res.statusCode !== 403) failures.push(`${cell} (expected 403)`);
        else if (!want && (await countDenied(t)) !== before + 1) failures.push(`${cell} (no denied audit entry)`);
      }
    }
  }
  expect(failures).toEqual([]);
}
