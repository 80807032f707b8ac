// Bad input to the referral index is a 4xx and stores nothing: random junk, and well-formed
// registrations that break one rule (elfproef, age 23, the removal window, half an address, the
// parent being the youth, an unknown municipality) — through the web form and the partner API.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildUser } from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration, type Registrant } from '../../test-support/involvement.js';

let t: TestApp;
let school: Registrant;
let admin: Session;
let token: string;
let matchId: string;
beforeAll(async () => {
  t = await createTestApp();
  school = await buildRegistrant(t, 'school');
  const gp = await buildRegistrant(t, 'gp_practice');
  const bsn = nextBsn();
  await t.app.inject({
    method: 'POST',
    url: '/api/involvement/registrations',
    headers: school.session.headers,
    payload: registration(bsn),
  });
  matchId =
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/involvement/registrations',
        headers: gp.session.headers,
        payload: registration(bsn),
      })
    ).json<{ matches: Array<{ id: string }> }>().matches[0]?.id ?? '';
  admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
  token = (
    await t.app.inject({
      method: 'POST',
      url: '/api/admin/partner-api-keys',
      headers: admin.headers,
      payload: {
        organisationId: school.organisationId,
        label: 'fc',
        scopes: ['registrations:submit'],
        rateLimitPerMinute: 100000,
      },
    })
  ).json<{ token: string }>().token;
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const db = t.db.kysely;
  const tables = [
    'involvement_registration',
    'involvement_match',
    'involvement_match_member',
    'involvement_archive',
    'involvement_coordinator',
    'partner_api_key',
    'notification',
  ] as const;
  const parts = await Promise.all(
    tables.map((table) =>
      db
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify({ ...r, last_used_at: undefined })).sort()),
    ),
  );
  return JSON.stringify(parts);
}

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    '',
    '123456789',
    '000000000',
    '2026-02-30',
    'a',
    'm',
    '../../etc',
    '\u0000',
    "'; DROP TABLE involvement_registration; --",
    'x'.repeat(10_000),
  ),
);

/** A registration that is well-formed JSON but breaks exactly one rule. */
const wrong = fc
  .constantFrom(
    () => ({ bsn: '123456789' }),
    () => ({ bsn: '12345678' }),
    () => ({ birthDate: '1990-01-01' }),
    () => ({ birthDate: '2099-01-01' }),
    () => ({ endsOn: '2000-01-01' }),
    () => ({ endsOn: '2099-01-01' }),
    () => ({ postcode: '8011AB' }),
    () => ({ houseNumber: '12' }),
    () => ({ postcode: '0011AB', houseNumber: '12' }),
    () => ({ riskGround: 'm' }),
    () => ({ contactPhone: 'call me' }),
    () => ({ contactEmail: 'not-an-email' }),
    () => ({ municipalityCode: '9999' }),
    () => ({ parentBsn: '111111111' }),
    () => ({ unknownField: true }),
  )
  .map((make) => make());

describe('bad input to the referral index is a 4xx and changes nothing', () => {
  it('registrations breaking one rule, by web form and by partner API', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(wrong, fc.boolean(), async (change, viaApi) => {
        const bsn = nextBsn();
        const payload = { ...registration(bsn), ...change };
        const res = await t.app.inject({
          method: 'POST',
          url: viaApi ? '/api/partner/v1/registrations' : '/api/involvement/registrations',
          payload,
          headers: viaApi ? { authorization: `Bearer ${token}` } : school.session.headers,
        });
        expect(res.statusCode, `${JSON.stringify(change)} → ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 80 },
    );
    // The parent being the youth.
    const bsn = nextBsn();
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/involvement/registrations',
      headers: school.session.headers,
      payload: registration(bsn, { parentBsn: bsn }),
    });
    expect(same.statusCode).toBe(400);
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it('random fields, junk values and unknown ids on every write route', async () => {
    const before = await fingerprint();
    const fields = [
      'bsn',
      'birthDate',
      'riskGround',
      'contactName',
      'contactPhone',
      'contactEmail',
      'postcode',
      'houseNumber',
      'parentBsn',
      'municipalityCode',
      'endsOn',
      'note',
      'userId',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('register', 'partner', 'contact', 'informed', 'withdraw', 'coordinator', 'key'),
        fc.oneof(fc.uuid(), fc.string({ maxLength: 30 }), fc.constant('MATCH')),
        fc.dictionary(fc.constantFrom(...fields), junk, { maxKeys: 6 }),
        async (route, rawId, body) => {
          const id = rawId === 'MATCH' ? matchId : encodeURIComponent(rawId);
          const target = {
            register: ['/api/involvement/registrations', school.session.headers],
            partner: ['/api/partner/v1/registrations', { authorization: `Bearer ${token}` }],
            contact: [`/api/involvement/matches/${id}/contact`, school.session.headers],
            informed: [`/api/involvement/registrations/${id}/informed`, school.session.headers],
            withdraw: [`/api/involvement/registrations/${id}/withdraw`, school.session.headers],
            coordinator: [`/api/admin/involvement-coordinators/${encodeURIComponent(rawId)}`, admin.headers],
            key: [`/api/admin/partner-api-keys/${id}/revoke`, admin.headers],
          } as const;
          const [url, headers] = target[route];
          const method = route === 'coordinator' ? 'PUT' : 'POST';
          // A body that happens to be a complete, valid registration is not bad input; with random junk values that cannot happen.
          const res = await t.app.inject({ method, url, headers, payload: body });
          expect(
            res.statusCode,
            `${route} ${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    expect(await fingerprint()).toBe(before);
  }, 180_000);
});
