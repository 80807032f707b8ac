// The OIDC login against real providers (oidc-provider on loopback) with a real HTTP client that
// follows the redirects and keeps cookies: citizens by BSN, professionals by account claim, and the
// attacks and mistakes the client must refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../platform/bsn.js';
import { setClockSource } from '../../../platform/clock.js';
import { SecretBox } from '../../../platform/crypto/secret-box.js';
import { currentTotp, newTotpSecret } from '../../../platform/crypto/totp.js';
import { createTestApp, testConfig, type TestApp } from '../../../test-support/app.js';
import { createTestDatabase } from '../../../test-support/database.js';
import type { Database } from '../../../platform/db/connect.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../../test-support/factories.js';
import { freePort, loginForm, startTestIdp, TestBrowser, type TestIdp } from '../../../test-support/oidc.js';

const SECRET = 'test-secret-test-secret-test-secret-!';
const bsns = (() => {
  const out: string[] = [];
  for (let n = 111_222_000; out.length < 6; n++) if (isValidBsn(String(n))) out.push(String(n));
  return out;
})();
const [MOTHER, YOUTH, CHILD, STRANGER] = bsns as [string, string, string, string];

let t: TestApp;
let app: string;
let citizen: TestIdp;
let professional: TestIdp;
let rogue: TestIdp;
const people: Record<string, string> = {};
const users: Record<string, { id: string; username: string }> = {};
const totpSecret = newTotpSecret();

let database: Database;

beforeAll(async () => {
  const port = await freePort();
  app = `http://127.0.0.1:${port}`;
  const client = (provider: string) => ({
    clientId: `kt-${provider}`,
    clientSecret: `${provider}-client-secret-0123456789`,
    redirectUris: [`${app}/api/auth/oidc/${provider}/callback`],
    postLogoutRedirectUris: [`${app}/login?uitgelogd=1`],
  });
  database = await createTestDatabase();
  const db = database.kysely;
  const team = await buildTeam(db);
  const regisseur = await buildUser(db, ['professional']);
  const family = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: regisseur.id });
  people.mother = await buildPerson(db, family.familyId, { kind: 'parent', bsn: MOTHER, appSecret: SECRET });
  people.youth = await buildPerson(db, family.familyId, { bsn: YOUTH, birthDate: '2012-01-15', appSecret: SECRET });
  people.child = await buildPerson(db, family.familyId, { bsn: CHILD, birthDate: '2018-05-01', appSecret: SECRET });
  // The mother already has a portal account (made earlier); the young person logs in for the first time.
  users.mother = await buildUser(db, ['family']);
  await db
    .insertInto('family_account')
    .values({ user_id: users.mother.id, family_id: family.familyId, person_id: people.mother })
    .execute();
  users.mfa = await buildUser(db, ['professional']);
  users.totp = await buildUser(db, ['professional']);
  await db
    .updateTable('app_user')
    .set({ totp_enabled: true, totp_secret_enc: new SecretBox(SECRET, 'totp').seal(totpSecret) })
    .where('id', '=', users.totp.id)
    .execute();

  const citizenAccounts = [
    { id: 'mother', name: 'Moeder', description: '', claims: { bsn: MOTHER } },
    { id: 'youth', name: 'Jongere', description: '', claims: { bsn: YOUTH } },
    { id: 'child', name: 'Kind', description: '', claims: { bsn: CHILD } },
    { id: 'stranger', name: 'Onbekend', description: '', claims: { bsn: STRANGER } },
  ];
  citizen = await startTestIdp({ accounts: citizenAccounts, clients: [client('citizen')], name: 'DigiD-test' });
  // Another provider that knows the same client: its answers must not be taken for the citizen provider's.
  rogue = await startTestIdp({ accounts: citizenAccounts, clients: [client('citizen')], name: 'Ander' });
  professional = await startTestIdp({
    name: 'Gemeente-IdP-test',
    clients: [client('professional')],
    accounts: [
      {
        id: 'mfa',
        name: 'A',
        description: '',
        claims: { preferred_username: users.mfa.username },
        amr: ['pwd', 'mfa'],
      },
      { id: 'totp', name: 'B', description: '', claims: { preferred_username: users.totp.username }, amr: ['pwd'] },
      { id: 'unknown', name: 'C', description: '', claims: { preferred_username: 'niet.bekend' }, amr: ['mfa'] },
    ],
  });
  t = await createTestApp({
    database,
    config: testConfig({
      OIDC_REDIRECT_BASE: app,
      OIDC_CITIZEN_ISSUER: citizen.issuer,
      OIDC_CITIZEN_CLIENT_ID: 'kt-citizen',
      OIDC_CITIZEN_CLIENT_SECRET: client('citizen').clientSecret,
      OIDC_PROFESSIONAL_ISSUER: professional.issuer,
      OIDC_PROFESSIONAL_CLIENT_ID: 'kt-professional',
      OIDC_PROFESSIONAL_CLIENT_SECRET: client('professional').clientSecret,
      OIDC_PROFESSIONAL_MFA_CLAIM: 'amr',
    }),
  });
  await t.app.listen({ port, host: '127.0.0.1' });
});

