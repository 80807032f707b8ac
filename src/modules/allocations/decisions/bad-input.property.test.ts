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

  it('several products with one bad among good ones: the whole decision is refused at that product, nothing written', async () => {
    /** A good product in month `m` of 2027 (months do not overlap, so no stacking among them). */
    const good = (m: number) => ({
      kind: 'specific',
      providerId,
      category: '45',
      productCode: '45A04',
      volume: 2,
      unit: '04',
      frequency: '2',
      startsOn: `2027-0${m}-01`,
      endsOn: `2027-0${m}-28`,
      referrerType: '01',
    });
    const mutations: Array<[string, (p: ReturnType<typeof good>) => object]> = [
      ['end before start', (p) => ({ ...p, endsOn: '2026-12-31' })],
      ['not contracted', (p) => ({ ...p, productCode: '45Z99' })],
      ['unit not contracted', (p) => ({ ...p, unit: '14' })],
      ['volume without frequency', ({ frequency: _f, ...p }) => p],
      ['generic without budget line', (p) => ({ ...p, kind: 'generic', category: undefined, productCode: undefined })],
      ['aspecific with a code', (p) => ({ ...p, kind: 'aspecific' })],
      ['unknown referrer', (p) => ({ ...p, referrerType: '07' })],
      ['provider without contract', (p) => ({ ...p, providerId: '00000000-0000-4000-8000-000000000000' })],
      ['negative budget', (p) => ({ ...p, budgetCents: -100 })],
      ['unknown field', (p) => ({ ...p, colour: 'red' })],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        fc.integer({ min: 0, max: mutations.length - 1 }),
        async (count, at, which) => {
          const bad = at % (count + 1);
          const [, mutate] = mutations[which] as (typeof mutations)[number];
          const products = Array.from({ length: count + 1 }, (_, i) =>
            i === bad ? (JSON.parse(JSON.stringify(mutate(good(i + 1)))) as object) : good(i + 1),
          );
          const before = await written();
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/allocation-requests/${requestId}/decision`,
            headers: consultant.headers,
            payload: { outcome: 'granted', motivation: 'Nodig', overBudgetReason: 'Veiligheid gaat voor', products },
          });
          expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          const paths = (res.json<{ errors?: { path: string }[] }>().errors ?? []).map((e) => e.path);
          expect(paths.length, res.body.slice(0, 300)).toBeGreaterThan(0);
          expect(
            paths.every((p) => p.startsWith(`products.${bad}`)),
            res.body.slice(0, 300),
          ).toBe(true);
          expect(await written()).toBe(before);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('bad queue and rejected-claims queries: 400, nothing listed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .record(
            {
              page: fc.constantFrom(0, -1, 'x', 10_001),
              pageSize: fc.constantFrom(0, 101, 'many'),
              sort: fc.constantFrom('name', 'due; drop', ''),
              state: fc.constantFrom('closed', 'OPEN'),
              origin: fc.constantFrom('family', 'jw315'),
              q: fc.constantFrom('x'.repeat(101), 12),
            },
            { requiredKeys: [] },
          )
          .filter((b) => Object.keys(b).length > 0),
        fc.constantFrom('/api/allocation-requests/search', '/api/rejected-claim-lines/search'),
        async (body, url) => {
          const res = await t.app.inject({ method: 'POST', url, headers: consultant.headers, payload: body });
          expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
        },
      ),
      { numRuns: 40 },
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
