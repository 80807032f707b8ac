// Bad contract, product, tariff, criterion and budget bodies: always a clear 4xx (never 5xx) and nothing
// changes. Random junk in one field, and bodies that only the rules can refuse (overlapping tariff,
// unit outside the variant, a code not in the code list, a municipality outside the region).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import { buildContract, buildContractManager } from '../../../test-support/contracts.js';
import { BudgetBody, ContractBody, CriterionBody, ProductBody, ProviderBody, TariffBody } from './schemas.js';

let t: TestApp;
let s: Session;
let w: { providerId: string; contractId: string; productId: string };
beforeAll(async () => {
  t = await createTestApp();
  w = await buildContract(t.db.kysely);
  s = await login(t.app, (await buildContractManager(t.db.kysely)).username);
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