afterAll(async () => {
  await t?.close();
  await database?.close();
  await Promise.all([citizen?.close(), professional?.close(), rogue?.close()]);
});

const isCallback = (url: URL) => url.pathname.endsWith('/callback');
const isAuthorize = (idp: TestIdp) => (url: URL) => url.href.startsWith(`${idp.issuer}/auth?`);

/** Start at the app, arrive at the provider's "log in as" page; optionally tamper with the authorization request. */
async function toProvider(
  b: TestBrowser,
  provider: 'citizen' | 'professional',
  idp: TestIdp,
  tamper?: (url: URL) => URL,
) {
  const started = await b.go(`${app}/api/auth/oidc/${provider}/start?terug=/gezin`, { stopBefore: isAuthorize(idp) });
  expect(started.next).toBeDefined();
  const authorize = tamper ? tamper(started.next as URL) : (started.next as URL);
  return b.go(authorize);
}

/** Choose an account at the provider; stop before the app's callback (returned as `next`). */
async function chooseAccount(b: TestBrowser, page: { url: URL; body: string }, account: string) {
  const form = loginForm(page.body);
  expect(form.accounts).toContain(account);
  const done = await b.go(new URL(form.action, page.url), { form: { account }, stopBefore: isCallback });
  expect(done.next).toBeDefined();
  return done.next as URL;
}

async function callback(b: TestBrowser, url: URL) {
  const res = await b.request(url);
  if (res.status !== 303) throw new Error(`callback answered ${res.status}: ${await res.text()}`);
  return res.headers.get('location');
}

async function login(provider: 'citizen' | 'professional', idp: TestIdp, account: string) {
  const b = new TestBrowser();
  const page = await toProvider(b, provider, idp);
  return { b, location: await callback(b, await chooseAccount(b, page, account)) };
}

const me = (b: TestBrowser) => b.request(new URL(`${app}/api/auth/me`));
const audit = (requestless: { event?: string; subject?: string } = {}) => {
  let q = database.kysely.selectFrom('audit_event').selectAll().orderBy('id', 'desc');
  if (requestless.event) q = q.where('event', '=', requestless.event);
  if (requestless.subject) q = q.where('subject_id', '=', requestless.subject);
  return q.execute();
};

