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
