// Bad input to the management of support kinds — as the regional coordinator who may use it — is
// always a 4xx problem (never a 5xx) and leaves the list exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import { buildCoordinator } from '../../../test-support/support-families.js';
import { KindChangeBody, KindOrderBody, NewKindBody } from './schemas.js';

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await createTestApp();
  s = await login(t.app, (await buildCoordinator(t.db.kysely, { regions: ['TEST'] })).username);
});
afterAll(async () => {
  await t.close();
});

const B = '/api/support-families/support-kinds';
const kinds = async () =>
  JSON.stringify(await t.db.kysely.selectFrom('support_kind').selectAll().orderBy('code').execute());
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
  fc.constantFrom(
    '',
    ' ',
    'x',
    'Homework',
    'homework',
    'play',
    '9lives',
    'a'.repeat(41),
    'é',
    "'; DROP TABLE support_kind; --",
    '\u0000',
    'y'.repeat(200),
  ),
);
const invalid = (schema: { safeParse(x: unknown): { success: boolean } }) => (b: unknown) =>
  !schema.safeParse(b).success;

describe('bad input to the support kinds', () => {
  it('junk bodies and codes are a 4xx and change nothing', async () => {
    const before = await kinds();
    const keys = fc.constantFrom('code', 'labelNl', 'labelEn', 'active', 'codes', 'x');
    const cases = fc.oneof(
      fc.record({
        method: fc.constant('POST' as const),
        url: fc.constant(B),
        body: fc.dictionary(keys, junk, { maxKeys: 4 }).filter(invalid(NewKindBody)),
      }),
      fc.record({
        method: fc.constant('PATCH' as const),
        url: fc.constantFrom(`${B}/homework`, `${B}/NOPE`, `${B}/${encodeURIComponent('a b')}`),
        body: fc.dictionary(keys, junk, { maxKeys: 3 }).filter(invalid(KindChangeBody)),
      }),
      fc.record({
        method: fc.constant('PUT' as const),
        url: fc.constant(`${B}/order`),
        body: fc.oneof(
          fc.dictionary(keys, junk, { maxKeys: 2 }).filter(invalid(KindOrderBody)),
          fc.record({
            codes: fc.array(
              fc.constantFrom('homework', 'play', 'day_out', 'weekend_stay', 'listening_ear', 'practical', 'nope'),
              { maxLength: 8 },
            ),
          }),
        ),
      }),
      // Well-formed, wrong by rule: an existing code, a kind that does not exist.
      fc.record({
        method: fc.constant('POST' as const),
        url: fc.constant(B),
        body: fc.constantFrom('homework', 'play').map((code) => ({ code, labelNl: 'Dubbel', labelEn: 'Double' })),
      }),
      fc.record({
        method: fc.constant('PATCH' as const),
        url: fc.constant(`${B}/juggling`),
        body: fc.constant({ active: false }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ method, url, body }) => {
        const res = await t.app.inject({ method, url, payload: body, headers: s.headers });
        // A shuffled but complete order is valid input, not bad input: put it back afterwards.
        if (res.statusCode === 200 && method === 'PUT') return;
        expect(
          res.statusCode,
          `${method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }),
      { numRuns: 200 },
    );
    await t.app.inject({
      method: 'PUT',
      url: `${B}/order`,
      payload: { codes: ['homework', 'play', 'day_out', 'weekend_stay', 'listening_ear', 'practical'] },
      headers: s.headers,
    });
    expect(await kinds()).toBe(before);
  }, 180_000);
});
