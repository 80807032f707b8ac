// Signals through the partner API (POST /api/partner/v1/signals): the same rules, routing and
// idempotency as the web form, the key's organisation as submitter and audit actor, nothing
// about the family in the receipt, and a key without the scope refused before anything is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildUser } from '../../test-support/factories.js';
import { buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
});
afterAll(async () => { await t.close(); });

async function createKey(scopes: string[]) {
  const res = await t.app.inject({ method: 'POST', url: '/api/admin/partner-api-keys', headers: admin.headers, payload: { organisationId: w.housing.organisationId, label: 'Huurdersadministratie', scopes, rateLimitPerMinute: 60 } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; token: string; tokenPrefix: string }>();
}
const rent = (n: number, over: Record<string, unknown> = {}) => ({
  bsn: testBsn(n), postcode: '8011AC', houseNumber: String(n), category: 'rent_arrears', amountCents: 98000, arrearsSince: '2026-08-01', signalDate: '2026-10-01', ...over,
});
const send = (token: string, payload: object) => t.app.inject({ method: 'POST', url: '/api/partner/v1/signals', headers: { authorization: `Bearer ${token}` }, payload });
const countSignals = async () => Number((await t.db.kysely.selectFrom('signal').select(({ fn }) => fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('signals through the partner API', () => {
  it('accepts, de-duplicates and rejects per signal, routes like the web form and audits the key\'s organisation', async () => {
    const key = await createKey(['signals:submit']);
    const res = await send(key.token, { signals: [rent(301), rent(302), rent(303, { category: 'school_absence', amountCents: undefined, arrearsSince: undefined })] });
    expect(res.statusCode, res.body).toBe(200);
    const receipt = res.json<{ accepted: number; duplicates: number; rejected: number; results: Array<{ index: number; status: string; reference: string | null; errors: unknown[] }> }>();
    expect(receipt).toMatchObject({ accepted: 2, duplicates: 0, rejected: 1 });
    expect(receipt.results[2]).toMatchObject({ index: 2, status: 'rejected', reference: null });
    expect(receipt.results[2]?.errors.length).toBeGreaterThan(0);
    const rows = await t.db.kysely.selectFrom('signal').selectAll().where('api_key_id', '=', key.id).orderBy('reference').execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ channel: 'api', submitted_by: null, organisation_id: w.housing.organisationId, routed_to: 'team', team_id: w.teamId });
    expect(JSON.stringify(receipt)).not.toContain(testBsn(301));

    const again = await send(key.token, { signals: [rent(301)] });
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 1, rejected: 0 });
    expect(await t.db.kysely.selectFrom('signal').select('id').where('api_key_id', '=', key.id).execute()).toHaveLength(2);

    const audit = await t.db.kysely.selectFrom('audit_event').selectAll().where('event', '=', 'signal.submitted').where('actor_role', '=', 'partner_api').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_user_id: null, actor_username: `api-key:${key.tokenPrefix}`, actor_organisation_id: w.housing.organisationId, outcome: 'allowed' });
    expect(audit.data_description).not.toContain(testBsn(301));
  });

  it('refuses a key without the signals scope (403, audited) and bad input (400), writing no signal', async () => {
    const registrationsOnly = await createKey(['registrations:submit']);
    const valid = await createKey(['signals:submit']);
    const before = await countSignals();
    const refused = await send(registrationsOnly.token, { signals: [rent(310)] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'api_key_scope' });
    for (const payload of [{}, { signals: [] }, { signals: [rent(311)], extra: true }, { signals: Array.from({ length: 501 }, (_, i) => rent(400 + i)) }]) {
      const res = await send(valid.token, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
    }
    expect(await countSignals()).toBe(before);
  });
});
