// Bad paging parameters on the paged lists are a clear 4xx — never a 500 — with the field named
// (`query.page`, `query.pageSize`, `query.sort`, `page` in a search body), for any input.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../test-support/app.js';
import { buildUser } from '../test-support/factories.js';
import { buildSignalWorld, type SignalWorld } from '../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
let member: Session;
let signaller: Session;
let professional: Session;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  member = await login(t.app, w.member.username);
  signaller = await login(t.app, w.housing.user.username);
  professional = await login(t.app, (await buildUser(t.db.kysely, ['professional'])).username);
});
afterAll(async () => {
  await t.close();
});

const badNumber = fc.oneof(
  fc.integer({ max: 0 }).map(String),
  fc.integer({ min: 10_001 }).map(String),
  fc.double({ noInteger: true, noNaN: true }).map(String),
  fc.string({ maxLength: 12 }).filter((s) => !/^\s*\d+\s*$/.test(s)),
  fc.constantFrom('NaN', 'Infinity', '-0.5', '1e9', '0x10', '', ' '),
);
const badSize = fc.oneof(badNumber, fc.integer({ min: 101, max: 100_000 }).map(String));
const badSort = fc
  .string({ maxLength: 30 })
  .filter(
    (s) =>
      ![
        'received_desc',
        'received_asc',
        'signal_date_desc',
        'reference',
        'recent',
        'reference_desc',
        'priority',
        'newest',
        'oldest',
        'ends_on',
        'attention',
      ].includes(s),
  );
const param = fc.oneof(
  badNumber.map((v) => ['page', v] as const),
  badSize.map((v) => ['pageSize', v] as const),
  badSort.map((v) => ['sort', v] as const),
);

const lists = () => [
  { session: signaller, url: '/api/signals/submissions?' },
  { session: member, url: `/api/signals/queue?teamId=${w.teamId}&` },
  { session: professional, url: '/api/families?' },
  { session: professional, url: '/api/involvement/registrations?' },
  { session: professional, url: '/api/involvement/matches?' },
];

describe('bad paging parameters', () => {
  it('are a 400 naming the query field on every paged GET list', async () => {
    await fc.assert(
      fc.asyncProperty(param, fc.integer({ min: 0, max: 4 }), async ([name, value], which) => {
        const list = lists()[which]!;
        const res = await t.app.inject({
          url: `${list.url}${name}=${encodeURIComponent(value)}`,
          headers: list.session.headers,
        });
        expect(res.statusCode, `${list.url}${name}=${value}: ${res.body}`).toBe(400);
        const paths = res.json<{ errors?: { path: string }[] }>().errors?.map((e) => e.path) ?? [];
        expect(paths).toContain(`query.${name}`);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('are a 4xx, never a 500, in the search bodies', async () => {
    const junk = fc.oneof(fc.string({ maxLength: 20 }), fc.double(), fc.integer(), fc.constant(null), fc.boolean());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('page', 'pageSize', 'sort', 'q'),
        junk,
        fc.boolean(),
        async (name, value, families) => {
          const res = await t.app.inject({
            method: 'POST',
            url: families ? '/api/families/search' : '/api/signals/queue/search',
            headers: families ? professional.headers : member.headers,
            payload: { ...(families ? {} : { teamId: w.teamId }), [name]: value },
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
          // Valid values (a number in range, a short text search) may pass; everything else is refused.
          if (res.statusCode !== 200) expect(res.statusCode).toBe(400);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
