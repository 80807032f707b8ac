// Signals through the partner API (POST /api/partner/v1/signals): the same rules, routing and
// idempotency as the web form, the key's organisation as submitter and audit actor, nothing
// about the family in the receipt, and a key without the scope refused before anything is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildUser } from '../../test-support/factories.js';
import { buildOrganisationIn } from '../../test-support/involvement.js';
import { buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
});
afterAll(async () => {
  await t.close();
});

async function createKey(scopes: string[], rateLimitPerMinute = 60, organisationId = w.housing.organisationId) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/partner-api-keys',
    headers: admin.headers,
    payload: { organisationId, label: 'Huurdersadministratie', scopes, rateLimitPerMinute },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; token: string; tokenPrefix: string }>();
}
const rent = (n: number, over: Record<string, unknown> = {}) => ({
  bsn: testBsn(n),
  postcode: '8011AC',
  houseNumber: String(n),
  category: 'rent_arrears',
  amountCents: 98000,
  arrearsSince: '2026-08-01',
  signalDate: '2026-10-01',
  ...over,
});
const send = (token: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: '/api/partner/v1/signals',
    headers: { authorization: `Bearer ${token}` },
    payload,
  });
const countSignals = async () =>
  Number(
    (
      await t.db.kysely
        .selectFrom('signal')
        .select(({ fn }) => fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('signals through the partner API', () => {
  it("accepts, de-duplicates and rejects per signal, routes like the web form and audits the key's organisation", async () => {
    const key = await createKey(['signals:submit']);
    const res = await send(key.token, {
      signals: [
        rent(301),
        rent(302),
        rent(303, { category: 'school_absence', amountCents: undefined, arrearsSince: undefined }),
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const receipt = res.json<{
      accepted: number;
      duplicates: number;
      rejected: number;
      results: Array<{ index: number; status: string; reference: string | null; errors: unknown[] }>;
    }>();
    expect(receipt).toMatchObject({ accepted: 2, duplicates: 0, rejected: 1 });
    expect(receipt.results[2]).toMatchObject({ index: 2, status: 'rejected', reference: null });
    expect(receipt.results[2]?.errors.length).toBeGreaterThan(0);
    const rows = await t.db.kysely
      .selectFrom('signal')
      .selectAll()
      .where('api_key_id', '=', key.id)
      .orderBy('reference')
      .execute();
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toMatchObject({
        channel: 'api',
        submitted_by: null,
        organisation_id: w.housing.organisationId,
        routed_to: 'team',
        team_id: w.teamId,
      });
    expect(JSON.stringify(receipt)).not.toContain(testBsn(301));

    const again = await send(key.token, { signals: [rent(301)] });
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 1, rejected: 0 });
    expect(await t.db.kysely.selectFrom('signal').select('id').where('api_key_id', '=', key.id).execute()).toHaveLength(
      2,
    );

    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .selectAll()
      .where('event', '=', 'signal.submitted')
      .where('actor_role', '=', 'partner_api')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_user_id: null,
      actor_username: `api-key:${key.tokenPrefix}`,
      actor_organisation_id: w.housing.organisationId,
      outcome: 'allowed',
    });
    expect(audit.data_description).not.toContain(testBsn(301));
  });

  it('refuses a key without the signals scope (403, audited) and bad input (400), writing no signal', async () => {
    // A housing corporation may not hold the registrations scope (not designated for the referral index): a school's key.
    const registrationsOnly = await createKey(
      ['registrations:submit'],
      60,
      await buildOrganisationIn(t.db.kysely, 'school'),
    );
    const valid = await createKey(['signals:submit']);
    const before = await countSignals();
    const refused = await send(registrationsOnly.token, { signals: [rent(310)] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'api_key_scope' });
    for (const payload of [
      {},
      { signals: [] },
      { signals: [rent(311)], extra: true },
      { signals: Array.from({ length: 501 }, (_, i) => rent(400 + i)) },
    ]) {
      const res = await send(valid.token, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
    }
    expect(await countSignals()).toBe(before);
  });
});

describe('keys that may not submit signals', () => {
  const auditOf = async (prefix: string) =>
    t.db.kysely
      .selectFrom('audit_event')
      .select(['event', 'outcome', 'actor_organisation_id'])
      .where('actor_username', '=', `api-key:${prefix}`)
      .orderBy('id')
      .execute();

  it('a missing, malformed or unknown key: 401 api_key_invalid, nothing written', async () => {
    const before = await countSignals();
    for (const authorization of [undefined, 'Bearer nonsense', `Bearer kt_${'C'.repeat(43)}`, 'Basic a3Q6eA==']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/partner/v1/signals',
        headers: authorization ? { authorization } : {},
        payload: { signals: [rent(320)] },
      });
      expect([authorization, res.statusCode, res.json<{ code: string }>().code]).toEqual([
        authorization,
        401,
        'api_key_invalid',
      ]);
    }
    expect(await countSignals()).toBe(before);
  });

  it('a revoked key: 401 api_key_revoked, audited as denied with its organisation, nothing written', async () => {
    const key = await createKey(['signals:submit']);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/admin/partner-api-keys/${key.id}/revoke`,
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(200);
    const before = await countSignals();
    const res = await send(key.token, { signals: [rent(321)] });
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([401, 'api_key_revoked']);
    expect(await countSignals()).toBe(before);
    expect(await auditOf(key.tokenPrefix)).toEqual([
      { event: 'partner_api.revoked_key_used', outcome: 'denied', actor_organisation_id: w.housing.organisationId },
    ]);
  });

  it('a key without the scope: 403, one denied row, nothing written', async () => {
    const school = await buildOrganisationIn(t.db.kysely, 'school');
    const key = await createKey(['registrations:submit'], 60, school);
    const before = await countSignals();
    const res = await send(key.token, { signals: [rent(322)] });
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([403, 'api_key_scope']);
    expect(await countSignals()).toBe(before);
    expect(await auditOf(key.tokenPrefix)).toEqual([
      { event: 'partner_api.out_of_scope', outcome: 'denied', actor_organisation_id: school },
    ]);
  });

  it('over the per-key limit: 429 with Retry-After, audited, nothing written', async () => {
    const key = await createKey(['signals:submit'], 1);
    expect((await send(key.token, { signals: [rent(323)] })).statusCode).toBe(200);
    const before = await countSignals();
    const res = await send(key.token, { signals: [rent(324)] });
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([429, 'rate_limited']);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await countSignals()).toBe(before);
    expect((await auditOf(key.tokenPrefix)).map((r) => [r.event, r.outcome])).toEqual([
      ['signal.submitted', 'allowed'],
      ['partner_api.rate_limited', 'denied'],
    ]);
  });

  it('a valid key opens nothing under /api/signals or /api/insights (401)', async () => {
    const key = await createKey(['signals:submit']);
    const headers = { authorization: `Bearer ${key.token}` };
    const signal = await t.db.kysely
      .selectFrom('signal')
      .select('id')
      .where('api_key_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const { familyId } = await buildFamilyWithTrajectory(t.db.kysely, { teamId: w.teamId, regisseurId: w.member.id });
    const routes: Array<['GET' | 'POST', string, object?]> = [
      ['GET', '/api/signals/submissions'],
      ['GET', '/api/signals/uploads'],
      ['GET', '/api/signals/queues'],
      ['GET', `/api/signals/queue?teamId=${w.teamId}`],
      ['GET', `/api/signals/${signal.id}`],
      ['POST', `/api/signals/${signal.id}/triage`, { outcome: 'outreach' }],
      [
        'POST',
        `/api/signals/${signal.id}/contact-attempts`,
        { method: 'phone', attemptedOn: '2026-10-02', partOfDay: 'morning', reached: false },
      ],
      ['POST', '/api/signals', rent(325)],
      ['GET', '/api/insights/municipalities'],
      ['GET', '/api/insights/patterns?municipality=0193'],
      ['GET', '/api/insights/activities?municipality=0193'],
      ['POST', '/api/insights/activities', { teamId: w.teamId, title: 'Budgetcursus', startsOn: '2026-10-01' }],
      ['GET', `/api/families/${familyId}`],
    ];
    const before = await countSignals();
    for (const [method, url, payload] of routes) {
      const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      expect(`${method} ${url} ${res.statusCode}`).toBe(`${method} ${url} 401`);
    }
    expect(await countSignals()).toBe(before);
    const triaged = await t.db.kysely
      .selectFrom('signal')
      .select('status')
      .where('id', '=', signal.id)
      .executeTakeFirstOrThrow();
    expect(triaged.status).toBe('received');
  });
});
