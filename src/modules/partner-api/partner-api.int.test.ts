// The partner API: keys created by an administrator (token shown once, stored hashed), used as
// `Authorization: Bearer kt_…` on /api/partner/v1/* only. Wrong or revoked key 401, out of scope
// 403 (audited), a key anywhere else 401, over the per-key limit 429; every call is audited with
// the key's organisation as actor, and a key never reads case data.
import { sha256Hex } from '../../platform/crypto/tokens.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, testConfig, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { buildOrganisationIn, nextBsn, registration } from '../../test-support/involvement.js';

let t: TestApp;
let admin: Session;
let organisationId: string;
beforeAll(async () => {
  t = await createTestApp();
  organisationId = await buildOrganisationIn(t.db.kysely, 'school');
  admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
});
afterAll(async () => {
  await t.close();
});

async function createKey(scopes: string[], rateLimitPerMinute = 60) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/partner-api-keys',
    headers: admin.headers,
    payload: { organisationId, label: 'Leerlingvolgsysteem', scopes, rateLimitPerMinute },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; token: string; tokenPrefix: string }>();
}
const submit = (token: string | null, payload: object = registration(nextBsn())) =>
  t.app.inject({
    method: 'POST',
    url: '/api/partner/v1/registrations',
    payload,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });

