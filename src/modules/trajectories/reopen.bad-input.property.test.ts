// Bad input to "open a new trajectory" gets a 4xx (never a 5xx) and changes nothing: random bodies and
// ids, and a well-formed body with one field broken, sent by someone who may open one for this family.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { trajectoryFingerprint } from '../../test-support/fingerprint.js';

let t: TestApp;
let s: Session;
let fx: { team: string; closedFamily: string; openFamily: string; outsider: string };
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const team = await buildTeam(db);
  const user = await buildUser(db, ['professional']);
  const outsider = await buildUser(db, ['professional']);
  await addToTeam(db, team, user.id);
  const closedFamily = (await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: user.id, status: 'closed' }))
    .familyId;
  const openFamily = (await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: user.id, status: 'intake' }))
    .familyId;
  fx = { team, closedFamily, openFamily, outsider: outsider.id };
  s = await login(t.app, user.username);
});
afterAll(async () => {
  await t.close();
});

const FIELDS = ['teamId', 'entryPoint', 'firstContactOn', 'regisseurId', 'memberIds'] as const;
const junk = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.array(fc.oneof(fc.string(), fc.uuid()), { minLength: 1, maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    '',
    '2026-02-30',
    '2026-13-01',
    '01-11-2026',
    'self-referral',
    'closed',
    '../../etc',
    '\u0000',
    "'; DROP TABLE trajectory; --",
    'x'.repeat(30_000),
  ),
);
const ids = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('1', 'null', '%00', '..', 'CLOSED', 'OPEN'),
);
const post = (familyId: string, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: `/api/families/${familyId}/trajectories`,
    payload: payload as object,
    headers: s.headers,
  });

describe('bad input to opening a new trajectory is a 4xx and changes nothing', () => {
  it('random bodies, one broken field, unknown ids, and a family whose trajectory is still open', async () => {
    const before = await trajectoryFingerprint(t.db.kysely);
    const valid = () => ({ teamId: fx.team, entryPoint: 'other', firstContactOn: '2026-11-01' });
    await fc.assert(
      fc.asyncProperty(ids, fc.dictionary(fc.string({ maxLength: 10 }), junk, { maxKeys: 6 }), async (rawId, body) => {
        const id = rawId === 'CLOSED' ? fx.closedFamily : rawId === 'OPEN' ? fx.openFamily : encodeURIComponent(rawId);
        const res = await post(id, body);
        expect(
          res.statusCode,
          `${id} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIELDS, 'unknown' as const),
        junk,
        fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !(FIELDS as readonly string[]).includes(k)),
        async (field, value, unknownKey) => {
          const body: Record<string, unknown> = { ...valid(), [field === 'unknown' ? unknownKey : field]: value };
          const res = await post(fx.closedFamily, body);
          expect(
            res.statusCode,
            `${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    // Well-formed but wrong: someone outside the team named, a team the user is not in, an open trajectory.
    expect((await post(fx.closedFamily, { ...valid(), regisseurId: fx.outsider })).json().code).toBe('not_team_member');
    expect((await post(fx.closedFamily, { ...valid(), memberIds: [fx.outsider] })).json().code).toBe('not_team_member');
    expect((await post(fx.closedFamily, { ...valid(), teamId: await buildTeam(t.db.kysely) })).statusCode).toBe(403);
    expect((await post(fx.openFamily, valid())).json().code).toBe('trajectory_still_open');
    expect(await trajectoryFingerprint(t.db.kysely)).toBe(before);
  }, 120_000);
});
