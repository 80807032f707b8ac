import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestApp, login, TEST_PASSWORD, testConfig, type TestApp } from '../../test-support/app.js';
import { PUBLIC_ROUTES, routesWithoutAccessMatrix } from '../../test-support/access-coverage.js';
import { createTestDatabase } from '../../test-support/database.js';
import { buildOrganisation, buildUser } from '../../test-support/factories.js';
import type { Database } from '../db/connect.js';
import { loggerOptions } from './logger.js';

let t: TestApp;

/** `METHOD /path` for every route under /api in Fastify's printRoutes() tree (each level indented by four characters). */
function registeredRoutes(tree: string): string[] {
  const prefixes: string[] = [];
  const out: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (prefixes[depth - 1] ?? '') + m[2]!;
    prefixes[depth] = path;
    prefixes.length = depth + 1;
    if (!path.startsWith('/api/') || !m[3]) continue;
    for (const method of m[3].split(', ')) if (method !== 'HEAD') out.push(`${method} ${path}`);
  }
  return out;
}
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('API conventions', () => {
  it('answers health with the backend', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: t.db.kind });
  });

  it('documents every API route in OpenAPI 3.1', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const routes = t.app.printRoutes({ commonPrefix: false });
    const expected = [
      'POST /api/auth/login',
      'GET /api/auth/me',
      'POST /api/auth/logout',
      'GET /api/admin/users',
      'PATCH /api/admin/users/:id',
      'POST /api/admin/teams/:id/members',
      'GET /api/audit/events',
      'POST /api/access/break-glass',
      'GET /api/inbox',
      'GET /api/health',
      'GET /api/geo/municipalities',
    ];
    for (const route of expected) expect(documented, `${route} missing in ${routes.slice(0, 100)}`).toContain(route);
    // Every registered API route and method (HEAD aside, which Fastify adds to each GET) is in the document.
    const registered = registeredRoutes(routes).filter(
      (r) => !r.includes(' /api/docs') && !r.endsWith(' /api/openapi.json'),
    );
    expect(registered.length).toBeGreaterThan(100);
    expect(registered.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('covers every registered API route with an access-matrix test, or lists it as public with a reason', () => {
    const registered = registeredRoutes(t.app.printRoutes({ commonPrefix: false })).filter(
      (r) => !r.includes(' /api/docs') && !r.endsWith(' /api/openapi.json'),
    );
    // The public list names only routes that exist, so it cannot hide a removed or renamed one.
    expect(Object.keys(PUBLIC_ROUTES).filter((r) => !registered.includes(r))).toEqual([]);
    expect(routesWithoutAccessMatrix(registered)).toEqual([]);
  });

  it('answers unknown API routes with problem+json 404, in Dutch by default and English on request', async () => {
    const nl = await t.app.inject({ url: '/api/nothing-here' });
    expect(nl.statusCode).toBe(404);
    expect(nl.headers['content-type']).toContain('application/problem+json');
    expect(nl.json()).toMatchObject({ code: 'route_not_found', title: 'Deze API-route bestaat niet.' });
    const en = await t.app.inject({ url: '/api/nothing-here', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.json().title).toBe('This API route does not exist.');
  });

  it('answers an over-long path parameter and a malformed URL with problem+json, without echoing the path', async () => {
    const long = 'Zoeknaam'.repeat(20);
    const tooLong = await t.app.inject({ url: `/api/families/${long}` });
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.headers['content-type']).toContain('application/problem+json');
    expect(tooLong.json()).toMatchObject({ code: 'uri_too_long', title: 'Een deel van het adres is te lang.' });
    expect(tooLong.body).not.toContain('Zoeknaam');
    const bad = await t.app.inject({ url: '/api/families/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_url' });
  });

  it('sets security headers', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('requires login for data routes', async () => {
    for (const url of ['/api/geo/municipalities', '/api/inbox', '/api/auth/me', '/api/auth/sessions']) {
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    }
  });
});

describe('logs', () => {
  it('hold request id and actor, but no passwords, names, e-mail addresses, tokens or query strings', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const db: Database = await createTestDatabase();
    const app = await buildApp({
      config: testConfig(),
      database: db,
      logger: pino(loggerOptions('debug'), sink),
      serveWeb: false,
    });
    try {
      const admin = await buildUser(db.kysely, ['admin'], { username: 'log.admin' });
      const s = await login(app, admin.username);
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'log.admin', password: 'Geheim-Wachtwoord-123' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/admin/users/search',
        headers: s.headers,
        payload: { q: 'Jansen-Zoekterm' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: s.headers,
        payload: {
          username: 'log.target',
          displayName: 'Fatima Zoeknaam',
          email: 'fatima@example.invalid',
          homeOrganisationId: await buildOrganisation(db.kysely),
          roles: ['professional'],
          password: 'Nog-Een-Geheim-Wachtwoord',
        },
      });
      const text = lines.join('');
      expect(lines.length).toBeGreaterThan(4);
      for (const secret of [
        'Geheim-Wachtwoord-123',
        TEST_PASSWORD,
        'Fatima Zoeknaam',
        'fatima@example.invalid',
        'Jansen-Zoekterm',
        'Nog-Een-Geheim-Wachtwoord',
        s.cookie.split('=')[1] as string,
        s.csrf,
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).toContain('"reqId"');
      expect(text).toContain(`"actor":"${admin.id}"`);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
