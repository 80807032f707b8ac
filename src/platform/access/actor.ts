import { sql } from 'kysely';
import type { Role } from '../db/schema.js';

/** The authenticated user behind a request, as resolved from the session. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly organisationId: string;
  readonly sessionId: string | null;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

export function firstRole(actor: Actor, ...roles: Role[]): Role | undefined {
  return roles.find((r) => actor.roles.includes(r));
}

/** SQL condition: the app_user row (aliased or not) has this role. */
export function userHasRoleSql(role: Role, column = 'roles') {
  return sql<boolean>`${role} = ANY(${sql.ref(column)})`;
}
