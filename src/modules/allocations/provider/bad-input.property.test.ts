// Bad query parameters and search bodies on the provider's lists and message box: always a clear 400
// (never a 5xx, never a list), and nothing changes. Random junk in one parameter, plus the classics (SQL, huge pages).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, createTestApp, type Session, type TestApp } from '../../../test-support/app.js';
import { buildProviderUser, buildProviderWorld } from '../../../test-support/provider.js';
import {
  ProviderAllocationQuery,
  ProviderAllocationSearch,
  ProviderClaimQuery,
  ProviderClaimSearch,
} from './schemas.js';
import { BoxQuery, BoxSearch } from '../exchange/schemas.js';

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await createTestApp();
  const w = await buildProviderWorld(t.db.kysely);
  s = await login(t.app, (await buildProviderUser(t.db.kysely, w.providerId)).username);
});
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const db = t.db.kysely;
  const parts = await Promise.all([
    db.selectFrom('allocation').select(['id', 'status']).orderBy('id').execute(),
    db.selectFrom('ijw_message').select(['id', 'status']).orderBy('id').execute(),
    db.selectFrom('claim').select(['id', 'rejected_lines']).orderBy('id').execute(),
  ]);
  return JSON.stringify(parts);
}

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.constantFrom('', '0', '-1', '1e3', '0x10', ' 2', '10001', '101', 'x'.repeat(200), "'; DROP TABLE claim; --"),
);

/** The lists by URL take no free search: `q` in a query string is refused like any unknown key. */
const LISTS = [
  {
    url: '/api/provider/allocations',
    schema: ProviderAllocationQuery,
    search: ProviderAllocationSearch,
    keys: ['page', 'pageSize', 'sort', 'status'],
  },
  {
    url: '/api/provider/claims',
    schema: ProviderClaimQuery,
    search: ProviderClaimSearch,
    keys: ['page', 'pageSize', 'sort', 'state'],
  },
  {
    url: '/api/provider/ijw/messages',
    schema: BoxQuery,
    search: BoxSearch,
    keys: ['page', 'pageSize', 'sort', 'messageType', 'direction', 'status'],
  },
] as const;

describe('bad query parameters on the provider lists', () => {
  it('give 400 and change nothing; valid ones give 200', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LISTS),
        fc.constantFrom('page', 'pageSize', 'q', 'sort', 'status', 'state', 'messageType', 'direction', 'unexpected'),
        junk,
        async (list, key, value) => {
          const query = new URLSearchParams({ [key]: value });
          const valid =
            (list.keys as readonly string[]).includes(key) && list.schema.safeParse({ [key]: value }).success;
          const res = await t.app.inject({ method: 'GET', url: `${list.url}?${query}`, headers: s.headers });
          expect(res.statusCode, `${list.url}?${query} ${res.body.slice(0, 200)}`).toBe(valid ? 200 : 400);
          if (!valid) expect(res.headers['content-type']).toContain('application/problem+json');
        },
      ),
      { numRuns: 120 },
    );
    expect(await fingerprint()).toBe(before);
  });

  it('bad search bodies (POST …/search) give 400 and change nothing; valid ones give 200', async () => {
    const before = await fingerprint();
    const value = fc.oneof(junk, fc.integer(), fc.constant(null), fc.constant(['x']));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LISTS),
        fc.constantFrom('page', 'pageSize', 'q', 'sort', 'status', 'state', 'messageType', 'direction', 'unexpected'),
        value,
        async (list, key, v) => {
          const body = { [key]: v };
          const valid = list.search.safeParse(body).success;
          const res = await t.app.inject({
            method: 'POST',
            url: `${list.url}/search`,
            headers: s.headers,
            payload: body,
          });
          expect(res.statusCode, `${list.url}/search ${JSON.stringify(body)} ${res.body.slice(0, 200)}`).toBe(
            valid ? 200 : 400,
          );
        },
      ),
      { numRuns: 120 },
    );
    expect(await fingerprint()).toBe(before);
  });
});