describe('citizens log in with DigiD (through the broker)', () => {
  it("a young person's first login makes their family account; the BSN is nowhere", async () => {
    const { b, location } = await login('citizen', citizen, 'youth');
    expect(location).toBe('/gezin');
    const res = await me(b);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { id: string; roles: string[] } };
    expect(body.user.roles).toEqual(['family']);
    const account = await database.kysely
      .selectFrom('family_account')
      .select(['user_id', 'person_id'])
      .where('person_id', '=', people.youth ?? '')
      .executeTakeFirstOrThrow();
    expect(account.user_id).toBe(body.user.id);
    const rows = await audit({ subject: people.youth });
    expect(rows.map((r) => [r.event, r.outcome, r.subject_type])).toEqual([
      ['auth.login', 'allowed', 'person'],
      ['auth.family_account_created', 'allowed', 'person'],
    ]);
    // A second login is the same account.
    const again = await login('citizen', citizen, 'youth');
    expect(((await (await me(again.b)).json()) as { user: { id: string } }).user.id).toBe(body.user.id);
    // The BSN is not in the audit log, the sessions or the identity links.
    const dump = JSON.stringify([
      await database.kysely.selectFrom('audit_event').selectAll().execute(),
      await database.kysely.selectFrom('session').selectAll().execute(),
      await database.kysely.selectFrom('external_identity').selectAll().execute(),
      await database.kysely.selectFrom('oidc_login').selectAll().execute(),
    ]);
    for (const bsn of bsns) expect(dump).not.toContain(bsn);
    expect(b.visited.join(' ')).not.toContain(YOUTH);
  });

  it('a parent with an account logs in as that account', async () => {
    const { b, location } = await login('citizen', citizen, 'mother');
    expect(location).toBe('/gezin');
    expect(((await (await me(b)).json()) as { user: { id: string } }).user.id).toBe(users.mother?.id);
  });

  it('a BSN that matches nobody gets the "no data" page, audited as denied; nothing is made', async () => {
    const before = await database.kysely
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const { b, location } = await login('citizen', citizen, 'stranger');
    expect(location).toBe('/inloggen/mislukt?reden=no_family');
    expect((await me(b)).status).toBe(401);
    const after = await database.kysely
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const [last] = await audit({ event: 'auth.login' });
    expect(last).toMatchObject({ outcome: 'denied', actor_user_id: null, actor_role: 'family' });
  });

  it('a child under 12 is sent to the page that explains the parents log in', async () => {
    const { location } = await login('citizen', citizen, 'child');
    expect(location).toBe('/inloggen/mislukt?reden=too_young');
  });

  it('logout ends the session here and, through end_session, at the provider', async () => {
    const { b } = await login('citizen', citizen, 'mother');
    const csrf = ((await (await me(b)).json()) as { csrfToken: string }).csrfToken;
    const out = await b.request(new URL(`${app}/api/auth/oidc/logout`), {
      method: 'POST',
      headers: { 'x-csrf-token': csrf },
    });
    expect(out.status).toBe(200);
    const { endSessionUrl } = (await out.json()) as { endSessionUrl: string };
    expect(endSessionUrl.startsWith(`${citizen.issuer}/session/end?`)).toBe(true);
    expect((await me(b)).status).toBe(401);
    const confirm = await b.go(endSessionUrl);
    expect(confirm.body).toContain('Ja, uitloggen');
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(confirm.body)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)?.[1] ?? '';
    const done = await b.go(new URL(action, confirm.url), {
      form: { xsrf, logout: 'yes' },
      stopBefore: (u) => u.origin === app,
    });
    expect(done.next?.href).toBe(`${app}/login?uitgelogd=1`);
    // The provider's session is gone: a new login asks who you are again.
    const page = await toProvider(b, 'citizen', citizen);
    expect(loginForm(page.body).accounts).toContain('mother');
  });
});

describe("professionals log in at the municipality's identity provider", () => {
  it('maps to the existing account; an asserted MFA needs no second step; the subject is linked', async () => {
    const { b, location } = await login('professional', professional, 'mfa');
    expect(location).toBe('/gezin');
    expect((await me(b)).status).toBe(200);
    const link = await database.kysely
      .selectFrom('external_identity')
      .select(['user_id', 'issuer'])
      .where('user_id', '=', users.mfa?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(link.issuer).toBe(professional.issuer);
  });

  it('without an MFA assertion the TOTP step follows', async () => {
    const { b, location } = await login('professional', professional, 'totp');
    expect(location).toBe('/login?stap=code');
    expect((await me(b)).status).toBe(401);
    const pending = (await (await b.request(new URL(`${app}/api/auth/oidc/pending`))).json()) as {
      status: string;
      csrfToken: string;
    };
    expect(pending.status).toBe('totp_required');
    const ok = await fetch(`${app}/api/auth/totp`, {
      method: 'POST',
      headers: {
        cookie: b.cookieHeader(new URL(app + '/api/')),
        'x-csrf-token': pending.csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ code: currentTotp(totpSecret) }),
    });
    expect(ok.status).toBe(200);
    const session =
      ok.headers
        .getSetCookie()
        .find((c) => c.startsWith('kt_session='))
        ?.split(';')[0] ?? '';
    const row = await database.kysely
      .selectFrom('session')
      .select(['identity_provider', 'mfa_pending'])
      .where('user_id', '=', users.totp?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ identity_provider: 'professional', mfa_pending: false });
    expect((await fetch(`${app}/api/auth/me`, { headers: { cookie: session } })).status).toBe(200);
  });

  it('an unknown professional is never created: a clear page and a denied audit row (name hashed)', async () => {
    const { location } = await login('professional', professional, 'unknown');
    expect(location).toBe('/inloggen/mislukt?reden=unknown_professional');
    expect(
      await database.kysely.selectFrom('app_user').select('id').where('username', '=', 'niet.bekend').execute(),
    ).toEqual([]);
    const [last] = await audit({ event: 'auth.login' });
    expect(last?.outcome).toBe('denied');
    expect(last?.actor_username).toMatch(/^unknown:[0-9a-f]{32}$/);
  });
});

