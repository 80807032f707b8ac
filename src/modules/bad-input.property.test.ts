// Bad input gets a clear 4xx and changes nothing: random bodies, fields and ids against the
// login and administration routes, with a fingerprint of the database before and after.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../test-support/app.js';
import { buildOrganisation, buildTeam, buildUser, ensureGeography } from '../test-support/factories.js';

let t: TestApp;
let admin: Session;
let fixtures: { org: string; team: string; user: string };
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
  admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
  fixtures = {
    org: await buildOrganisation(t.db.kysely),
    team: await buildTeam(t.db.kysely),
    user: (await buildUser(t.db.kysely, ['professional'])).id,
  };
});
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const db = t.db.kysely;
  const count = async (
    table: 'app_user' | 'team' | 'team_membership' | 'organisation' | 'session' | 'team_neighbourhood' | 'role_policy',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const users = await db
    .selectFrom('app_user')
    .select(['username', 'display_name', 'roles', 'active', 'version', 'failed_logins'])
    .orderBy('id')
    .execute();
  const policies = await db.selectFrom('role_policy').select(['role', 'totp_required']).orderBy('role').execute();
  return JSON.stringify([
    await count('app_user'),
    await count('team'),
    await count('team_membership'),
    await count('organisation'),
    await count('session'),
    await count('team_neighbourhood'),
    users,
    policies,
  ]);
}

const junk = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string(), { maxKeys: 4 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '💥'.repeat(50),
    "'; DROP TABLE app_user; --",
    'x'.repeat(5000),
    '../../etc/passwd',
    '<script>alert(1)</script>',
  ),
);
const ids = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('1', '-1', 'null', '%00', '..', 'a'.repeat(300)),
);

const ROUTES: Array<{
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET';
  url: (id: string) => string;
  fields: string[];
  /** A search in a POST body (personal data stays out of URLs): may succeed like a GET. */
  read?: true;
}> = [
  {
    method: 'POST',
    url: () => '/api/admin/users',
    fields: ['username', 'displayName', 'email', 'homeOrganisationId', 'roles', 'password'],
  },
  {
    method: 'PATCH',
    url: (id) => `/api/admin/users/${id}`,
    fields: ['version', 'displayName', 'email', 'roles', 'active', 'homeOrganisationId'],
  },
  { method: 'POST', url: (id) => `/api/admin/users/${id}/password-reset`, fields: [] },
  { method: 'POST', url: (id) => `/api/admin/users/${id}/totp-reset`, fields: [] },
  { method: 'POST', url: (id) => `/api/privileged-changes/${id}/approve`, fields: ['note'] },
  { method: 'POST', url: (id) => `/api/privileged-changes/${id}/reject`, fields: ['note'] },
  { method: 'POST', url: () => '/api/public/password', fields: ['token', 'password'] },
  { method: 'POST', url: () => '/api/admin/organisations', fields: ['name', 'type', 'agbCode', 'municipalityCode'] },
  {
    method: 'POST',
    url: () => '/api/admin/teams',
    fields: ['name', 'type', 'organisationId', 'municipalityCode', 'neighbourhoodCodes'],
  },
  { method: 'POST', url: (id) => `/api/admin/teams/${id}/members`, fields: ['userId', 'isLead'] },
  { method: 'DELETE', url: (id) => `/api/admin/teams/${id}/members/${id}`, fields: [] },
  { method: 'PUT', url: (id) => `/api/admin/role-policies/${id}`, fields: ['totpRequired'] },
  { method: 'GET', url: (id) => `/api/admin/users?page=${id}&q=${'%'.repeat(3)}`, fields: [] },
  { method: 'POST', url: () => '/api/admin/users/search', fields: ['q', 'organisationId', 'page'], read: true },
];

describe('bad input is a 4xx and changes nothing', () => {
  it('login: random bodies, content types and sizes', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ username: junk, password: junk }, { requiredKeys: [] }),
          junk,
          fc.record({ username: fc.string(), password: fc.string(), extra: junk }),
        ),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml'),
        async (body, contentType) => {
          const payload = typeof body === 'string' ? body : JSON.stringify(body);
          const res = await t.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload,
            headers: { 'content-type': contentType },
          });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect(typeof res.json().code).toBe('string');
        },
      ),
      { numRuns: 150 },
    );
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(400_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username": "a",',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.json().code).toBe('invalid_json');
    expect(await fingerprint()).toBe(before);
  });

  it('administration routes: malformed fields, unknown fields, unknown ids', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        ids,
        fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 6 }),
        fc.boolean(),
        async (route, id, randomFields, reuseKnownFields) => {
          const body: Record<string, unknown> = { ...randomFields };
          if (reuseKnownFields) for (const f of route.fields) body[f] = fc.sample(junk, 1)[0];
          const res = await t.app.inject({
            method: route.method,
            url: route.url(encodeURIComponent(id)),
            headers: admin.headers,
            ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: body }),
          });
          expect(
            res.statusCode,
            `${route.method} ${route.url(id)} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (res.statusCode < 400) expect(route.method === 'GET' || route.read === true).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    // unknown but well-formed ids: 404 or 400, never 500
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/admin/users/${unknown}`, headers: admin.headers })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/admin/teams/${unknown}/members`,
          payload: { userId: fixtures.user },
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/admin/teams/${fixtures.team}/members`,
          payload: { userId: unknown },
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/admin/teams',
          payload: { name: 'T', type: 'cjg', organisationId: unknown, municipalityCode: '0193' },
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            username: 'ok.name',
            displayName: 'X',
            homeOrganisationId: fixtures.org,
            roles: ['professional'],
            password: 'short',
          },
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(400);
    expect(await fingerprint()).toBe(before);
  });
});
