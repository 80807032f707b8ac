// The development identity provider: mounted in the app in development (and on request in tests),
// never with NODE_ENV=production; its "log in as" page lists names, never a BSN, and a choice logs in
// through the same OIDC client flow as the real DigiD broker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BsnVault } from '../../../platform/bsn.js';
import { loadConfig } from '../../../config.js';
import type { Database } from '../../../platform/db/connect.js';
import { createTestApp, testConfig, type TestApp } from '../../../test-support/app.js';
import { createTestDatabase } from '../../../test-support/database.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../../test-support/factories.js';
import { freePort, loginForm, TestBrowser } from '../../../test-support/oidc.js';

const SECRET = 'test-secret-test-secret-test-secret-!';
let database: Database;
let t: TestApp;
let app: string;
let mother: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.kysely;
  const team = await buildTeam(db);
  const regisseur = await buildUser(db, ['professional']);
  const family = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: regisseur.id });
  await db.updateTable('family').set({ reference: 'G-0193-0001' }).where('id', '=', family.familyId).execute();
  mother = await buildPerson(db, family.familyId, {
    kind: 'parent',
    givenName: 'Fatima',
    bsn: '111222333',
    appSecret: SECRET,
  });
  const port = await freePort();
  app = `http://127.0.0.1:${port}`;
  t = await createTestApp({ database, config: testConfig({ DEV_IDP: 'true', OIDC_REDIRECT_BASE: app }) });
  await t.app.listen({ port, host: '127.0.0.1' });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

describe('the development identity provider', () => {
  it('is never on with NODE_ENV=production, whatever DEV_IDP says', async () => {
    const env = {
      NODE_ENV: 'production',
      APP_SECRET: SECRET,
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      DEV_IDP: 'true',
    };
    expect(loadConfig(env).devIdp).toBe(false);
    expect(loadConfig(env, { devIdp: true }).devIdp).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', APP_SECRET: SECRET }).devIdp).toBe(true);
    const production = await createTestApp({
      database,
      config: { ...testConfig(), ...loadConfig(env), logLevel: 'silent' },
    });
    try {
      const res = await production.app.inject({ url: '/dev-idp/.well-known/openid-configuration' });
      expect(res.statusCode).toBe(404);
      expect((await production.app.inject({ url: '/api/auth/oidc/providers' })).json()).toEqual({
        citizen: false,
        professional: false,
      });
    } finally {
      await production.app.close();
    }
  });

  it('offers the demo people by name (no BSN on the page) and logs in through the citizen flow', async () => {
    expect((await t.app.inject({ url: '/api/auth/oidc/providers' })).json()).toEqual({
      citizen: true,
      professional: false,
    });
    const b = new TestBrowser();
    const page = await b.go(`${app}/api/auth/oidc/citizen/start`);
    expect(page.url.pathname).toMatch(/^\/dev-idp\/interaction\//);
    expect(page.body).toContain('Fatima');
    expect(page.body).toContain('lang="nl"');
    expect(page.body).not.toContain('111222333');
    const { action } = loginForm(page.body);
    const done = await b.go(new URL(action, page.url), {
      form: { account: mother },
      stopBefore: (u) => !u.pathname.startsWith('/api/') && !u.pathname.startsWith('/dev-idp'),
    });
    expect(done.next?.pathname).toBe('/');
    const me = await b.request(new URL(`${app}/api/auth/me`));
    expect(me.status).toBe(200);
    const account = await database.kysely
      .selectFrom('family_account')
      .select('person_id')
      .where('person_id', '=', mother)
      .execute();
    expect(account).toHaveLength(1);
    expect(new BsnVault(SECRET).index('111222333')).toHaveLength(64);
  });
});
