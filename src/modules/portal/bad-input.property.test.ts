// Bad input to every portal write (mark an action done, comment, propose a goal or change, sign off a
// version, the 16+ shield): arbitrary bodies and path parameters, sent by a parent with authority and by
// the 16-year-old, answer 4xx — never 5xx — and change nothing (the plan, its sign-offs, comments,
// proposals, the per-person parts with their youth shields and the notifications keep their fingerprint).
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test-support/app.js';
import { careFingerprint } from '../../test-support/fingerprint.js';
import { buildPortalWorld, type PortalWorld } from '../../test-support/portal.js';
import type { z } from 'zod';
import { CommentBody, ProposalBody, ShieldOwnBody } from './schemas.js';

let t: TestApp;
let w: PortalWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildPortalWorld(t);
});
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const r = await sql<{ f: string }>`select md5(
      coalesce((select string_agg(id::text || body, ',' order by id) from plan_action_comment), '') ||
      coalesce((select string_agg(id::text || kind || body || status, ',' order by id) from plan_proposal), '') ||
      coalesce((select string_agg(item_id || person_id::text || coalesce(youth_shielded_at::text, ''), ','
        order by item_id) from plan_item_person), '') ||
      coalesce((select string_agg(id::text || coalesce(lifted_at::text, ''), ',' order by id) from family_shield), '') ||
      coalesce((select string_agg(id::text || status, ',' order by id) from trajectory), '') ||
      (select count(*)::text from notification)) as f`.execute(t.db.kysely);
  return (r.rows[0]?.f ?? '') + (await careFingerprint(t.db.kysely));
}

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('x'.repeat(6000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);
/** One field replaced by junk, one dropped, an unknown field added, or no object at all. */
const badBody = (good: Record<string, unknown>) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(good)), junk).map(([k, v]) => ({ ...good, [k]: v })),
    fc
      .constantFrom(...Object.keys(good))
      .map((k) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== k))),
    fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((k) => !(k in good))
      .map((k) => ({ ...good, [k]: 'x' })),
    junk.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  );

interface Write {
  name: string;
  method: 'POST' | 'PUT';
  url: (p: { familyId: string; item: string; version: string }) => string;
  good?: Record<string, unknown>;
  schema?: z.ZodType;
  as: () => Session;
}
const F = (p: { familyId: string }) => `/api/portal/families/${p.familyId}`;
const WRITES: Write[] = [
  { name: 'done', method: 'POST', url: (p) => `${F(p)}/plan/actions/${p.item}/done`, as: () => w.mum },
  {
    name: 'comment',
    method: 'POST',
    url: (p) => `${F(p)}/plan/actions/${p.item}/comments`,
    good: { body: 'Wanneer hoor ik iets?' },
    schema: CommentBody,
    as: () => w.mum,
  },
  {
    name: 'propose',
    method: 'POST',
    url: (p) => `${F(p)}/proposals`,
    good: { kind: 'goal', body: 'Samen koken' },
    schema: ProposalBody,
    as: () => w.mum,
  },
  { name: 'sign-off', method: 'POST', url: (p) => `${F(p)}/plan/versions/${p.version}/sign-off`, as: () => w.teen },
  {
    name: 'shield',
    method: 'PUT',
    url: (p) => `${F(p)}/plan/items/${p.item}/shield`,
    good: { shielded: true },
    schema: ShieldOwnBody,
    as: () => w.youth,
  },
];

/** Path parameters that are malformed or name nothing of this family. */
const badIds = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('0', '-1', '99999999999999999999', '1e3', '%00', '..', 'a'.repeat(65), 'nope', 'sSecret'),
);
const badVersions = fc.oneof(
  fc.constantFrom('0', '-1', '2', '99', '1.5', 'x', '1e3', '99999999999999999999', '%20'),
  fc.string({ maxLength: 10 }),
);

async function send(write: Write, params: { familyId: string; item: string; version: string }, body?: unknown) {
  const before = await fingerprint();
  const res = await t.app.inject({
    method: write.method,
    url: write.url(params),
    ...(body !== undefined
      ? { payload: JSON.stringify(body), headers: { ...write.as().headers, 'content-type': 'application/json' } }
      : { headers: write.as().headers }),
  });
  const label = `${write.name} ${write.url(params)} ${JSON.stringify(body)?.slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 160)}`;
  expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, label).toBeLessThan(500);
  expect(await fingerprint(), label).toBe(before);
}

describe('bad input to the portal writes', () => {
  it('bodies with a bad, missing or unknown field: 4xx and nothing changed', async () => {
    const withBody = WRITES.filter((x) => x.good);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBody).chain((x) => badBody(x.good ?? {}).map((body) => ({ x, body }))),
        async ({ x, body }) => {
          // Junk that happens to be valid is not bad input (a one-letter comment is a comment).
          if (x.schema?.safeParse(body).success) return;
          await send(x, { familyId: w.familyId, item: x.name === 'shield' ? 'gYouth' : 'aProf', version: '1' }, body);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('bad or foreign families, items and versions: 4xx and nothing changed', async () => {
    const families = fc.oneof(
      fc.constant(w.familyId),
      fc.constant(w.otherFamilyId),
      fc.uuid(),
      fc.constantFrom('x', '0', '%00'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WRITES),
        families,
        badIds,
        badVersions,
        async (x, familyId, item, version) => {
          // Only the family's own file with a real item can succeed: those cells are the access matrix's.
          if (familyId === w.familyId && x.name === 'propose') return;
          await send(
            x,
            {
              familyId: encodeURIComponent(familyId),
              item: encodeURIComponent(item),
              version: encodeURIComponent(version),
            },
            x.good,
          );
        },
      ),
      { numRuns: 120 },
    );
  });
});
