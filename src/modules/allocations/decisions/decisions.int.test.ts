// The decision path end to end through HTTP: a request from the plan, the consultant's queue, the budget
// check, the decision and its rules — each rule named by its code (TR302/OP259 stacking, OP274 deadline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, testConfig, type Session, type TestApp } from '../../../test-support/app.js';
import { fixClock, restoreClock } from '../../../test-support/clock.js';
import { buildPerson } from '../../../test-support/factories.js';
import {
  buildConsultant,
  buildContractedProvider,
  buildRequest,
  hoursPerWeek,
  type ContractedProvider,
} from '../../../test-support/allocations.js';
import { escalateLateRequests, LATE_LINKS } from './escalation.js';

let t: TestApp;
let consultant: Session;
let consultantId: string;
let provider: ContractedProvider;

beforeAll(async () => {
  t = await createTestApp({ config: testConfig({ LOG_LEVEL: process.env.TEST_LOG ?? 'silent' }) });
  const db = t.db.kysely;
  provider = await buildContractedProvider(t.db.kysely);
  const c = await buildConsultant(db);
  consultantId = c.id;
  consultant = await login(t.app, c.username);
});
afterAll(async () => {
  restoreClock();
  await t.close();
});

const decide = (requestId: string, payload: object, session = consultant) =>
  t.app.inject({
    method: 'POST',
    url: `/api/allocation-requests/${requestId}/decision`,
    headers: session.headers,
    payload,
  });
const grant = (requestId: string, products: object[], over: object = {}) =>
  decide(requestId, { outcome: 'granted', motivation: 'Nodig volgens het plan', products, ...over });

describe('a request from the plan', () => {
  it('is made by the regisseur for a youth of the family, due in five working days (OP274)', async () => {
    const r = await buildRequest(t.db.kysely);
    fixClock('2026-12-24T10:00:00+01:00'); // Thursday; Christmas Day and New Year's Day do not count
    const regisseur = await login(
      t.app,
      (
        await t.db.kysely
          .selectFrom('app_user')
          .select('username')
          .where('id', '=', r.regisseurId)
          .executeTakeFirstOrThrow()
      ).username,
    );
    // The session was stamped by the database's own clock (today on PostgreSQL): move it to the fixed day.
    await t.db.kysely
      .updateTable('session')
      .set({ last_seen_at: new Date('2026-12-24T09:59:00+01:00'), expires_at: new Date('2026-12-25T10:00:00+01:00') })
      .execute();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/families/${r.familyId}/allocation-requests`,
      headers: regisseur.headers,
      payload: { personId: r.personId, question: 'Hulp bij slapen en opvoeden', planActionKey: 'a1', category: '45' },
    });
    restoreClock();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ answerDue: '2027-01-04' });
    const parent = await buildPerson(t.db.kysely, r.familyId, { kind: 'parent' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/families/${r.familyId}/allocation-requests`,
      headers: regisseur.headers,
      payload: { personId: parent, question: 'Voor een ouder' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('personId');
  });
});

describe("the consultant's queue", () => {
  it('lists the municipality’s open requests by answer date, late ones flagged', async () => {
    await buildRequest(t.db.kysely, { answerDue: '2020-01-02' });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/allocation-requests?state=late',
      headers: consultant.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i: { late: boolean }) => i.late)).toBe(true);
    expect(body.late).toBeGreaterThan(0);
    const all = (
      await t.app.inject({ method: 'GET', url: '/api/allocation-requests', headers: consultant.headers })
    ).json();
    const dues = all.items.map((i: { answerDue: string }) => i.answerDue);
    expect(dues).toEqual([...dues].sort());
  });

  it('OP274: a request past its answer date is escalated once to the consultants in the inbox', async () => {
    const db = t.db.kysely;
    await buildRequest(db, { answerDue: '2020-01-03' });
    const n = await db.transaction().execute((trx) => escalateLateRequests(trx, new Date()));
    expect(n).toBeGreaterThan(0);
    const items = await db.selectFrom('notification').select('kind').where('user_id', '=', consultantId).execute();
    expect(items.map((i) => i.kind)).toContain('allocation_request_late');
    expect(await db.transaction().execute((trx) => escalateLateRequests(trx, new Date()))).toBe(0);
  });

  it('OP274: the inbox item links to the section where the late requests are', async () => {
    const db = t.db.kysely;
    const seen = new Set<string>();
    /** The links of the consultant's late-request items since the last look. */
    const newLinks = async () => {
      const items = await db
        .selectFrom('notification')
        .select(['id', 'link'])
        .where('user_id', '=', consultantId)
        .where('kind', '=', 'allocation_request_late')
        .execute();
      const fresh = items.filter((i) => !seen.has(i.id));
      for (const i of fresh) seen.add(i.id);
      return fresh.map((i) => i.link);
    };
    const escalate = () => db.transaction().execute((trx) => escalateLateRequests(trx, new Date()));
    await escalate();
    await newLinks();
    // Only requests from plans ran late: the decisions to take, not the providers' requests.
    await buildRequest(db, { answerDue: '2020-01-06' });
    expect(await escalate()).toBe(1);
    expect(await newLinks()).toEqual([LATE_LINKS.plan]);
    expect(LATE_LINKS.plan).toBe('/decisions?tab=decisions&state=late');
    // A provider's request among them: its section first (the statutory deadline), one item for the run.
    await buildRequest(db, { answerDue: '2020-01-07' });
    await buildRequest(db, { answerDue: '2020-01-07', fromProvider: provider.providerId, productCode: '45A04' });
    expect(await escalate()).toBe(2);
    expect(await newLinks()).toEqual([LATE_LINKS.provider]);
    expect(LATE_LINKS.provider).toBe('/decisions?state=late');
  });
});