describe('what the client refuses', () => {
  const sessions = () =>
    database.kysely
      .selectFrom('session')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();

  it('a replayed state (the callback used twice, even with its cookie)', async () => {
    const b = new TestBrowser();
    const page = await toProvider(b, 'citizen', citizen);
    const url = await chooseAccount(b, page, 'mother');
    const cookie = [...b.cookies(app).entries()].find(([k]) => k.startsWith('kt_oidc'));
    expect(await callback(b, url)).toBe('/gezin');
    if (cookie) b.cookies(app).set(cookie[0], cookie[1]);
    const before = await sessions();
    expect(await callback(b, url)).toBe('/inloggen/mislukt?reden=invalid_response');
    expect(await sessions()).toEqual(before);
  });

  it('a callback in another browser than the one that started the login', async () => {
    const b = new TestBrowser();
    const url = await chooseAccount(b, await toProvider(b, 'citizen', citizen), 'mother');
    expect(await callback(new TestBrowser(), url)).toBe('/inloggen/mislukt?reden=invalid_response');
  });

  it('a nonce that is not the one sent', async () => {
    const b = new TestBrowser();
    const page = await toProvider(b, 'citizen', citizen, (u) => {
      u.searchParams.set('nonce', 'an-attacker-chose-this-nonce-value');
      return u;
    });
    expect(await callback(b, await chooseAccount(b, page, 'mother'))).toBe('/inloggen/mislukt?reden=invalid_response');
    const [last] = await audit({ event: 'auth.login' });
    expect(last).toMatchObject({ outcome: 'failed' });
    expect(last?.data_description).toContain('nonce');
  });

  it('an answer from another issuer (mix-up)', async () => {
    const b = new TestBrowser();
    const page = await toProvider(b, 'citizen', citizen, (u) => new URL(u.href.replace(citizen.issuer, rogue.issuer)));
    expect(page.url.origin).toBe(rogue.issuer);
    expect(await callback(b, await chooseAccount(b, page, 'mother'))).toBe('/inloggen/mislukt?reden=invalid_response');
    const [last] = await audit({ event: 'auth.login' });
    expect(last?.data_description).toContain('iss');
  });

  it("an expired ID token (the app's clock is past its exp)", async () => {
    const b = new TestBrowser();
    const url = await chooseAccount(b, await toProvider(b, 'citizen', citizen), 'mother');
    setClockSource(() => new Date(Date.now() + 3 * 3_600_000));
    try {
      expect(await callback(b, url)).toBe('/inloggen/mislukt?reden=invalid_response');
    } finally {
      setClockSource(null);
    }
    const [last] = await audit({ event: 'auth.login' });
    expect(last?.data_description).toMatch(/exp/);
  });

  it('a login stopped at the provider is "cancelled", not an error', async () => {
    const b = new TestBrowser();
    const page = await toProvider(b, 'citizen', citizen);
    const abort = /action="([^"]+\/abort)"/.exec(page.body)?.[1] ?? '';
    const done = await b.go(new URL(abort, page.url), { form: {}, stopBefore: isCallback });
    expect(await callback(b, done.next as URL)).toBe('/inloggen/mislukt?reden=cancelled');
  });
});
