// Triage and outreach: the queue with SLA timers and filters, every triage outcome (meldcode steps
// for a domestic-safety referral, a new trajectory through the families module), contact attempts
// and the outreach outcome, and escalation of late signals by the background job on a moved clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildPerson, buildUser } from '../../test-support/factories.js';
import type { AppError } from '../../platform/errors.js';
import { escalateLateSignals } from './escalation.js';
import { triageSignal } from './triage.js';
import { buildSignaller, buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';
import { today } from '../../platform/clock.js';
import { addWorkingDays } from '../../platform/working-days.js';

let t: TestApp;
let w: SignalWorld;
let housing: Session;
let member: Session;
let lead: Session;
let n = 2000;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  [housing, member, lead] = [
    await login(t.app, w.housing.user.username),
    await login(t.app, w.member.username),
    await login(t.app, w.lead.username),
  ];
});
afterAll(async () => {
  await t.close();
});

async function newSignal(s: Session = housing, over: Record<string, unknown> = {}): Promise<string> {
  n += 1;
  const payload =
    over.category && over.category !== 'rent_arrears'
      ? { bsn: testBsn(n), postcode: '8011AB', houseNumber: String((n % 90) + 1), ...over }
      : {
          bsn: testBsn(n),
          postcode: '8011AB',
          houseNumber: String((n % 90) + 1),
          category: 'rent_arrears',
          amountCents: 120000,
          arrearsSince: '2026-06-01',
          signalDate: '2026-09-01',
          ...over,
        };
  const res = await t.app.inject({ method: 'POST', url: '/api/signals', headers: s.headers, payload });
  expect(res.statusCode, res.body).toBe(201);
  const row = await t.db.kysely
    .selectFrom('signal')
    .select('id')
    .where('reference', '=', res.json<{ reference: string }>().reference)
    .executeTakeFirstOrThrow();
  return row.id;
}
const triage = (id: string, payload: object, s: Session = member) =>
  t.app.inject({ method: 'POST', url: `/api/signals/${id}/triage`, headers: s.headers, payload });
const attempt = (id: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/signals/${id}/contact-attempts`, headers: member.headers, payload });
const outcome = (id: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/signals/${id}/outreach-outcome`, headers: member.headers, payload });

describe('the triage queue', () => {
  it("lists the team's open signals with SLA and filters by category and urgency", async () => {
    const a = await newSignal();
    const school = await buildSignaller(t.db.kysely, 'school');
    const ss = await login(t.app, school.user.username);
    const b = await newSignal(ss, { category: 'school_absence', urgency: 'crisis' });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/signals/queue?teamId=${w.teamId}`,
      headers: member.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      items: Array<{ id: string; sla: { dueOn: string; workingDaysLeft: number; late: boolean } }>;
    }>();
    expect(body.items[0]?.id).toBe(b); // crisis first
    const first = body.items.find((i) => i.id === a);
    expect(first?.sla).toMatchObject({ dueOn: addWorkingDays(today(), 5), workingDaysLeft: 5, late: false });
    const filtered = await t.app.inject({
      method: 'GET',
      url: `/api/signals/queue?teamId=${w.teamId}&category=school_absence&urgency=crisis`,
      headers: member.headers,
    });
    expect(filtered.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).toEqual([b]);
  });

  it('is refused to someone outside the team', async () => {
    const other = await buildSignaller(t.db.kysely, 'school');
    const s = await login(t.app, other.user.username);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/signals/queue?teamId=${w.teamId}`, headers: s.headers }))
        .statusCode,
    ).toBe(403);
  });
});

