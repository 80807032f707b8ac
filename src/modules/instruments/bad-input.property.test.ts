// Bad input to the instrument routes gets a 4xx and writes nothing: random junk, and well-formed
// measurements that break the definition (scores out of range, unknown items, the wrong
// instrument, duplicate items).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';
import { careFingerprint } from '../../test-support/fingerprint.js';

let t: TestApp;
let s: Session;
let familyId: string;
let personId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const user = await buildUser(db, ['professional']);
  ({ familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: user.id }));
  personId = await buildPerson(db, familyId, { kind: 'parent' });
  s = await login(t.app, user.username);
});
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const db = t.db.kysely;
  const mine = await Promise.all(
    (['measurement', 'measurement_score', 'instrument', 'instrument_item'] as const).map((table) =>
      db
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify(r)).sort()),
    ),
  );
  return JSON.stringify([mine, await careFingerprint(db)]);
}

const DEFS = {
  zrm: { min: 1, max: 5, items: ['finances', 'work_education', 'time_use', 'housing', 'justice'] },
  positive_health: {
    min: 0,
    max: 10,
    items: [
      'bodily_functions',
      'mental_wellbeing',
      'meaningfulness',
      'quality_of_life',
      'participation',
      'daily_functioning',
    ],
  },
} as const;
type Code = keyof typeof DEFS;

const junk = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    '',
    '2026-02-30',
    'zrm',
    'positive_health',
    '../../etc',
    '\u0000',
    "'; DROP TABLE measurement; --",
    'x'.repeat(10_000),
  ),
);

/** A measurement that is well-formed JSON but breaks exactly one rule of the definition. */
const wrong = fc.constantFrom<Code>('zrm', 'positive_health').chain((code) => {
  const def = DEFS[code];
  const other: Code = code === 'zrm' ? 'positive_health' : 'zrm';
  const good = fc.record({ item: fc.constantFrom(...def.items), score: fc.integer({ min: def.min, max: def.max }) });
  const outOfRange = fc.record({
    item: fc.constantFrom(...def.items),
    score: fc.oneof(fc.integer({ min: -1000, max: def.min - 1 }), fc.integer({ min: def.max + 1, max: 1000 })),
  });
  const unknownItem = fc.record({
    item: fc
      .oneof(fc.constantFrom(...DEFS[other].items), fc.stringMatching(/^[a-z]{3,12}$/))
      .filter((i) => !(def.items as readonly string[]).includes(i)),
    score: fc.integer({ min: def.min, max: def.max }),
  });
  const breaking = fc.oneof(
    fc
      .tuple(fc.array(good, { maxLength: 3 }), outOfRange)
      .map(([g, bad]) => ({ instrument: code, scores: [...g, bad] })),
    fc
      .tuple(fc.array(good, { maxLength: 3 }), unknownItem)
      .map(([g, bad]) => ({ instrument: code, scores: [...g, bad] })),
    good.map((g) => ({ instrument: code, scores: [g, { ...g }] })),
    good
      .map((g) => ({ instrument: other, scores: [g] }))
      .filter((m) => !(DEFS[other].items as readonly string[]).includes(m.scores[0]?.item ?? '')),
    fc
      .stringMatching(/^[a-z][a-z_]{2,20}$/)
      .filter((c) => !['zrm', 'zrm_household', 'positive_health', 'safety_scale'].includes(c))
      .chain((c) => good.map((g) => ({ instrument: c, scores: [g] }))),
  );
  return breaking.map((m) => ({ ...m, personId, measuredOn: '2026-01-05' }));
});

describe('bad input to the instrument routes is a 4xx and changes nothing', () => {
  it('measurements that break the definition are refused with 400', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(wrong, async (payload) => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/families/${familyId}/measurements`,
          payload,
          headers: s.headers,
        });
        expect(res.statusCode, `${JSON.stringify(payload)} → ${res.body.slice(0, 300)}`).toBe(400);
      }),
      { numRuns: 200 },
    );
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it('random fields, junk values and unknown ids', async () => {
    const before = await fingerprint();
    const fields = ['instrument', 'version', 'personId', 'measuredOn', 'note', 'scores'];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uuid(), fc.string({ maxLength: 30 }), fc.constant('FAMILY')),
        fc.dictionary(fc.string({ maxLength: 10 }), junk, { maxKeys: 5 }),
        fc.boolean(),
        fc.array(fc.record({ item: junk, score: junk }, { requiredKeys: [] }), { maxLength: 3 }),
        async (rawId, randomFields, reuseKnownFields, scores) => {
          const id = rawId === 'FAMILY' ? familyId : encodeURIComponent(rawId);
          const body: Record<string, unknown> = { ...randomFields };
          if (reuseKnownFields) for (const f of fields) body[f] = fc.sample(junk, 1)[0];
          if (reuseKnownFields) body.scores = scores;
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/families/${id}/measurements`,
            payload: body,
            headers: s.headers,
          });
          expect(
            res.statusCode,
            `${id} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          const q = await t.app.inject({
            method: 'GET',
            url: `/api/families/${id}/measurements/progress?personId=${encodeURIComponent(JSON.stringify(body.personId ?? null))}`,
            headers: s.headers,
          });
          expect(q.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
    expect(await fingerprint()).toBe(before);
  }, 120_000);
});