describe('partner API keys', () => {
  it('shows the token once and stores only its SHA-256', async () => {
    const key = await createKey(['registrations:submit']);
    expect(key.token).toMatch(/^kt_[A-Za-z0-9_-]{43}$/);
    expect(key.tokenPrefix).toBe(key.token.slice(0, 11));
    const row = await t.db.kysely
      .selectFrom('partner_api_key')
      .selectAll()
      .where('id', '=', key.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256Hex(key.token));
    expect(JSON.stringify(row)).not.toContain(key.token);
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/partner-api-keys', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(key.token);
  });

  it("registers with a valid key, audited with the key's organisation as actor", async () => {
    const key = await createKey(['registrations:submit']);
    const res = await submit(key.token);
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    const reg = await t.db.kysely
      .selectFrom('involvement_registration')
      .select(['organisation_id', 'api_key_id', 'registered_by'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(reg).toEqual({ organisation_id: organisationId, api_key_id: key.id, registered_by: null });
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['actor_user_id', 'actor_organisation_id', 'actor_role', 'actor_username', 'outcome', 'subject_id'])
      .where('event', '=', 'involvement_registration.submitted')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      actor_user_id: null,
      actor_organisation_id: organisationId,
      actor_role: 'partner_api',
      actor_username: `api-key:${key.tokenPrefix}`,
      outcome: 'allowed',
      subject_id: id,
    });
  });

  it('refuses a missing, malformed or unknown key (401) and stores nothing', async () => {
    const before = await t.db.kysely
      .selectFrom('involvement_registration')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const token of [null, 'nonsense', `kt_${'A'.repeat(43)}`, `kt_${'A'.repeat(42)}`]) {
      const res = await submit(token);
      expect([token, res.statusCode, res.json<{ code: string }>().code]).toEqual([token, 401, 'api_key_invalid']);
    }
    const session = await login(t.app, (await buildUser(t.db.kysely, ['signaller'])).username);
    const withCookie = await t.app.inject({
      method: 'POST',
      url: '/api/partner/v1/registrations',
      headers: session.headers,
      payload: registration(nextBsn()),
    });
    expect(withCookie.statusCode).toBe(401);
    const after = await t.db.kysely
      .selectFrom('involvement_registration')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses a revoked key (401, audited) at once', async () => {
    const key = await createKey(['registrations:submit']);
    expect((await submit(key.token)).statusCode).toBe(201);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/admin/partner-api-keys/${key.id}/revoke`,
      headers: admin.headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull();
    const res = await submit(key.token);
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([401, 'api_key_revoked']);
    const denied = await t.db.kysely
      .selectFrom('audit_event')
      .select(['actor_organisation_id', 'outcome'])
      .where('event', '=', 'partner_api.revoked_key_used')
      .execute();
    expect(denied).toContainEqual({ actor_organisation_id: organisationId, outcome: 'denied' });
  });

  it('refuses a key without the scope (403, audited) before looking at the body', async () => {
    const key = await createKey(['signals:submit']);
    for (const payload of [registration(nextBsn()), { junk: true }]) {
      const res = await submit(key.token, payload);
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([403, 'api_key_scope']);
    }
    const denied = await t.db.kysely
      .selectFrom('audit_event')
      .select(['actor_organisation_id', 'outcome'])
      .where('event', '=', 'partner_api.out_of_scope')
      .execute();
    expect(denied).toContainEqual({ actor_organisation_id: organisationId, outcome: 'denied' });
  });

  it('is useless on every other route: no case data, no admin, no own registrations (401)', async () => {
    const key = await createKey(['registrations:submit', 'signals:submit']);
    const db = t.db.kysely;
    const { familyId } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: (await buildUser(db, ['professional'])).id,
    });
    const headers = { authorization: `Bearer ${key.token}` };
    for (const [method, url] of [
      ['GET', `/api/families/${familyId}`],
      ['GET', `/api/families/${familyId}/involvement`],
      ['GET', '/api/involvement/registrations'],
      ['GET', '/api/involvement/matches'],
      ['GET', '/api/admin/partner-api-keys'],
      ['GET', '/api/auth/me'],
      ['GET', '/api/inbox'],
    ] as const) {
      const res = await t.app.inject({ method, url, headers });
      expect(`${url} ${res.statusCode}`).toBe(`${url} 401`);
    }
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/involvement/registrations',
      headers,
      payload: registration(nextBsn()),
    });
    expect(write.statusCode).toBe(401);
  });

  it('limits calls per key per minute (429 with Retry-After), independent of other keys', async () => {
    const slow = await createKey(['registrations:submit'], 2);
    const other = await createKey(['registrations:submit'], 2);
    expect((await submit(slow.token)).statusCode).toBe(201);
    expect((await submit(slow.token)).statusCode).toBe(201);
    const limited = await submit(slow.token);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await submit(other.token)).statusCode).toBe(201);
  });

  it('documents partner routes with a bearer security scheme', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
      paths: Record<string, Record<string, { security?: unknown }>>;
    }>();
    expect(doc.components.securitySchemes.partnerApiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/partner/v1/registrations']?.post?.security).toEqual([{ partnerApiKey: [] }]);
  });
});

describe('every call with a known key leaves exactly one audit row, with the organisation and the outcome', () => {
  const rowsOf = (prefix: string) =>
    t.db.kysely
      .selectFrom('audit_event')
      .select(['event', 'outcome', 'actor_organisation_id', 'actor_role', 'data_description'])
      .where('actor_username', '=', `api-key:${prefix}`)
      .orderBy('id')
      .execute();
  const outcomeOf = async (key: { tokenPrefix: string }, call: () => Promise<{ statusCode: number }>) => {
    const before = (await rowsOf(key.tokenPrefix)).length;
    const res = await call();
    const rows = (await rowsOf(key.tokenPrefix)).slice(before);
    return { status: res.statusCode, rows };
  };

  it('a success: one allowed row, written with the registration (not a second one by the outcome hook)', async () => {
    const key = await createKey(['registrations:submit']);
    const { status, rows } = await outcomeOf(key, () => submit(key.token));
    expect(status).toBe(201);
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'involvement_registration.submitted',
        outcome: 'allowed',
        actor_organisation_id: organisationId,
        actor_role: 'partner_api',
      }),
    ]);
  });

  it('a body the schema refuses (400, the service never runs): one failed row with the code', async () => {
    const key = await createKey(['registrations:submit']);
    const { status, rows } = await outcomeOf(key, () => submit(key.token, { junk: true }));
    expect(status).toBe(400);
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'partner_api.call_refused',
        outcome: 'failed',
        actor_organisation_id: organisationId,
      }),
    ]);
    expect(rows[0]?.data_description).toContain('invalid_input (HTTP 400) on POST /api/partner/v1/registrations');
  });

  it('business rules that roll the transaction back (too old, already registered): one failed row under the attempted event', async () => {
    const key = await createKey(['registrations:submit']);
    const tooOld = await outcomeOf(key, () => submit(key.token, registration(nextBsn(), { birthDate: '1990-01-01' })));
    expect(tooOld.status).toBe(400);
    expect(tooOld.rows).toEqual([
      expect.objectContaining({
        event: 'involvement_registration.submitted',
        outcome: 'failed',
        actor_organisation_id: organisationId,
      }),
    ]);
    expect(tooOld.rows[0]?.data_description).toMatch(
      /^failed: registration_too_old \(HTTP 400\).*attempted: referral-index registration/,
    );
    const bsn = nextBsn();
    expect((await submit(key.token, registration(bsn))).statusCode).toBe(201);
    const twice = await outcomeOf(key, () => submit(key.token, registration(bsn)));
    expect(twice.status).toBe(409);
    expect(twice.rows).toEqual([
      expect.objectContaining({ event: 'involvement_registration.submitted', outcome: 'failed' }),
    ]);
    expect(twice.rows[0]?.data_description).toContain('already_registered (HTTP 409)');
  });

  it('out of scope, over the per-key limit, an unknown partner route: one denied or failed row each', async () => {
    const key = await createKey(['signals:submit'], 1);
    const scope = await outcomeOf(key, () => submit(key.token));
    expect(scope.status).toBe(403);
    expect(scope.rows).toEqual([
      expect.objectContaining({
        event: 'partner_api.out_of_scope',
        outcome: 'denied',
        actor_organisation_id: organisationId,
      }),
    ]);
    const limited = await outcomeOf(key, () => submit(key.token));
    expect(limited.status).toBe(429);
    expect(limited.rows).toEqual([
      expect.objectContaining({
        event: 'partner_api.rate_limited',
        outcome: 'denied',
        actor_organisation_id: organisationId,
      }),
    ]);
    const other = await createKey(['registrations:submit']);
    const unknown = await outcomeOf(other, () =>
      t.app.inject({
        method: 'GET',
        url: '/api/partner/v1/families?bsn=999999990',
        headers: { authorization: `Bearer ${other.token}` },
      }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.rows).toEqual([expect.objectContaining({ event: 'partner_api.call_refused', outcome: 'failed' })]);
    expect(unknown.rows[0]?.data_description).not.toContain('999999990');
  });
});

describe('registrations scope only for organisations designated for the referral index', () => {
  it('refuses to make a registrations key for a housing corporation (422); a signals key is fine', async () => {
    const housing = await buildOrganisationIn(t.db.kysely, 'housing_corporation');
    const make = (scopes: string[]) =>
      t.app.inject({
        method: 'POST',
        url: '/api/admin/partner-api-keys',
        headers: admin.headers,
        payload: { organisationId: housing, label: 'Huurdersadministratie', scopes },
      });
    const refused = await make(['signals:submit', 'registrations:submit']);
    expect([refused.statusCode, refused.json<{ code: string }>().code]).toEqual([422, 'organisation_not_designated']);
    expect(
      await t.db.kysely.selectFrom('partner_api_key').select('id').where('organisation_id', '=', housing).execute(),
    ).toEqual([]);
    expect((await make(['signals:submit'])).statusCode).toBe(201);
  });

  it('refuses a call once the organisation is no longer of a designated type (403, one audited row, nothing stored)', async () => {
    const school = await buildOrganisationIn(t.db.kysely, 'school');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/partner-api-keys',
      headers: admin.headers,
      payload: { organisationId: school, label: 'LVS', scopes: ['registrations:submit'] },
    });
    const key = res.json<{ token: string; tokenPrefix: string }>();
    await t.db.kysely.updateTable('organisation').set({ type: 'utility_company' }).where('id', '=', school).execute();
    const call = await submit(key.token);
    expect([call.statusCode, call.json<{ code: string }>().code]).toEqual([403, 'organisation_not_designated']);
    expect(
      await t.db.kysely
        .selectFrom('involvement_registration')
        .select('id')
        .where('organisation_id', '=', school)
        .execute(),
    ).toEqual([]);
    const rows = await t.db.kysely
      .selectFrom('audit_event')
      .select(['event', 'outcome'])
      .where('actor_username', '=', `api-key:${key.tokenPrefix}`)
      .execute();
    expect(rows).toEqual([{ event: 'involvement_registration.submitted', outcome: 'denied' }]);
  });
});

describe('partner API rate limits come before any key lookup or audit', () => {
  const countAudit = async (event: string) =>
    Number(
      (
        await t.db.kysely
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('event', '=', event)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('limits invalid, revoked and out-of-scope calls by IP and key, and audits only those let through', async () => {
    const limited = await createTestApp({ config: { ...testConfig(), rateLimitPerMinute: 5 }, database: t.db });
    try {
      const call = (token: string, remoteAddress: string) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/partner/v1/registrations',
          payload: registration(nextBsn()),
          headers: { authorization: `Bearer ${token}` },
          remoteAddress,
        });
      const statuses = async (token: string, ip: string) => {
        const out: number[] = [];
        for (let i = 0; i < 12; i += 1) out.push((await call(token, ip)).statusCode);
        return out;
      };

      expect(await statuses(`kt_${'B'.repeat(43)}`, '10.0.0.1')).toEqual([
        ...Array<number>(5).fill(401),
        ...Array<number>(7).fill(429),
      ]);

      const revoked = await createKey(['registrations:submit']);
      await t.app.inject({
        method: 'POST',
        url: `/api/admin/partner-api-keys/${revoked.id}/revoke`,
        headers: admin.headers,
      });
      const revokedBefore = await countAudit('partner_api.revoked_key_used');
      expect(await statuses(revoked.token, '10.0.0.2')).toEqual([
        ...Array<number>(5).fill(401),
        ...Array<number>(7).fill(429),
      ]);
      expect(await countAudit('partner_api.revoked_key_used')).toBe(revokedBefore + 5);

      const outOfScope = await createKey(['signals:submit'], 2);
      const scopeBefore = await countAudit('partner_api.out_of_scope');
      expect((await statuses(outOfScope.token, '10.0.0.3')).slice(0, 5)).toEqual([403, 403, 429, 429, 429]);
      expect(await countAudit('partner_api.out_of_scope')).toBe(scopeBefore + 2);
    } finally {
      await limited.app.close();
    }
  });
});