describe('triage outcomes', () => {
  it('no action needs a reason; a decision is taken once', async () => {
    const id = await newSignal();
    expect((await triage(id, { outcome: 'no_action' })).statusCode).toBe(400);
    const ok = await triage(id, { outcome: 'no_action', reason: 'Huurachterstand is al afgelost.' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'closed',
      triage: { outcome: 'no_action', reason: 'Huurachterstand is al afgelost.' },
    });
    expect((await triage(id, { outcome: 'outreach' })).statusCode).toBe(422);
  });

  it('a domestic-safety referral to Veilig Thuis records the meldcode steps', async () => {
    const police = await buildSignaller(t.db.kysely, 'police');
    const ps = await login(t.app, police.user.username);
    const id = await newSignal(ps, { category: 'domestic_safety', urgency: 'urgent' });
    expect(
      (
        await triage(id, {
          outcome: 'referred',
          referredTo: 'veilig_thuis',
          reason: 'Zorgen over veiligheid kinderen.',
        })
      ).statusCode,
    ).toBe(400);
    const meldcode = {
      decision: 'report_and_help',
      steps: [
        { step: 'map_signals', on: today(), note: 'Signalen in kaart gebracht.' },
        { step: 'consult', on: today(), note: 'Collegiaal overleg en Veilig Thuis geraadpleegd.' },
        { step: 'talk', on: today(), note: 'Gesprek met moeder.' },
        { step: 'weigh', on: today(), note: 'Afwegingskader: melden.' },
        { step: 'decide', on: today(), note: 'Melden bij Veilig Thuis en hulp bieden.' },
      ],
    };
    const res = await triage(id, {
      outcome: 'referred',
      referredTo: 'veilig_thuis',
      reason: 'Zorgen over veiligheid kinderen.',
      meldcode,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'closed',
      triage: { outcome: 'referred', referredTo: 'veilig_thuis', meldcode },
    });
    const rent = await newSignal();
    expect(
      (await triage(rent, { outcome: 'referred', referredTo: 'debt_help', reason: 'Naar schuldhulp.', meldcode }))
        .statusCode,
    ).toBe(400);
    expect(
      (await triage(rent, { outcome: 'referred', referredTo: 'debt_help', reason: 'Naar schuldhulp.' })).statusCode,
    ).toBe(200);
  });

  it('links a signal to the trajectory it was routed to (the regisseur decides)', async () => {
    const db = t.db.kysely;
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: w.teamId, regisseurId: w.member.id });
    await buildPerson(db, familyId, { kind: 'parent', bsn: testBsn(9000) });
    const id = await newSignal(housing, { bsn: testBsn(9000) });
    const res = await triage(id, { outcome: 'linked' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', familyId, routedTo: 'regisseur' });
  });

  it('opens a new trajectory through the families module', async () => {
    const id = await newSignal(housing, {
      bsn: undefined,
      givenName: 'Vera',
      familyName: 'Nieuwgezin',
      birthDate: '1985-05-05',
    });
    const families = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('family')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await families();
    // An incomplete decision creates no family.
    expect(
      (
        await triage(id, {
          outcome: 'new_trajectory',
          newTrajectory: { personKind: 'parent' },
          referredTo: 'debt_help',
        })
      ).statusCode,
    ).toBe(400);
    expect(await families()).toBe(before);
    // A regisseur outside the team is refused at the triage form's own field, and nothing is created.
    const outsider = await buildUser(t.db.kysely, ['professional']);
    const refused = await triage(id, {
      outcome: 'new_trajectory',
      newTrajectory: { personKind: 'parent', regisseurId: outsider.id },
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'not_team_member', errors: [{ path: 'newTrajectory.regisseurId' }] });
    expect(await families()).toBe(before);
    const res = await triage(id, { outcome: 'new_trajectory', newTrajectory: { personKind: 'parent' } });
    expect(res.statusCode, res.body).toBe(200);
    const familyId = res.json<{ familyId: string }>().familyId;
    const t2 = await t.db.kysely
      .selectFrom('trajectory')
      .select(['entry_point', 'regisseur_id', 'team_id'])
      .where('family_id', '=', familyId)
      .executeTakeFirstOrThrow();
    expect(t2).toEqual({ entry_point: 'signal', regisseur_id: w.member.id, team_id: w.teamId });
  });

  it('two concurrent "new trajectory" triages: one wins, the other is refused, exactly one family is created', async () => {
    const id = await newSignal(housing, {
      bsn: undefined,
      givenName: 'Sam',
      familyName: 'Gelijktijdig',
      birthDate: '1988-08-08',
    });
    const familiesNamed = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('person')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('family_name', '=', 'Gelijktijdig')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const trajectories = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('trajectory')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await trajectories();
    const body = { outcome: 'new_trajectory', newTrajectory: { personKind: 'parent' } } as const;
    // Called on the service, not through HTTP: two identical calls then run step by step side by side
    // (embedded: one connection, queued in turn; PostgreSQL: truly parallel), so both are past the
    // authorisation before either decides — the race the old check-then-create-then-triage code lost.
    const row = await t.db.kysely
      .selectFrom('app_user')
      .select(['id', 'username', 'roles', 'home_organisation_id'])
      .where('id', '=', w.member.id)
      .executeTakeFirstOrThrow();
    const ctx = (requestId: string) => ({
      requestId,
      db: t.db.kysely,
      config: t.config,
      actor: {
        userId: row.id,
        username: row.username,
        roles: row.roles,
        organisationId: row.home_organisation_id,
        sessionId: null,
      },
    });
    const settled = await Promise.allSettled([
      triageSignal(ctx('race-1'), id, body),
      triageSignal(ctx('race-2'), id, body),
    ]);
    const results = settled.map((r) =>
      r.status === 'fulfilled'
        ? { statusCode: 200, code: null }
        : { statusCode: (r.reason as AppError).status, code: (r.reason as AppError).code },
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    expect(results.find((r) => r.statusCode === 422)?.code).toBe('signal_already_triaged');
    expect(await familiesNamed()).toBe(1);
    expect(await trajectories()).toBe(before + 1);
    const signal = await t.db.kysely
      .selectFrom('signal')
      .select('family_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const person = await t.db.kysely
      .selectFrom('person')
      .select('family_id')
      .where('family_name', '=', 'Gelijktijdig')
      .executeTakeFirstOrThrow();
    expect(signal.family_id).toBe(person.family_id);
  });
});

describe('outreach', () => {
  it('two attempts, then "follow-up help" with eviction prevented; counted on the signal', async () => {
    const id = await newSignal();
    expect(
      (await attempt(id, { method: 'letter', attemptedOn: today(), partOfDay: 'morning', reached: false })).statusCode,
    ).toBe(422);
    expect((await triage(id, { outcome: 'outreach' })).json()).toMatchObject({
      status: 'picked_up',
      abilities: { recordOutreach: true },
    });
    expect((await outcome(id, { outcome: 'not_reached' })).statusCode).toBe(422);
    expect(
      (await attempt(id, { method: 'letter', attemptedOn: today(), partOfDay: 'morning', reached: false })).statusCode,
    ).toBe(201);
    const second = await attempt(id, {
      method: 'home_visit',
      attemptedOn: today(),
      partOfDay: 'evening',
      reached: true,
      note: 'Moeder thuis getroffen.',
    });
    expect(second.json<{ contactAttempts: unknown[] }>().contactAttempts).toHaveLength(2);
    const done = await outcome(id, { outcome: 'follow_up_financial', evictionPrevented: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'closed',
      outreach: { outcome: 'follow_up_financial', evictionPrevented: true },
    });
    expect(
      (await attempt(id, { method: 'phone', attemptedOn: today(), partOfDay: 'afternoon', reached: false })).statusCode,
    ).toBe(422);
  });

  it('refuses eviction prevention for other categories, and attempts in the future', async () => {
    const school = await buildSignaller(t.db.kysely, 'school');
    const id = await newSignal(await login(t.app, school.user.username), { category: 'school_absence' });
    await triage(id, { outcome: 'outreach' });
    expect(
      (
        await attempt(id, {
          method: 'phone',
          attemptedOn: addWorkingDays(today(), 3),
          partOfDay: 'morning',
          reached: false,
        })
      ).statusCode,
    ).toBe(400);
    await attempt(id, { method: 'phone', attemptedOn: today(), partOfDay: 'morning', reached: true });
    expect((await outcome(id, { outcome: 'declined', evictionPrevented: false })).statusCode).toBe(400);
    expect((await outcome(id, { outcome: 'declined' })).statusCode).toBe(200);
  });

  it('the signaller sees the status move, never the content', async () => {
    await triage(await newSignal(), { outcome: 'outreach' });
    const res = await t.app.inject({ method: 'GET', url: '/api/signals/submissions', headers: housing.headers });
    const statuses = new Set(res.json<{ items: Array<{ status: string }> }>().items.map((i) => i.status));
    expect(statuses).toEqual(new Set(['received', 'picked_up', 'closed']));
    const anyId = await newSignal();
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/signals/${anyId}`, headers: housing.headers })).statusCode,
    ).toBe(403);
  });
});

describe('SLA escalation (background job, controllable clock)', () => {
  it('escalates once to the team lead when the triage deadline has passed', async () => {
    const db = t.db.kysely;
    const id = await newSignal();
    const due = (
      await db
        .selectFrom('signal')
        .select((eb) => eb.cast<string>('triage_due_on', 'text').as('d'))
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).d;
    const onDueDay = new Date(`${due}T15:00:00+01:00`);
    const dayAfter = new Date(`${addWorkingDays(due, 1)}T09:00:00+01:00`);
    const leadInbox = () =>
      db
        .selectFrom('notification')
        .select('kind')
        .where('user_id', '=', w.lead.id)
        .where('kind', '=', 'signal_escalated')
        .execute();
    // Signals with a shorter SLA from earlier tests may run late on this day: that is their escalation, not ours.
    await db.transaction().execute((trx) => escalateLateSignals(trx, onDueDay));
    const before = (await leadInbox()).length;
    expect(
      (await db.selectFrom('signal').select('escalated_at').where('id', '=', id).executeTakeFirstOrThrow())
        .escalated_at,
    ).toBeNull();

    // Through the worker, as in production: the job's payload carries the clock.
    await db
      .insertInto('job')
      .values({ kind: 'signals.escalate_late', payload: JSON.stringify({ asOf: dayAfter.toISOString() }) })
      .execute();
    while (await t.worker.runOne()) {
      /* run due jobs */
    }
    expect(
      (await db.selectFrom('signal').select('escalated_at').where('id', '=', id).executeTakeFirstOrThrow())
        .escalated_at,
    ).not.toBeNull();
    expect((await leadInbox()).length).toBe(before + 1);
    const queue = await t.app.inject({
      method: 'GET',
      url: `/api/signals/queue?teamId=${w.teamId}&state=all`,
      headers: lead.headers,
    });
    expect(
      queue.json<{ items: Array<{ id: string; sla: { escalated: boolean } }> }>().items.find((i) => i.id === id)?.sla
        .escalated,
    ).toBe(true);

    expect(await db.transaction().execute((trx) => escalateLateSignals(trx, dayAfter))).toBe(0); // once
    expect((await leadInbox()).length).toBe(before + 1);
  });

  it('does not escalate what was triaged in time', async () => {
    const db = t.db.kysely;
    const id = await newSignal();
    await triage(id, { outcome: 'outreach' });
    await db.transaction().execute((trx) => escalateLateSignals(trx, new Date(Date.now() + 60 * 86_400_000)));
    expect(
      (await db.selectFrom('signal').select('escalated_at').where('id', '=', id).executeTakeFirstOrThrow())
        .escalated_at,
    ).toBeNull();
  });
});
