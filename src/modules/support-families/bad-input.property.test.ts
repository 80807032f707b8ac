// Bad input to the Buurtgezinnen forms and board: always a 4xx (never 5xx), and nothing stored —
// no record, no confirmation, no mail. Random junk, and well-formed forms broken in one field.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { PublicRequestBody } from './requests/schemas.js';
import { PublicFamilyBody } from './volunteers/schemas.js';
import {
  buildCoordinator,
  buildRequest,
  buildSupportFamily,
  validFamily,
  validRequest,
} from '../../test-support/support-families.js';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let s: Session;
let ids: { requestId: string; familyId: string; matchId: string };
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const c = await buildCoordinator(db, { municipalities: ['0193'] });
  s = await login(t.app, c.username);
  const r = await buildRequest(db);
  const f = await buildSupportFamily(db, { recordedBy: c.id });
  const m = await t.app.inject({
    method: 'POST',
    url: '/api/support-families/pairs/accept',
    headers: s.headers,
    payload: { requestId: r.id, familyId: f.id },
  });
  ids = { requestId: r.id, familyId: f.id, matchId: m.json<{ id: string }>().id };
});
afterAll(async () => {
  await t.close();
});

const TABLES = [
  'support_request',
  'support_family',
  'support_confirmation',
  'support_screening_step',
  'support_match',
  'support_match_event',
  'support_match_agreement',
  'support_pair_rejection',
  'mail_outbox',
  'coordinator_weights',
  'support_settings',
] as const;
async function fingerprint(): Promise<string> {
  const parts: unknown[] = [];
  for (const table of TABLES)
    parts.push(
      await t.db.kysely
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify(r)).sort()),
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
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    '',
    '0000AA',
    '9999ZZ',
    '8011 AB',
    'homework',
    'wed_afternoon',
    '\u0000',
    "'; DROP TABLE support_request; --",
    'x'.repeat(5000),
    -1,
    18,
    1e9,
  ),
);

/** One field replaced by junk — unless the junk happens to be valid there (then it is no bad input). */
function breakOne(base: Record<string, unknown>, schema: { safeParse(x: unknown): { success: boolean } }) {
  return fc
    .tuple(fc.constantFrom(...Object.keys(base), 'unexpected'), junk)
    .map(([key, value]) => ({ ...base, [key]: value }))
    .filter((b) => !schema.safeParse(b).success);
}
/** Breaks that zod cannot see: unknown postcode or kind, an age range upside down. */
const semanticRequest = fc.constantFrom(
  { ...validRequest('s1@example.invalid'), postcode: '9999ZZ' },
  { ...validRequest('s2@example.invalid'), supportKinds: ['juggling'] },
  { ...validRequest('s3@example.invalid'), supportKinds: ['homework', 'homework'] },
  { ...validRequest('s4@example.invalid'), consent: false },
);
const semanticFamily = fc.constantFrom(
  { ...validFamily('s5@example.invalid'), preferredAgeMin: 12, preferredAgeMax: 4 },
  { ...validFamily('s6@example.invalid'), offers: ['unknown_kind'] },
  { ...validFamily('s7@example.invalid'), postcode: '1234AB' },
);

describe('bad input to the public forms is a 4xx and stores nothing', () => {
  it('request and support-family forms with one broken field, or broken by rule', async () => {
    const before = await fingerprint();
    const cases = fc.oneof(
      fc.record({
        url: fc.constant('/api/public/buurtgezinnen/requests'),
        body: fc.oneof(breakOne(validRequest('b1@example.invalid'), PublicRequestBody), semanticRequest),
      }),
      fc.record({
        url: fc.constant('/api/public/buurtgezinnen/support-families'),
        body: fc.oneof(breakOne(validFamily('b2@example.invalid'), PublicFamilyBody), semanticFamily),
      }),
      fc.record({
        url: fc.constant('/api/public/buurtgezinnen/confirmations'),
        body: fc.oneof(fc.record({ token: junk }), fc.record({ token: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ url, body }) => {
        // A "valid" body with only the honeypot key changed still stores nothing: that is the point of it.
        const res = await t.app.inject({ method: 'POST', url, payload: body });
        const ok = res.statusCode === 202 && (body as Record<string, unknown>).website !== undefined;
        if (!ok) {
          expect(
            res.statusCode,
            `${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        }
      }),
      { numRuns: 250 },
    );
    expect(await fingerprint()).toBe(before);
  }, 180_000);

  it('bodies that are not JSON objects at all', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/public/buurtgezinnen/requests', '/api/public/buurtgezinnen/support-families'),
        junk,
        async (url, body) => {
          const res = await t.app.inject({
            method: 'POST',
            url,
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 100 },
    );
    expect(await fingerprint()).toBe(before);
  }, 60_000);
});

describe('bad input to the board is a 4xx and changes nothing', () => {
  it('screening, events, agreements, transitions, pairs, weights and settings with junk', async () => {
    const before = await fingerprint();
    const B = '/api/support-families';
    const routes = [
      `${B}/families/${ids.familyId}/screening`,
      `${B}/matches/${ids.matchId}/events`,
      `${B}/matches/${ids.matchId}/agreements`,
      `${B}/matches/${ids.matchId}/transition`,
      `${B}/pairs/accept`,
      `${B}/pairs/reject`,
      `${B}/requests/${ids.requestId}/close`,
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes, `${B}/settings/weights`, `${B}/settings`),
        fc.dictionary(
          fc.constantFrom(
            'step',
            'doneOn',
            'kind',
            'happenedOn',
            'what',
            'howOften',
            'to',
            'endReason',
            'requestId',
            'familyId',
            'reason',
            'distance',
            'vogValidityMonths',
            'checkinDays',
            'x',
          ),
          junk,
          { maxKeys: 4 },
        ),
        async (url, body) => {
          const method = url.includes('/settings') ? 'PUT' : 'POST';
          const res = await t.app.inject({ method, url, payload: body, headers: s.headers });
          expect(
            res.statusCode,
            `${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 250 },
    );
    // Well-formed but wrong: future dates, a transition that skips stages, a pair that does not exist.
    const today = dutchDate(new Date(Date.now() + 3 * 86_400_000));
    for (const [url, body, code] of [
      [`${B}/families/${ids.familyId}/screening`, { step: 'vog', doneOn: today }, 400],
      [`${B}/matches/${ids.matchId}/transition`, { to: 'active' }, 409],
      [`${B}/matches/${ids.matchId}/agreements`, { what: 'x', howOften: 'y' }, 409],
      [`${B}/pairs/accept`, { requestId: ids.requestId, familyId: '00000000-0000-4000-8000-000000000000' }, 403],
    ] as const)
      expect((await t.app.inject({ method: 'POST', url, payload: body, headers: s.headers })).statusCode).toBe(code);
    expect(await fingerprint()).toBe(before);
  }, 180_000);
});
