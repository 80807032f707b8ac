// Bad input to break the glass: an empty, short or too long reason, junk or unknown family ids, unknown
// fields. Always a 4xx, never a grant or a notification; the only write allowed is the denied audit
// entry of a refusal (a role without care work), because a refused attempt must be logged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { trajectoryFingerprint } from '../../test-support/fingerprint.js';

let t: TestApp;
let sessions: { professional: Session; policy: Session };
let familyId = '';
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  await buildUser(db, ['privacy_officer']);
  familyId = (
    await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: (await buildUser(db, ['professional'])).id,
    })
  ).familyId;
  sessions = {
    professional: await login(t.app, (await buildUser(db, ['professional'])).username),
    policy: await login(t.app, (await buildUser(db, ['policy'])).username),
  };
});
afterAll(async () => {
  await t.close();
});

const auditCount = async () =>
  Number(
    (
      await t.db.kysely
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const deniedBreakGlass = async () =>
  Number(
    (
      await t.db.kysely
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('event', '=', 'family.break_glass')
        .where('outcome', '=', 'denied')
        .executeTakeFirstOrThrow()
    ).n,
  );

const GOOD_REASON = 'Acute melding buiten kantooruren, regisseur onbereikbaar';
const badReason = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '   '.repeat(10),
    'nodig',
    'x'.repeat(19),
    ' '.repeat(30) + 'kort',
    'x'.repeat(2001),
    'y'.repeat(30_000),
  ),
  fc.string({ maxLength: 19 }),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
);
const junkId = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.constant(null),
  fc.constantFrom('', '1', 'null', '../families', `${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`),
);
const body = fc.oneof(
  fc.record({ familyId: fc.constant('FAMILY'), reason: badReason }),
  fc.record({ familyId: junkId, reason: fc.oneof(fc.constant(GOOD_REASON), badReason) }),
  // A well-formed id of no family, with a good reason: the professional gets 404 (nothing written).
  fc.record({ familyId: fc.uuid(), reason: fc.constant(GOOD_REASON) }),
  fc.record({ familyId: fc.constant('FAMILY'), reason: fc.constant(GOOD_REASON), extra: fc.string() }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxKeys: 4 }),
);

describe("bad input to break the glass is a 4xx and writes nothing but a refusal's audit entry", () => {
  it('random reasons, ids and fields, as a professional and as a role without care work', async () => {
    const before = await trajectoryFingerprint(t.db.kysely);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('professional' as const, 'policy' as const), body, async (who, raw) => {
        const payload = { ...raw, ...(raw.familyId === 'FAMILY' ? { familyId } : {}) };
        const [audit, denied] = [await auditCount(), await deniedBreakGlass()];
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/access/break-glass',
          payload,
          headers: sessions[who].headers,
        });
        const label = `${who} ${JSON.stringify(payload).slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, label).toBeLessThan(500);
        // Only a refusal of the role is audited (one denied entry); invalid input and an unknown family write nothing.
        const refused = res.statusCode === 403;
        if (refused) expect(who, label).toBe('policy');
        expect(await auditCount(), label).toBe(audit + (refused ? 1 : 0));
        expect(await deniedBreakGlass(), label).toBe(denied + (refused ? 1 : 0));
      }),
      { numRuns: 200 },
    );
    expect(await trajectoryFingerprint(t.db.kysely)).toBe(before);
  }, 120_000);
});
