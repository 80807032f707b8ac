import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/crypto/totp.js';
import { buildApp } from '../../app.js';
import {
  createTestApp,
  login,
  sessionCookie,
  TEST_PASSWORD,
  testConfig,
  type TestApp,
} from '../../test-support/app.js';
import { buildUser } from '../../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('login and sessions', () => {
  it('logs in with a hashed, HttpOnly, SameSite=Strict session cookie and serves /me', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const res = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kt_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const stored = await t.db.kysely
      .selectFrom('session')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toContain(cookie?.value);
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: sessionCookie(res) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ username: user.username, roles: ['professional'], totpEnabled: false });
  });

  it('answers a wrong password and an unknown user alike, and never creates a session', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const wrong = await post('/api/auth/login', { username: user.username, password: 'not-the-password' });
    const unknown = await post('/api/auth/login', { username: 'nobody.here', password: 'not-the-password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(unknown.json().code).toBe('invalid_credentials');
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const sessions = await t.db.kysely.selectFrom('session').select('id').where('user_id', '=', user.id).execute();
    expect(sessions).toHaveLength(0);
    // the typed name is kept only as a keyed hash (it could be a password typed in the wrong field)
    const verbatim = await t.db.kysely
      .selectFrom('audit_event')
      .select(['outcome'])
      .where('actor_username', '=', 'nobody.here')
      .execute();
    expect(verbatim).toEqual([]);
    const hashed = await t.db.kysely
      .selectFrom('audit_event')
      .select(['outcome'])
      .where('actor_username', 'like', 'unknown:%')
      .where('request_id', '=', unknown.json<{ requestId: string }>().requestId)
      .execute();
    expect(hashed).toEqual([{ outcome: 'failed' }]);
  });

  it('slows repeated failures down (429 with Retry-After), even for the right password, until an admin unlocks', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await post('/api/auth/login', { username: user.username, password: `wrong-${i}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const slowed = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().code).toBe('login_throttled');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    const admin = await buildUser(t.db.kysely, ['admin']);
    const s = await login(t.app, admin.username);
    expect((await post(`/api/admin/users/${user.id}/unlock`, undefined, s.headers)).statusCode).toBe(204);
    expect((await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('logs out: the session is gone from the database and the cookie no longer works', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const s = await login(t.app, user.username);
    expect((await post('/api/auth/logout', undefined, s.headers)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    const left = await t.db.kysely.selectFrom('session').select('id').where('user_id', '=', user.id).execute();
    expect(left).toHaveLength(0);
  });

  it('ends a session after the idle timeout', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const s = await login(t.app, user.username);
    await t.db.kysely
      .updateTable('session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token and changes nothing', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const s = await login(t.app, user.username);
    const res = await post('/api/auth/logout', undefined, { cookie: s.cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const wrong = await post('/api/auth/logout', undefined, { cookie: s.cookie, 'x-csrf-token': 'a'.repeat(64) });
    expect(wrong.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(200);
  });

  it("lists my sessions and ends another one of mine, but not someone else's", async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const a = await login(t.app, user.username);
    const b = await login(t.app, user.username);
    const list = await t.app.inject({ url: '/api/auth/sessions', headers: { cookie: a.cookie } });
    const items = list.json<{ items: Array<{ id: string; current: boolean }> }>().items;
    expect(items).toHaveLength(2);
    const other = items.find((i) => !i.current);
    const stranger = await buildUser(t.db.kysely, ['professional']);
    const c = await login(t.app, stranger.username);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${other?.id}`, headers: c.headers })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${other?.id}`, headers: a.headers })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: b.cookie } })).statusCode).toBe(401);
  });

  it('a session created by one app instance is valid on another instance on the same database', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const second = await buildApp({ config: testConfig(), database: t.db, logger: false, serveWeb: false });
    try {
      const s = await login(t.app, user.username);
      const me = await second.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } });
      expect(me.statusCode).toBe(200);
      expect((await second.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers })).statusCode).toBe(
        204,
      );
      expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    } finally {
      await second.close();
    }
  });
});

describe('TOTP second factor', () => {
  async function enrol(username: string) {
    const s = await login(t.app, username);
    const setup = await post('/api/auth/totp/setup', undefined, s.headers);
    expect(setup.statusCode).toBe(200);
    const { secret, qrSvg, otpauthUrl } = setup.json<{ secret: string; qrSvg: string; otpauthUrl: string }>();
    expect(qrSvg).toContain('<svg');
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const enrolledAt = Date.now();
    const enabled = await post('/api/auth/totp/enable', { code: currentTotp(secret, enrolledAt) }, s.headers);
    expect(enabled.statusCode).toBe(200);
    return { secret, enrolledAt };
  }

  it('asks for a code after the password, refuses a wrong or replayed code, accepts the right one', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const { secret, enrolledAt } = await enrol(user.username);
    const stored = await t.db.kysely
      .selectFrom('app_user')
      .select('totp_secret_enc')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret_enc).not.toContain(secret);

    const first = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(first.json().status).toBe('totp_required');
    const pending = { cookie: sessionCookie(first), 'x-csrf-token': first.json().csrfToken as string };
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: pending.cookie } })).statusCode).toBe(401);
    expect(
      (await post('/api/auth/totp', { code: '000000' === currentTotp(secret) ? '111111' : '000000' }, pending))
        .statusCode,
    ).toBe(401);
    // The enrolment used its time step: that code may not be used twice, even when the clock has moved on
    // to the next step meanwhile (a busy machine crosses a 30-second boundary now and then).
    const replay = await post('/api/auth/totp', { code: currentTotp(secret, enrolledAt) }, pending);
    expect(replay.statusCode).toBe(401);
    const next = await post('/api/auth/totp', { code: currentTotp(secret, enrolledAt + 30_000) }, pending);
    expect(next.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: sessionCookie(next) } })).statusCode).toBe(
      200,
    );
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: pending.cookie } })).statusCode).toBe(401);
  });

  it('makes users of a role that requires it enrol at login', async () => {
    const admin = await buildUser(t.db.kysely, ['admin']);
    const adminSession = await login(t.app, admin.username);
    const user = await buildUser(t.db.kysely, ['consultant']);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/admin/role-policies/consultant',
          payload: { totpRequired: true },
          headers: adminSession.headers,
        })
      ).statusCode,
    ).toBe(200);
    try {
      const res = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
      expect(res.json().status).toBe('totp_enrolment_required');
      const pending = { cookie: sessionCookie(res), 'x-csrf-token': res.json().csrfToken as string };
      expect((await t.app.inject({ url: '/api/admin/users', headers: { cookie: pending.cookie } })).statusCode).toBe(
        401,
      );
      const setup = await post('/api/auth/totp/setup', undefined, pending);
      const done = await post('/api/auth/totp/enable', { code: currentTotp(setup.json().secret) }, pending);
      expect(done.statusCode).toBe(200);
      expect(done.json().user.totpRequired).toBe(true);
      const s = { cookie: sessionCookie(done), 'x-csrf-token': done.json().csrfToken as string };
      const disable = await post('/api/auth/totp/disable', { password: TEST_PASSWORD }, s);
      expect(disable.statusCode).toBe(409);
      expect(disable.json().code).toBe('totp_required_by_role');
    } finally {
      await t.app.inject({
        method: 'PUT',
        url: '/api/admin/role-policies/consultant',
        payload: { totpRequired: false },
        headers: adminSession.headers,
      });
    }
  });

  it('counts wrong codes towards the lock-out', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const { secret } = await enrol(user.username);
    const res = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    const pending = { cookie: sessionCookie(res), 'x-csrf-token': res.json().csrfToken as string };
    const bad = currentTotp(secret) === '123456' ? '654321' : '123456';
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await post('/api/auth/totp', { code: bad }, pending)).statusCode);
    expect(codes.at(-1)).toBe(423);
  });
});
