// Brute force against the password and the second factor: slowed down per account name and per
// source address in the database (shared by all instances), without revealing which names exist
// and without letting a stranger lock a real user out for long (docs/privacy.md, "Logging in").
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { currentTotp } from '../../platform/crypto/totp.js';
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
  t = await createTestApp({
    // a first wait long enough that the test's own pace cannot outlast it
    config: testConfig({
      LOGIN_IP_MAX_FAILURES: '1000',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_FIRST_WAIT_SECONDS: '30',
      TOTP_MAX_FAILURES: '5',
    }),
  });
});
afterAll(async () => {
  await t.close();
});

let address = 0;
/** Each test its own source address, so the per-address counter of one does not touch another. */
const nextAddress = () => `10.0.0.${++address}`;

const attempt = (username: string, password: string, remoteAddress: string, app = t.app) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

function shape(res: Awaited<ReturnType<typeof attempt>>) {
  const body = res.json<Record<string, unknown>>();
  delete body.requestId;
  return { status: res.statusCode, body, retryAfter: res.headers['retry-after'] !== undefined };
}

/** Lets every running block end now, as if the wait had passed. */
const endBlocks = () => sql`UPDATE throttle SET blocked_until = now() - interval '1 second'`.execute(t.db.kysely);

describe('password guessing', () => {
  it('answers a known and an unknown name alike: status, body, Retry-After and timing', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const ip = nextAddress();
    const known: ReturnType<typeof shape>[] = [];
    const unknown: ReturnType<typeof shape>[] = [];
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < 6; i++) {
      let start = performance.now();
      known.push(shape(await attempt(user.username, `wrong-${i}`, ip)));
      knownMs.push(performance.now() - start);
      start = performance.now();
      unknown.push(shape(await attempt(`${user.username}-nobody`, `wrong-${i}`, ip)));
      unknownMs.push(performance.now() - start);
    }
    expect(unknown).toEqual(known);
    expect(known.map((k) => k.status)).toEqual([401, 401, 401, 429, 429, 429]);
    // both paths verify an argon2 hash: the fastest of the first (unthrottled) tries are close
    // (the minimum, because other work on a shared machine only ever adds time)
    const fastest = (xs: number[]) => Math.min(...xs.slice(0, 3));
    expect(fastest(unknownMs)).toBeGreaterThan(fastest(knownMs) / 3);
    expect(fastest(unknownMs)).toBeLessThan(fastest(knownMs) * 3);
  });

  it('slows down instead of locking: waits that double per failure, at most LOGIN_LOCK_MINUTES', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const ip = nextAddress();
    const waits: number[] = [];
    await endBlocks();
    for (let i = 0; i < 12; i++) {
      const res = await attempt(user.username, `wrong-${i}`, ip);
      expect(res.statusCode).toBe(401);
      const row = await sql<{ seconds: number | null }>`SELECT round(extract(epoch FROM blocked_until - now()))::int
        AS seconds FROM throttle WHERE blocked_until > now()`.execute(t.db.kysely);
      waits.push(Math.max(0, ...row.rows.map((r) => r.seconds ?? 0)));
      await endBlocks();
    }
    expect(waits.slice(0, 2)).toEqual([0, 0]);
    expect(waits.slice(2, 7)).toEqual([30, 60, 120, 240, 480]);
    expect(Math.max(...waits)).toBe(t.config.loginLockMinutes * 60);
    await attempt(user.username, 'one-more-wrong', ip);
    const blocked = await attempt(user.username, TEST_PASSWORD, ip); // even the right password waits
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await endBlocks(); // once the wait is over the user is back
    expect((await attempt(user.username, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('never locks an account the way the old hard lock did (423): the right password works once the wait ends', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const ip = nextAddress();
    for (let i = 0; i < 10; i++) {
      const res = await attempt(user.username, `wrong-${i}`, ip);
      expect(res.statusCode).not.toBe(423);
      await endBlocks();
    }
    expect((await attempt(user.username, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('slows down one source address that tries many names, and not another address', async () => {
    const strict = await createTestApp({
      database: t.db,
      config: testConfig({ LOGIN_IP_MAX_FAILURES: '3', LOGIN_FIRST_WAIT_SECONDS: '30' }),
    });
    try {
      const ip = nextAddress();
      const names = Array.from({ length: 6 }, (_, i) => `spray-${i}-${ip}`);
      const statuses: number[] = [];
      for (const name of names) statuses.push((await attempt(name, 'Welkom2026!', ip, strict.app)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
      const user = await buildUser(t.db.kysely, ['professional']);
      expect((await attempt(user.username, TEST_PASSWORD, ip, strict.app)).statusCode).toBe(429);
      expect((await attempt(user.username, TEST_PASSWORD, nextAddress(), strict.app)).statusCode).toBe(200);
    } finally {
      await strict.app.close();
    }
  });

  it('shares the counters between instances (they live in the database)', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const second = await buildApp({ config: t.config, database: t.db, logger: false, serveWeb: false });
    try {
      const ip = nextAddress();
      for (let i = 0; i < 3; i++) await attempt(user.username, `wrong-${i}`, ip, i % 2 === 0 ? t.app : second);
      expect((await attempt(user.username, TEST_PASSWORD, nextAddress(), second)).statusCode).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('keeps an unknown name out of the audit log: only a keyed hash, the same for the same name', async () => {
    const ip = nextAddress();
    const typed = 'MyS3cretPassw0rd!';
    await attempt(typed, 'x-password-x', ip);
    await attempt(typed, 'y-password-y', ip);
    const rows = await t.db.kysely
      .selectFrom('audit_event')
      .select(['actor_username', 'data_description'])
      .where('event', '=', 'auth.login')
      .where('outcome', '=', 'failed')
      .where('actor_user_id', 'is', null)
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]?.actor_username).toMatch(/^unknown:[0-9a-f]{32}$/);
    expect(rows[0]?.actor_username).toBe(rows[1]?.actor_username);
    const leaked = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event
      WHERE to_jsonb(audit_event)::text ILIKE ${'%' + typed + '%'}`.execute(t.db.kysely);
    expect(leaked.rows[0]?.n).toBe(0);
    const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM throttle
      WHERE key ILIKE ${'%' + typed + '%'} OR key LIKE '%10.0.0.%'`.execute(t.db.kysely);
    expect(stored.rows[0]?.n).toBe(0);
  });
});

describe('second-factor guessing', () => {
  async function enrolled() {
    const user = await buildUser(t.db.kysely, ['professional']);
    const s = await login(t.app, user.username);
    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: s.headers });
    const secret = setup.json<{ secret: string }>().secret;
    const on = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      payload: { code: currentTotp(secret) },
      headers: s.headers,
    });
    expect(on.statusCode).toBe(200);
    return { user, secret };
  }

  async function passwordStep(username: string) {
    const res = await attempt(username, TEST_PASSWORD, nextAddress());
    expect(res.json().status).toBe('totp_required');
    return { cookie: sessionCookie(res), 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
  }

  const code = (headers: Record<string, string>, value: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/totp', payload: { code: value }, headers });

  it('counts wrong codes per account across sessions; a correct password does not reset them; then locks with advice', async () => {
    const { user, secret } = await enrolled();
    const wrong = (n: number) => String((Number(currentTotp(secret)) + 1 + n) % 1_000_000).padStart(6, '0');
    const first = await passwordStep(user.username);
    for (let i = 0; i < 3; i++) expect((await code(first, wrong(i))).statusCode).toBe(401);
    const second = await passwordStep(user.username); // a fresh login with the right password
    expect((await code(second, wrong(3))).statusCode).toBe(401);
    const locked = await code(second, wrong(4));
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('totp_locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(60);
    expect(locked.json().messages.nl).toMatch(/wacht/i);
    expect(locked.json().messages.nl).toMatch(/beheerder/);
    expect(locked.json().messages.en).toMatch(/administrator/);
    // while locked even the right code is refused, in any session
    const third = await passwordStep(user.username);
    const right = await code(third, currentTotp(secret, Date.now() + 30_000));
    expect(right.statusCode).toBe(423);
  });

  it('has a tight request limit of its own on /api/auth/totp', async () => {
    const tight = await createTestApp({ database: t.db, config: testConfig({ TOTP_RATE_LIMIT_PER_MINUTE: '3' }) });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await tight.app.inject({
          method: 'POST',
          url: '/api/auth/totp',
          payload: { code: '123456' },
          remoteAddress: '10.9.9.9',
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
      expect(statuses[3]).toBe(429);
    } finally {
      await tight.app.close();
    }
  });
});
