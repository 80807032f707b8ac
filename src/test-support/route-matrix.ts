// Runs every listed route as every role (and anonymously) and checks who gets through, and that
// each denial is answered 403 and leaves a 'denied' audit entry — a refused attempt is logged too.
import { expect } from 'vitest';
import { ROLES, type Role } from '../platform/db/schema.js';
import type { TestApp } from './app.js';
import { login } from './app.js';
import { buildUser } from './factories.js';

export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string | (() => Promise<string>);
  payload?: () => Promise<object> | object;
  /** Roles that pass the access decision. */
  allowed: readonly Role[];
}

export async function checkRouteMatrix(t: TestApp, routes: RouteCase[]): Promise<void> {
  const sessions = new Map<Role, Awaited<ReturnType<typeof login>>>();
  for (const role of ROLES) sessions.set(role, await login(t.app, (await buildUser(t.db.kysely, [role])).username));
  const failures: string[] = [];
  for (const route of routes) {
    for (const role of [...ROLES, 'anonymous' as const]) {
      const url = typeof route.url === 'string' ? route.url : await route.url();
      const payload = route.payload ? await route.payload() : undefined;
      const session = role === 'anonymous' ? undefined : sessions.get(role);
      const deniedBefore = await countDenied(t);
      const res = await t.app.inject({
        method: route.method,
        url,
        ...(payload ? { payload } : {}),
        headers: session?.headers ?? {},
      });
      const label = `${role} ${route.method} ${url} → ${res.statusCode}`;
      if (role === 'anonymous') {
        if (res.statusCode !== 401) failures.push(`${label} (expected 401)`);
      } else if (route.allowed.includes(role)) {
        if (res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500)
          failures.push(`${label} (expected access) ${res.body.slice(0, 200)}`);
      } else {
        if (res.statusCode !== 403) failures.push(`${label} (expected 403)`);
        else if ((await countDenied(t)) !== deniedBefore + 1) failures.push(`${label} (no denied audit entry)`);
      }
    }
  }
  expect(failures).toEqual([]);
}

async function countDenied(t: TestApp): Promise<number> {
  const row = await t.db.kysely
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('outcome', '=', 'denied')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