describe('the decision', () => {
  it('grants a specific product: expected cost = tariff × volume over the period, numbered, JW301 job enqueued', async () => {
    const r = await buildRequest(t.db.kysely);
    const check = await t.app.inject({
      method: 'POST',
      url: `/api/allocation-requests/${r.requestId}/budget-check`,
      headers: consultant.headers,
      payload: { products: [hoursPerWeek(provider.providerId)] },
    });
    expect(check.statusCode).toBe(200);
    expect(check.json().products[0]).toEqual({ expectedCostCents: 13 * 2 * 8000, levelOfHelp: 'ambulant' });
    const res = await grant(r.requestId, [hoursPerWeek(provider.providerId)]);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.outcome).toBe('granted');
    expect(d.reference).toMatch(/^B-0193-\d+$/);
    expect(d.allocations[0]).toMatchObject({ expectedCostCents: 208000, status: 'active', levelOfHelp: 'ambulant' });
    expect(d.allocations[0].allocationNumber).toBeGreaterThan(100000);
    const jobs = await t.db.kysely
      .selectFrom('job')
      .select(['kind', 'payload'])
      .where('kind', '=', 'allocations.produce_jw301')
      .execute();
    expect(jobs.map((j) => j.payload)).toContainEqual({
      personId: r.personId,
      providerId: provider.providerId,
      municipalityCode: '0193',
    });
    const again = await grant(r.requestId, [hoursPerWeek(provider.providerId)]);
    expect(again.statusCode).toBe(409);
    const timeline = await t.app.inject({
      method: 'GET',
      url: `/api/families/${r.familyId}/timeline?kinds=decision_made,allocation_made`,
      headers: (
        await login(
          t.app,
          (
            await t.db.kysely
              .selectFrom('app_user')
              .select('username')
              .where('id', '=', r.regisseurId)
              .executeTakeFirstOrThrow()
          ).username,
        )
      ).headers,
    });
    expect(
      timeline
        .json()
        .events.map((e: { kind: string }) => e.kind)
        .sort(),
    ).toEqual(['allocation_made', 'decision_made']);
  });

  it('TR302/OP259: refuses an overlapping allocation of the same product to the same provider for the same youth', async () => {
    const r = await buildRequest(t.db.kysely);
    expect((await grant(r.requestId, [hoursPerWeek(provider.providerId)])).statusCode).toBe(201);
    const second = await t.db.kysely
      .insertInto('allocation_request')
      .values({
        municipality_code: '0193',
        family_id: r.familyId,
        person_id: r.personId,
        source: 'plan',
        question: 'Meer uren',
        answer_due: '2027-01-08',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await grant(second.id, [
      hoursPerWeek(provider.providerId, { startsOn: '2027-03-01', endsOn: '2027-06-30' }),
    ]);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('allocation_stacking');
    expect(res.json().errors[0].path).toBe('products.0.startsOn');
    // within one decision, too
    const inOne = await grant(second.id, [
      hoursPerWeek(provider.providerId, { startsOn: '2027-05-01', endsOn: '2027-06-30' }),
      hoursPerWeek(provider.providerId, { startsOn: '2027-06-01', endsOn: '2027-07-31' }),
    ]);
    expect(inOne.statusCode).toBe(409);
    expect(inOne.json().errors[0].path).toBe('products.1.startsOn');
    // after the first ends, it is no stacking
    expect(
      (await grant(second.id, [hoursPerWeek(provider.providerId, { startsOn: '2027-04-05', endsOn: '2027-06-30' })]))
        .statusCode,
    ).toBe(201);
  });

  it('a correction withdraws the old allocation (change reason 13, end = start) and gives a new number', async () => {
    const r = await buildRequest(t.db.kysely);
    const first = (await grant(r.requestId, [hoursPerWeek(provider.providerId)])).json();
    const old = first.allocations[0];
    const again = await t.db.kysely
      .insertInto('allocation_request')
      .values({
        municipality_code: '0193',
        family_id: r.familyId,
        person_id: r.personId,
        source: 'plan',
        question: 'Correctie',
        answer_due: '2027-01-08',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await grant(again.id, [hoursPerWeek(provider.providerId, { volume: 3, correctsAllocationId: old.id })]);
    expect(res.statusCode, res.body).toBe(201);
    const withdrawn = await t.db.kysely
      .selectFrom('allocation')
      .selectAll()
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(withdrawn).toMatchObject({ status: 'withdrawn', change_reason: '13', ends_on: withdrawn.starts_on });
    expect(res.json().allocations[0].allocationNumber).not.toBe(old.allocationNumber);
  });

  it('over budget: a clear warning that needs a stated reason, never a silent refusal', async () => {
    const tight = await buildContractedProvider(t.db.kysely, { budgetCents: 1000 });
    const r = await buildRequest(t.db.kysely);
    const check = await t.app.inject({
      method: 'POST',
      url: `/api/allocation-requests/${r.requestId}/budget-check`,
      headers: consultant.headers,
      payload: { products: [hoursPerWeek(tight.providerId)] },
    });
    expect(check.json().overBudget).toBe(true);
    const refused = await grant(r.requestId, [hoursPerWeek(tight.providerId)]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'over_budget_reason_required',
      errors: [{ path: 'overBudgetReason' }],
    });
    expect(
      await t.db.kysely.selectFrom('decision').select('id').where('request_id', '=', r.requestId).execute(),
    ).toEqual([]);
    const granted = await grant(r.requestId, [hoursPerWeek(tight.providerId)], {
      overBudgetReason: 'Veiligheid van het kind gaat voor',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json().overBudgetReason).toBe('Veiligheid van het kind gaat voor');
    // restore the shared 2027 line for the other tests
    await t.db.kysely
      .updateTable('budget_line')
      .set({ amount_cents: 100_000_000 })
      .where('id', '=', tight.budgetLineId)
      .execute();
  });

  it('refuses a provider without a contract for the product, naming the field', async () => {
    const r = await buildRequest(t.db.kysely);
    const res = await grant(r.requestId, [hoursPerWeek(provider.providerId, { productCode: '45B99' })]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'no_contract_for_product', errors: [{ path: 'products.0.providerId' }] });
  });

  it('rejects a provider request (JW315) with a WJ759 reason and enqueues its answer', async () => {
    const db = t.db.kysely;
    const r = await buildRequest(db);
    const message = await db
      .insertInto('ijw_message')
      .values({
        message_type: 'JW315',
        direction: 'in',
        municipality_code: '0193',
        provider_id: provider.providerId,
        identification: `T${Date.now() % 1e9}`,
        status: 'processed',
        xml: '<x/>',
        size_bytes: 4,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const req = await db
      .insertInto('allocation_request')
      .values({
        municipality_code: '0193',
        family_id: r.familyId,
        person_id: r.personId,
        source: 'jw315',
        provider_id: provider.providerId,
        message_id: message.id,
        question: 'JW315',
        answer_due: '2027-01-08',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await decide(req.id, {
      outcome: 'rejected',
      motivation: 'Past niet binnen het contract',
      rejectionReason: '4',
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await db
      .selectFrom('allocation_request')
      .select(['status', 'rejection_reason'])
      .where('id', '=', req.id)
      .executeTakeFirstOrThrow();
    expect({ ...row, rejection_reason: row.rejection_reason?.trim() }).toEqual({
      status: 'rejected',
      rejection_reason: '4',
    });
    const jobs = await db
      .selectFrom('job')
      .select('payload')
      .where('kind', '=', 'allocations.answer_request')
      .execute();
    expect(jobs.map((j) => j.payload)).toContainEqual({ requestId: req.id });
  });

  it('places youths in a tailored arrangement until it is full; the next is refused naming it, nothing written', async () => {
    const db = t.db.kysely;
    const school = await db
      .insertInto('organisation')
      .values({ name: 'Basisschool De Linde', type: 'school' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const arrangement = await db
      .insertInto('care_arrangement')
      .values({
        municipality_code: '0193',
        name: 'Klas De Linde',
        school_id: school.id,
        capacity: 2,
        cost_model: 'Gedeeld',
        annual_cost_cents: 10_000_000,
        starts_on: '2026-08-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('care_arrangement_provider')
      .values({ arrangement_id: arrangement.id, provider_id: provider.providerId, cost_share_pct: 100 })
      .execute();
    const placement = {
      kind: 'aspecific',
      providerId: provider.providerId,
      category: '50',
      budgetCents: 500000,
      startsOn: '2027-01-04',
      endsOn: '2027-07-09',
      referrerType: '01',
      arrangementId: arrangement.id,
    };
    // What the consultant's picker reads: the arrangements open in the period, places counted in it.
    const free = async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/placement-arrangements?startsOn=2027-01-04&endsOn=2027-07-09',
        headers: consultant.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json<{ items: { id: string; placed: number; free: number; schoolName: string }[] }>().items;
      const found = items.find((a) => a.id === arrangement.id);
      expect(found?.schoolName).toBe('Basisschool De Linde');
      expect(JSON.stringify(items)).not.toMatch(/personId|givenName|bsn/i);
      return found?.free;
    };
    expect(await free()).toBe(2);
    for (const left of [1, 0]) {
      const r = await buildRequest(db);
      const placed = await grant(r.requestId, [placement]);
      expect(placed.statusCode, placed.body).toBe(201);
      expect(await free()).toBe(left);
    }
    const next = await buildRequest(db);
    const count = async () => ({
      allocations: Number(
        (
          await db
            .selectFrom('allocation')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      decisions: Number(
        (
          await db
            .selectFrom('decision')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const before = await count();
    const full = await grant(next.requestId, [placement]);
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({
      code: 'arrangement_full',
      detail: expect.stringContaining('Klas De Linde'),
      errors: [{ path: 'products.0.arrangementId', kind: 'arrangement_full' }],
    });
    expect(await count()).toEqual(before);
    const request = await db
      .selectFrom('allocation_request')
      .select('status')
      .where('id', '=', next.requestId)
      .executeTakeFirstOrThrow();
    expect(request.status).toBe('open');
  });
});
