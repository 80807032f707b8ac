// Bad input to the family's rights: a 4xx and nothing changed (the rights tables, consents and
// notifications keep their fingerprint), never a 5xx.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { buildRightsWorld, type RightsWorld } from '../../test-support/family-rights.js';

let t: TestApp;
let w: RightsWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildRightsWorld(t);
});
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const r = await sql<{ f: string }>`select md5(
      coalesce((select string_agg(id::text || title || body, ',' order by id) from family_statement), '') ||
      coalesce((select string_agg(id::text || status || coalesce(answer, ''), ',' order by id) from family_rights_request), '') ||
      coalesce((select string_agg(id::text || coalesce(withdrawn_on::text, ''), ',' order by id) from family_consent), '') ||
      coalesce((select string_agg(consent_id::text || person_id::text, ',' order by consent_id, person_id) from family_consent_giver), '') ||
      (select count(*)::text from notification)) as f`.execute(t.db.kysely);
  return r.rows[0]?.f ?? '';
}

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('x'.repeat(6000)),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);
const badBody = (good: Record<string, unknown>) =>
  fc.oneof(
    // One field replaced by junk (or dropped), or an unknown field added.
    fc.tuple(fc.constantFrom(...Object.keys(good)), junk).map(([k, v]) => ({ ...good, [k]: v })),
    fc
      .constantFrom(...Object.keys(good))
      .map((k) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== k))),
    fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((k) => !(k in good))
      .map((k) => ({ ...good, [k]: 'x' })),
  );

const CASES: Array<{ url: string; good: Record<string, unknown> }> = [
  { url: '/api/family-rights/statements', good: { title: 'Titel', body: 'Tekst' } },
  { url: '/api/family-rights/requests', good: { kind: 'correction', about: 'Over', body: 'Tekst' } },
  {
    url: '/api/family-rights/consent',
    good: { organisationId: '00000000-0000-4000-8000-000000000000', scopes: ['plan'] },
  },
];

describe('bad input to the family rights', () => {
  it('bodies with a bad, missing or unknown field: 400 and nothing changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CASES).chain((c) => badBody(c.good).map((body) => ({ url: c.url, body }))),
        async ({ url, body }) => {
          // A body whose junk happens to be valid is not bad input: skip it.
          const before = await fingerprint();
          const res = await t.app.inject({ method: 'POST', url, headers: w.sessions.parent.headers, payload: body });
          expect(
            res.statusCode,
            `${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`,
          ).toBeLessThan(500);
          if (res.statusCode < 300) return;
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(await fingerprint()).toBe(before);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('bad ids, entries and answers: 4xx and nothing changed', async () => {
    const ids = fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 30 }),
      fc.constantFrom('0', '-1', '99999999999999999999', '1e3', '%00'),
    );
    await fc.assert(
      fc.asyncProperty(ids, fc.constantFrom('withdraw', 'question', 'answer'), async (id, what) => {
        const before = await fingerprint();
        const target = encodeURIComponent(id);
        const res =
          what === 'withdraw'
            ? await t.app.inject({
                method: 'POST',
                url: `/api/family-rights/consent/${target}/withdraw`,
                headers: w.sessions.parent.headers,
                payload: {},
              })
            : what === 'question'
              ? await t.app.inject({
                  method: 'POST',
                  url: `/api/family-rights/access-log/${target}/question`,
                  headers: w.sessions.parent.headers,
                  payload: { body: 'Waarom?' },
                })
              : await t.app.inject({
                  method: 'POST',
                  url: `/api/family-rights/queue/${target}/answer`,
                  headers: w.sessions.privacyOfficer.headers,
                  payload: { outcome: 'granted', answer: 'Ja' },
                });
        expect(res.statusCode, `${what} ${id} → ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(await fingerprint()).toBe(before);
      }),
      { numRuns: 50 },
    );
  });
});
