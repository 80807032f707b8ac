// Bad decisions and requests are a clear 4xx and write nothing: random products (kinds, codes, volumes,
// dates, providers, over-budget without reason) against one open request; random request bodies.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import { buildConsultant, buildContractedProvider, buildRequest } from '../../../test-support/allocations.js';
import { buildUser } from '../../../test-support/factories.js';

let t: TestApp;
let consultant: Session;
let regisseur: Session;
let providerId: string;
let requestId: string;
let familyId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  ({ providerId } = await buildContractedProvider(db, { budgetCents: 0 }));
  const user = await buildUser(db, ['professional']);
  ({ requestId, familyId } = await buildRequest(db, { regisseurId: user.id }));
  consultant = await login(t.app, (await buildConsultant(db)).username);
  regisseur = await login(t.app, user.username);
});
afterAll(async () => {
  await t.close();
});

async function written(): Promise<string> {
  const r = await sql<{ f: string }>`SELECT (SELECT count(*) FROM decision) || '/' || (SELECT count(*) FROM allocation)
    || '/' || (SELECT count(*) FROM allocation_request) || '/' || (SELECT count(*) FROM job WHERE kind LIKE 'allocations.%') AS f`.execute(
    t.db.kysely,
  );
  return r.rows[0]?.f ?? '';
}

const day = fc.constantFrom('2027-01-04', '2027-12-31', '2025-01-01', '2029-01-01', '2027-02-30', 'gisteren', '');
const product = fc.record(
  {
    kind: fc.constantFrom('specific', 'aspecific', 'generic', 'other'),
    providerId: fc.constantFrom('PROVIDER', '00000000-0000-4000-8000-000000000000', 'x'),
    category: fc.constantFrom('45', '46', '99', '4', 'AB'),
    productCode: fc.constantFrom('45A04', '45B99', 'TOOLONG', ''),
    volume: fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.constant(1.5)),
    unit: fc.constantFrom('04', '14', '1'),
    frequency: fc.constantFrom('1', '2', '4', '6', '3'),
    budgetCents: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 10_000_000 })),
    startsOn: day,
    endsOn: day,
    referrerType: fc.constantFrom('01', '07', '02'),
  },
  { requiredKeys: ['kind', 'providerId', 'startsOn', 'endsOn'] },
);

describe('bad input to the decision', () => {
  it('random products: 4xx and nothing written, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(product, { maxLength: 3 }), fc.boolean(), async (products, withMotivation) => {
        const before = await written();
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/allocation-requests/${requestId}/decision`,
          headers: consultant.headers,
          payload: {
            outcome: 'granted',
            ...(withMotivation ? { motivation: 'Nodig' } : {}),
            products: products.map((p) => ({
              ...p,
              providerId: p.providerId === 'PROVIDER' ? providerId : p.providerId,
            })),
          },
        });
        // Nothing fits a budget of 0 without a stated reason: every answer is a refusal.
        expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
        expect(await written()).toBe(before);
      }),
      { numRuns: 120 },
    );
  });

  it('random request bodies from the plan: 4xx and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          personId: fc.constantFrom('00000000-0000-4000-8000-000000000000', 'x', undefined),
          question: fc.constantFrom('', ' ', 'x'.repeat(4001), undefined),
          category: fc.constantFrom('45', '4', undefined),
          planActionKey: fc.constantFrom('a1', 'a b', undefined),
        }),
        async (body) => {
          const before = await written();
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/families/${familyId}/allocation-requests`,
            headers: regisseur.headers,
            payload: JSON.parse(JSON.stringify(body)) as object,
          });
          expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          expect(await written()).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
