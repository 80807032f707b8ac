// The one access-matrix harness. Every matrix — role × route (`checkRouteMatrix`), relationship with a
// family × trajectory state (`checkFamilyRouteMatrix`) and named actors × cases (`checkActorMatrix`)
// — judges each call the same way (`judgeCall`): anonymous is 401; an allowed caller gets through
// (no 401/403); anyone else gets 403 and leaves exactly one 'denied' audit entry (a refused attempt
// is logged too); a 5xx is always a failure.
import { expect } from 'vitest';
import { ROLES, type Role } from '../platform/db/schema.js';
import { login, type Session, type TestApp } from './app.js';
import { countDenied } from './audit.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from './factories.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface MatrixCall {
  /** How the failure names the cell, e.g. "GET /api/x as team lead". */
  label: string;
  /** undefined: an anonymous call. */
  session: Session | undefined;
  method: Method;
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
  allowed: boolean;
}

/** Runs one call of a matrix; returns why it failed, or null. */
export async function judgeCall(t: TestApp, call: MatrixCall): Promise<string | null> {
  const before = await countDenied(t.db.kysely);
  const res = await t.app.inject({
    method: call.method,
    url: call.url,
    headers: { ...(call.session?.headers ?? {}), ...(call.headers ?? {}) },
    ...(call.payload !== undefined ? { payload: call.payload } : {}),
  });
  const cell = `${call.label} → ${res.statusCode}`;
  if (res.statusCode >= 500) return `${cell} (server error) ${res.body.slice(0, 200)}`;
  if (!call.session) return res.statusCode === 401 ? null : `${cell} (expected 401)`;
  if (call.allowed)
    return res.statusCode === 401 || res.statusCode === 403
      ? `${cell} (expected access) ${res.body.slice(0, 200)}`
      : null;
  if (res.statusCode !== 403) return `${cell} (expected 403)`;
  return (await countDenied(t.db.kysely)) === before + 1 ? null : `${cell} (no denied audit entry)`;
}

// ---- role × route ----------------------------------------------------------------------------

export interface RouteCase {
  method: Method;
  url: string | (() => Promise<string>);
  payload?: () => Promise<object> | object;
  /** Roles that pass the access decision. */
  allowed: readonly Role[];
}

/** Every listed route as a user of each role (and anonymously). */
export async function checkRouteMatrix(t: TestApp, routes: RouteCase[]): Promise<void> {
  const sessions = new Map<Role, Session>();
  for (const role of ROLES) sessions.set(role, await login(t.app, (await buildUser(t.db.kysely, [role])).username));
  const failures: string[] = [];
  for (const route of routes) {
    for (const role of [...ROLES, 'anonymous' as const]) {
      const url = typeof route.url === 'string' ? route.url : await route.url();
      const payload = route.payload ? await route.payload() : undefined;
      const failure = await judgeCall(t, {
        label: `${role} ${route.method} ${url}`,
        session: role === 'anonymous' ? undefined : sessions.get(role),
        method: route.method,
        url,
        ...(payload ? { payload } : {}),
        allowed: role !== 'anonymous' && route.allowed.includes(role),
      });
      if (failure) failures.push(failure);
    }
  }
  expect(failures).toEqual([]);
}

// ---- named actors × cases ---------------------------------------------------------------------

export interface ActorCase {
  name: string;
  method: Method;
  url: () => string;
  payload?: () => object | string;
  headers?: Record<string, string>;
  /** Labels of the actors that pass. */
  allowed: readonly string[];
}

/** Every case as each named actor (a session, or undefined for anonymous); `ran` collects the labels used. */
export async function checkActorMatrix(
  t: TestApp,
  actors: ReadonlyMap<string, Session | undefined>,
  cases: ActorCase[],
  ran?: Set<string>,
): Promise<void> {
  const failures: string[] = [];
  for (const c of cases) {
    for (const [label, session] of actors) {
      ran?.add(label);
      const payload = c.payload?.();
      const failure = await judgeCall(t, {
        label: `${c.name} as ${label}`,
        session,
        method: c.method,
        url: c.url(),
        ...(payload !== undefined ? { payload } : {}),
        ...(c.headers ? { headers: c.headers } : {}),
        allowed: c.allowed.includes(label),
      });
      if (failure) failures.push(failure);
    }
  }
  expect(failures).toEqual([]);
}

// ---- relationship with a family × trajectory state --------------------------------------------

export const RELATIONS = ['regisseur', 'trajectory_member', 'team_lead', 'unrelated', 'own_family'] as const;
export type Relation = (typeof RELATIONS)[number];
export type State = 'open' | 'closed';
/** read: the dossier; write: care professionals on an open trajectory. */
export type Access = 'read' | 'write';

export interface FamilyFixture {
  familyId: string;
  regisseur: Session;
}
/** The family id and whatever ids `prepare` created (meetings, participants …). */
export type FixtureIds = Record<string, string> & { familyId: string };
export interface FamilyRouteCase {
  name: string;
  access: Access;
  method: Method;
  url: (f: FixtureIds) => string;
  payload?: (f: FixtureIds) => object;
}

/**
 * The family's own login reads and writes nothing on the professionals' routes: the family reads its
 * file in the portal (/api/portal, /api/family-rights), where shields and the age and authority rules
 * apply (portal.access.test.ts, family-rights.access.test.ts).
 */
export function expectedAllowed(access: Access, relation: Relation, state: State): boolean {
  if (relation === 'unrelated' || relation === 'own_family') return false;
  if (access === 'read') return true;
  return state === 'open';
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
        const payload = route.payload?.(fixture);
        const failure = await judgeCall(t, {
          label: `${route.name} × ${relation} × ${state}`,
          session,
          method: route.method,
          url: route.url(fixture),
          ...(payload ? { payload } : {}),
          allowed: expectedAllowed(route.access, relation, state),
        });
        if (failure) failures.push(failure);
      }
    }
  }
  expect(failures).toEqual([]);
}
