// Submitting signals through the web form: identity, categories per partner type, arrears rules,
// idempotency, routing (regisseur of an open trajectory, or the neighbourhood team), and that a
// signaller sees only status, never content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam } from '../../test-support/factories.js';
import { buildSignaller, buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
let housing: Session;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  housing = await login(t.app, w.housing.user.username);
});
afterAll(async () => {
  await t.close();
});

const rent = (over: Record<string, unknown> = {}) => ({
  bsn: testBsn(100),
  postcode: '8011 ab',
  houseNumber: '12',
  category: 'rent_arrears',
  amountCents: 145000,
  arrearsSince: '2026-08-01',
  signalDate: '2026-10-01',
  ...over,
});
const post = (s: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/signals', headers: s.headers, payload });

describe('submitting a signal', () => {
  it('accepts a rent-arrears signal, routes it to the neighbourhood team and answers a repeat with "duplicate"', async () => {
    const res = await post(housing, rent());
    expect(res.statusCode, res.body).toBe(201);
    const { reference } = res.json<{ reference: string }>();
    expect(reference).toMatch(/^S-[A-Z0-9]{10}$/);
    const row = await t.db.kysely
      .selectFrom('signal')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      routed_to: 'team',
      team_id: w.teamId,
      postcode: '8011AB',
      municipality_code: '0193',
      neighbourhood_code: 'BU01930000',
      status: 'received',
      channel: 'form',
    });
    expect(row.bsn_enc).not.toContain(testBsn(100));
    const again = await post(housing, rent({ amountCents: 160000, signalDate: '2026-11-01' }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'duplicate', reference: null });
  });

  it('identifies by name + birth date when there is no BSN, and requires one of the two', async () => {
    const ok = await post(
      housing,
      rent({ bsn: undefined, givenName: 'Ayla', familyName: 'Testvrouw', birthDate: '1988-04-02' }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const bad = await post(housing, rent({ bsn: undefined, givenName: 'Ayla' }));
    expect(bad.statusCode).toBe(400);
  });

  it('refuses categories that do not fit the organisation, too recent arrears, unknown postcodes and invalid BSNs', async () => {
    const cases: Array<[object, string]> = [
      [rent({ category: 'school_absence', amountCents: undefined, arrearsSince: undefined }), 'category_not_allowed'],
      [rent({ bsn: testBsn(101), arrearsSince: '2026-09-15' }), 'arrears_too_recent'],
      [rent({ bsn: testBsn(102), postcode: '9999ZZ' }), 'postcode_unknown'],
    ];
    for (const [payload, message] of cases) {
      const res = await post(housing, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ errors: Array<{ message: string }> }>().errors.map((e) => e.message)).toContain(message);
    }
    expect((await post(housing, rent({ bsn: '123456789' }))).statusCode).toBe(400);
  });

  it('a school signals school absence but not rent arrears', async () => {
    const school = await buildSignaller(t.db.kysely, 'school');
    const s = await login(t.app, school.user.username);
    expect(
      (
        await post(s, {
          bsn: testBsn(200),
          postcode: '8011AC',
          houseNumber: '3',
          category: 'school_absence',
          urgency: 'urgent',
          note: 'Veel verzuim sinds september.',
        })
      ).statusCode,
    ).toBe(201);
    expect((await post(s, rent({ bsn: testBsn(201) }))).statusCode).toBe(400);
  });

  it('routes a signal about a family with an open trajectory to its regisseur, with an inbox item', async () => {
    const db = t.db.kysely;
    const otherTeam = await buildTeam(db, { municipality: '0193' });
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: otherTeam, regisseurId: w.member.id });
    await buildPerson(db, familyId, { kind: 'parent', bsn: testBsn(300) });
    const res = await post(housing, rent({ bsn: testBsn(300) }));
    expect(res.statusCode, res.body).toBe(201);
    const row = await db
      .selectFrom('signal')
      .selectAll()
      .where('reference', '=', res.json<{ reference: string }>().reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      routed_to: 'regisseur',
      regisseur_id: w.member.id,
      family_id: familyId,
      team_id: otherTeam,
    });
    const inbox = await db
      .selectFrom('notification')
      .select(['kind', 'link'])
      .where('user_id', '=', w.member.id)
      .execute();
    expect(inbox).toContainEqual({ kind: 'signal_routed', link: `/signals/${row.id}` });
  });

  it('a closed trajectory does not attract the signal: it goes to the neighbourhood team', async () => {
    const db = t.db.kysely;
    const { familyId } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: w.member.id,
      status: 'closed',
    });
    await buildPerson(db, familyId, { kind: 'parent', bsn: testBsn(400) });
    const res = await post(housing, rent({ bsn: testBsn(400) }));
    const row = await db
      .selectFrom('signal')
      .select(['routed_to', 'team_id'])
      .where('reference', '=', res.json<{ reference: string }>().reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ routed_to: 'team', team_id: w.teamId });
  });

  it('computes the triage deadline in working days: 5 for rent arrears, 3 otherwise', async () => {
    const db = t.db.kysely;
    const rows = await db
      .selectFrom('signal')
      .select(['category', 'received_at', (eb) => eb.cast<string>('triage_due_on', 'text').as('due')])
      .execute();
    const { addWorkingDays } = await import('../../platform/working-days.js');
    const { today: dutchDate } = await import('../../platform/clock.js');
    for (const r of rows)
      expect(r.due).toBe(addWorkingDays(dutchDate(r.received_at), r.category === 'rent_arrears' ? 5 : 3));
  });

  it("the signaller sees its own organisation's signals with status only, and nobody else's", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/signals/submissions', headers: housing.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: Array<Record<string, unknown>>; categories: string[] }>();
    expect(body.categories).toEqual(['rent_arrears']);
    expect(body.items.length).toBeGreaterThanOrEqual(4);
    for (const item of body.items)
      expect(Object.keys(item).sort()).toEqual([
        'batchLine',
        'category',
        'channel',
        'receivedAt',
        'reference',
        'signalDate',
        'status',
        'urgency',
      ]);
    const other = await buildSignaller(t.db.kysely, 'housing_corporation');
    const o = await login(t.app, other.user.username);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/signals/submissions', headers: o.headers })).json<{
        total: number;
      }>().total,
    ).toBe(0);
  });
});
