// Bad provider, contract (new and edited), product (new and edited), tariff, criterion, budget and arrangement
// bodies: always a clear 4xx (never 5xx) and nothing changes. Random junk in one field, and bodies that only the rules can refuse (overlapping tariff,
// unit outside the variant, a code not in the code list, a municipality outside the region).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import { buildContract, buildContractManager } from '../../../test-support/contracts.js';
import { ArrangementBody } from './arrangement-schemas.js';
import { BudgetBody, ContractBody, CriterionBody, ProductBody, ProviderBody, TariffBody } from './schemas.js';

let t: TestApp;
let s: Session;
let w: { providerId: string; contractId: string; productId: string };
let wReference: string;
let schoolId: string;
let arrangementId: string;
let uncontracted: string;
let criterionId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  w = await buildContract(db);
  wReference = (
    await db.selectFrom('contract').select('reference').where('id', '=', w.contractId).executeTakeFirstOrThrow()
  ).reference;
  s = await login(t.app, (await buildContractManager(db)).username);
  schoolId = (
    await db
      .insertInto('organisation')
      .values({ name: 'Basisschool Eigenschap', type: 'school', municipality_code: '0193' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  uncontracted = (await buildContract(db, { municipality: '0166' })).providerId;
  criterionId = (
    await db
      .insertInto('outcome_criterion')
      .values({ contract_id: w.contractId, indicator: 'drop_out', target: '10', comparison: 'at_most' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  arrangementId = (
    await db
      .insertInto('care_arrangement')
      .values({
        municipality_code: '0193',
        name: 'Klas Eigenschap',
        school_id: schoolId,
        capacity: 4,
        cost_model: 'Gedeeld',
        annual_cost_cents: 1_000_000,
        starts_on: '2026-08-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('care_arrangement_provider')
    .values({ arrangement_id: arrangementId, provider_id: w.providerId, cost_share_pct: 100 })
    .execute();
});
afterAll(async () => {
  await t.close();
});

const TABLES = [
  'contract',
  'contract_product',
  'product_tariff',
  'outcome_criterion',
  'budget_line',
  'organisation',
  'care_arrangement',
  'care_arrangement_provider',
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
  fc.constantFrom(
    '',
    '2026-02-30',
    '2026-13-01',
    '99',
    '45A0123',
    "'; DROP TABLE contract; --",
    'x'.repeat(3000),
    -1,
    1e15,
  ),
);

function breakOne(base: Record<string, unknown>, schema: { safeParse(x: unknown): { success: boolean } }) {
  return fc
    .tuple(fc.constantFrom(...Object.keys(base), 'unexpected'), junk)
    .map(([key, value]) => ({ ...base, [key]: value }))
    .filter((b) => !schema.safeParse(b).success);
}

const contract = {
  reference: 'BAD-1',
  providerId: '00000000-0000-4000-8000-000000000000',
  purchaser: 'municipality',
  municipalityCode: '0193',
  variant: 'effort',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
};
const product = { category: '45', productCode: '45B01', name: 'Product', unit: '04', budgetLine: 'local_ambulant' };
const tariff = { validFrom: '2027-01-01', validTo: '2027-12-31', tariffCents: 10_000 };
const criterion = { indicator: 'drop_out', target: 10, comparison: 'at_most' };
const budget = { municipalityCode: '0193', year: 2026, line: 'crisis', scope: 'local', amountCents: 100 };
const provider = { name: 'Nieuwe aanbieder', agbCode: '97123456' };
const arrangement = () => ({
  municipalityCode: '0193',
  name: 'Klas',
  schoolId,
  capacity: 3,
  costModel: 'Vaste jaarprijs',
  annualCostCents: 1_000,
  startsOn: '2026-08-01',
  endsOn: null,
  providers: [{ providerId: w.providerId, costSharePct: 100 }],
});

describe('bad input to contract management is a 4xx and changes nothing', () => {
  it('one broken field, or broken by rule', async () => {
    const before = await fingerprint();
    const base = () => `/api/contracts/${w.contractId}`;
    const cases = fc.oneof(
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant('/api/contracts'),
        body: breakOne(contract, ContractBody),
      }),
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant(`${base()}/products`),
        body: breakOne(product, ProductBody),
      }),
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant(`${base()}/products/${w.productId}/tariffs`),
        body: breakOne(tariff, TariffBody),
      }),
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant(`${base()}/criteria`),
        body: breakOne(criterion, CriterionBody),
      }),
      fc.record({ method: fc.constant('PUT'), url: fc.constant('/api/budgets'), body: breakOne(budget, BudgetBody) }),
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant('/api/contract-providers'),
        body: breakOne(provider, ProviderBody),
      }),
      fc.record({
        method: fc.constant('PUT'),
        url: fc.constant(base()),
        body: breakOne({ ...contract, reference: wReference, providerId: w.providerId }, ContractBody),
      }),
      fc.record({
        method: fc.constant('PUT'),
        url: fc.constant(`${base()}/criteria/${criterionId}`),
        body: breakOne(criterion, CriterionBody),
      }),
      fc.record({
        method: fc.constant('PUT'),
        url: fc.constant(`${base()}/products/${w.productId}`),
        body: breakOne(product, ProductBody),
      }),
      fc
        .record({
          method: fc.constantFrom('POST', 'PUT'),
          url: fc.constant('/api/care-arrangements'),
          body: breakOne(arrangement(), ArrangementBody),
        })
        .map((c) => (c.method === 'PUT' ? { ...c, url: `/api/care-arrangements/${arrangementId}` } : c)),
      fc
        .record({
          method: fc.constantFrom('POST', 'PUT'),
          url: fc.constant('/api/care-arrangements'),
          body: fc
            .array(fc.record({ providerId: fc.constantFrom(w.providerId, uncontracted), costSharePct: junk }), {
              maxLength: 3,
            })
            .map((providers) => ({ ...arrangement(), providers }))
            .filter((b) => !ArrangementBody.safeParse(b).success),
        })
        .map((c) => (c.method === 'PUT' ? { ...c, url: `/api/care-arrangements/${arrangementId}` } : c)),
      // Valid shapes that only the rules refuse.
      fc.constantFrom(
        // the product's 2026 tariff overlaps
        {
          method: 'POST',
          url: `${base()}/products/${w.productId}/tariffs`,
          body: { validFrom: '2026-06-01', tariffCents: 1 },
        },
        {
          method: 'POST',
          url: `${base()}/products/${w.productId}/tariffs`,
          body: { validFrom: '2025-01-01', tariffCents: 1 },
        },
        { method: 'POST', url: `${base()}/products`, body: { ...product, unit: '82' } }, // output unit, effort contract
        { method: 'POST', url: `${base()}/products`, body: { ...product, category: '58' } }, // no 58 in JZ020
        { method: 'POST', url: `${base()}/products`, body: { ...product, unit: '99' } },
        { method: 'POST', url: `${base()}/products`, body: { ...product, category: '45', productCode: '45A01' } }, // duplicate
        {
          method: 'POST',
          url: '/api/contracts',
          body: { ...contract, providerId: w.providerId, municipalityCode: '0344' },
        },
        { method: 'POST', url: '/api/contracts', body: { ...contract, providerId: w.providerId, purchaser: 'region' } },
        {
          method: 'POST',
          url: '/api/contracts',
          body: { ...contract, providerId: w.providerId, endsOn: '2025-01-01' },
        },
        { method: 'POST', url: '/api/contracts', body: contract }, // unknown provider
        { method: 'PUT', url: '/api/budgets', body: { ...budget, municipalityCode: '0344' } },
        { method: 'PUT', url: '/api/budgets', body: { ...budget, scope: 'regional' } }, // no split
        { method: 'POST', url: `/api/contracts/${w.productId}/criteria`, body: criterion }, // no such contract
        {
          method: 'PUT',
          url: base(),
          body: { ...contract, reference: wReference, providerId: w.providerId, variant: 'output' },
        }, // its product's unit is not output
        {
          method: 'PUT',
          url: `${base()}/products/${w.productId}`,
          body: { ...product, productCode: '45A01', unit: '83' },
        },
        { method: 'PUT', url: `/api/contracts/${w.productId}`, body: { ...contract, providerId: w.providerId } }, // no such contract
        { method: 'PUT', url: `${base()}/criteria/${w.productId}`, body: criterion }, // no such criterion
        // a provider without a contract for the municipality; a school of no municipality in the region; out of region
        {
          method: 'POST',
          url: '/api/care-arrangements',
          body: { ...arrangement(), providers: [{ providerId: uncontracted, costSharePct: 100 }] },
        },
        { method: 'POST', url: '/api/care-arrangements', body: { ...arrangement(), schoolId: w.providerId } },
        { method: 'POST', url: '/api/care-arrangements', body: { ...arrangement(), municipalityCode: '0344' } },
        { method: 'PUT', url: `/api/care-arrangements/${w.productId}`, body: arrangement() }, // no such arrangement
        // shares of 33.33 three times: 99.99, not 100
        {
          method: 'POST',
          url: '/api/care-arrangements',
          body: {
            ...arrangement(),
            providers: [1, 2, 3].map(() => ({ providerId: w.providerId, costSharePct: 33.33 })),
          },
        },
      ),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ method, url, body }) => {
        const res = await t.app.inject({ method: method, url, headers: s.headers, payload: body });
        expect(
          res.statusCode,
          `${method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.json<{ code?: string }>().code).toBeTruthy();
      }),
      { numRuns: 150 },
    );
    expect(await fingerprint()).toBe(before);
  });
});
