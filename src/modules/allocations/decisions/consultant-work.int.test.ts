// The consultant's work beyond one decision: a decision with several products (specific, aspecific,
// generic) checked against the budget per line; the queue's sections and search (paging contract);
// claims rejected on the municipality's decisions; the family's decisions and its requests per plan action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, testConfig, type Session, type TestApp } from '../../../test-support/app.js';
import {
  buildConsultant,
  buildContractedProvider,
  buildRequest,
  hoursPerWeek,
  type ContractedProvider,
} from '../../../test-support/allocations.js';

let t: TestApp;
let consultant: Session;
let provider: ContractedProvider;

beforeAll(async () => {
  t = await createTestApp({ config: testConfig({ LOG_LEVEL: process.env.TEST_LOG ?? 'silent' }) });
  provider = await buildContractedProvider(t.db.kysely);
  consultant = await login(t.app, (await buildConsultant(t.db.kysely)).username);
});
afterAll(async () => {
  await t.close();
});

const post = (url: string, payload: object, session = consultant) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload });
const get = (url: string, session = consultant) => t.app.inject({ method: 'GET', url, headers: session.headers });

/** Three products in one decision: specific by volume, aspecific (category 50) by volume, generic by budget. */
const threeProducts = (providerId: string) => [
  hoursPerWeek(providerId),
  {
    kind: 'aspecific',
    providerId,
    category: '50',
    volume: 1,
    unit: '14',
    frequency: '1',
    startsOn: '2027-02-01',
    endsOn: '2027-02-28',
    referrerType: '02',
  },
  {
    kind: 'generic',
    providerId,
    budgetCents: 250_000,
    budgetLine: 'local_ambulant',
    startsOn: '2027-03-01',
    endsOn: '2027-05-31',
    referrerType: '01',
  },
];

describe('a decision with several products', () => {
  it('checks each product and each budget line, then grants them all in one decision for one youth', async () => {
    const r = await buildRequest(t.db.kysely);
    const products = threeProducts(provider.providerId);
    const check = await post(`/api/allocation-requests/${r.requestId}/budget-check`, { products });
    expect(check.statusCode, check.body).toBe(200);
    const body = check.json();
    expect(body.products).toHaveLength(3);
    expect(body.products.map((p: { levelOfHelp: string }) => p.levelOfHelp)).toEqual([
      'ambulant',
      expect.any(String),
      'generic',
    ]);
    // 28 day-and-nights at 5000 cents; the generic budget as given.
    expect(body.products[1].expectedCostCents).toBe(28 * 5000);
    expect(body.products[2].expectedCostCents).toBe(250_000);
    const lines = Object.fromEntries(
      body.lines.map((l: { budgetLine: string; expectedCents: number }) => [l.budgetLine, l.expectedCents]),
    );
    expect(lines).toEqual({
      local_ambulant: body.products[0].expectedCostCents + 250_000,
      tailored_arrangements: 28 * 5000,
    });
    const res = await post(`/api/allocation-requests/${r.requestId}/decision`, {
      outcome: 'granted',
      motivation: 'Drie vormen van hulp volgens het plan',
      products,
    });
    expect(res.statusCode, res.body).toBe(201);
    const decision = res.json();
    expect(decision.allocations.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'aspecific',
      'generic',
      'specific',
    ]);
    const numbers = decision.allocations.map((a: { allocationNumber: number }) => a.allocationNumber);
    expect(new Set(numbers).size).toBe(3);
    // What the check expected is what the decision commits.
    const committed = decision.allocations.reduce(
      (sum: number, a: { expectedCostCents: number }) => sum + a.expectedCostCents,
      0,
    );
    expect(committed).toBe(body.lines.reduce((s: number, l: { expectedCents: number }) => s + l.expectedCents, 0));
  });

  it('refuses the whole decision when one product is wrong, naming that product, and writes nothing', async () => {
    const r = await buildRequest(t.db.kysely);
    const [good, , generic] = threeProducts(provider.providerId);
    const before = await t.db.kysely
      .selectFrom('allocation')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await post(`/api/allocation-requests/${r.requestId}/decision`, {
      outcome: 'granted',
      motivation: 'Nodig',
      products: [good, generic, { ...(good as object), productCode: '45Z99' }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'no_contract_for_product', errors: [{ path: 'products.2.providerId' }] });
    const after = await t.db.kysely
      .selectFrom('allocation')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const request = await t.db.kysely
      .selectFrom('allocation_request')
      .select('status')
      .where('id', '=', r.requestId)
      .executeTakeFirstOrThrow();
    expect(request.status).toBe('open');
  });
});

describe('the work queue', () => {
  it('has sections by origin, searches by reference in a POST body, and pages with the real total', async () => {
    const r = await buildRequest(t.db.kysely, { answerDue: '2020-01-06' });
    const family = await t.db.kysely
      .selectFrom('family')
      .select('reference')
      .where('id', '=', r.familyId)
      .executeTakeFirstOrThrow();
    const plan = await get('/api/allocation-requests?origin=plan&state=late&pageSize=5');
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json()).toMatchObject({ page: 1, pageSize: 5 });
    expect(plan.json().total).toBeGreaterThanOrEqual(1);
    expect(plan.json().late).toBeGreaterThanOrEqual(1);
    const fromProviders = await get('/api/allocation-requests?origin=provider');
    expect(fromProviders.json().items.every((i: { source: string }) => i.source !== 'plan')).toBe(true);
    const found = await post('/api/allocation-requests/search', { q: family.reference, state: 'late' });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({ total: 1, items: [{ id: r.requestId, late: true }] });
    // A name never goes in a URL: the GET refuses a search text.
    expect((await get(`/api/allocation-requests?q=${family.reference}`)).statusCode).toBe(400);
  });
});

describe('the late count above a section', () => {
  it('counts the late requests of the section and search shown, as many as its late filter lists', async () => {
    const fromPlan = await buildRequest(t.db.kysely, { answerDue: '2020-02-03' });
    await buildRequest(t.db.kysely, { answerDue: '2020-02-04' });
    const fromProvider = await buildRequest(t.db.kysely, {
      answerDue: '2020-02-05',
      fromProvider: provider.providerId,
      productCode: '45A04',
    });
    const late = async (origin: string) => {
      const shown = (await get(`/api/allocation-requests?origin=${origin}`)).json();
      const lateOnly = (await get(`/api/allocation-requests?origin=${origin}&state=late&pageSize=100`)).json();
      const handled = (await get(`/api/allocation-requests?origin=${origin}&state=handled`)).json();
      expect(lateOnly.items.every((i: { late: boolean }) => i.late)).toBe(true);
      // The count is the same whichever state is shown, and it is what the late filter lists.
      expect([shown.late, handled.late]).toEqual([lateOnly.total, lateOnly.total]);
      return lateOnly.total as number;
    };
    const [plan, providers, all] = [await late('plan'), await late('provider'), await late('all')];
    expect(plan).toBeGreaterThanOrEqual(2);
    expect(providers).toBeGreaterThanOrEqual(1);
    expect(all).toBe(plan + providers);
    // A search narrows the count with the list.
    const reference = async (familyId: string) =>
      (await t.db.kysely.selectFrom('family').select('reference').where('id', '=', familyId).executeTakeFirstOrThrow())
        .reference;
    const searched = await post('/api/allocation-requests/search', { q: await reference(fromPlan.familyId) });
    expect(searched.json()).toMatchObject({ total: 1, late: 1, items: [{ id: fromPlan.requestId, late: true }] });
    const elsewhere = await post('/api/allocation-requests/search', {
      q: await reference(fromProvider.familyId),
      origin: 'plan',
    });
    expect(elsewhere.json()).toMatchObject({ total: 0, late: 0 });
  });
});

describe("a provider's request", () => {
  it('names the requested product as the contracts do, beside its code', async () => {
    const ask = (productCode: string) =>
      buildRequest(t.db.kysely, { fromProvider: provider.providerId, productCode, requestedStart: '2027-01-04' });
    const contracted = await get(`/api/allocation-requests/${(await ask('45A04')).requestId}`);
    expect(contracted.statusCode, contracted.body).toBe(200);
    expect(contracted.json()).toMatchObject({
      source: 'jw315',
      category: '45',
      requestedProduct: { productCode: '45A04', name: 'Ambulante jeugdhulp' },
    });
    const unknown = await get(`/api/allocation-requests/${(await ask('45Z99')).requestId}`);
    expect(unknown.json().requestedProduct).toEqual({ productCode: '45Z99', name: null });
    const fromPlan = await get(`/api/allocation-requests/${(await buildRequest(t.db.kysely)).requestId}`);
    expect(fromPlan.json().requestedProduct).toBeNull();
  });

  it('is named in the queue as on its page: by the requesting provider’s contract first', async () => {
    const db = t.db.kysely;
    // A second provider contracts the same code under another name: each request reads its own provider's.
    const other = await buildContractedProvider(db);
    await db
      .updateTable('contract_product')
      .set({ name: 'Ambulante hulp thuis' })
      .where('id', '=', other.contractProductId)
      .execute();
    const ask = (providerId: string, productCode: string) =>
      buildRequest(db, { fromProvider: providerId, productCode, requestedStart: '2027-01-04' });
    const inQueue = async (r: { familyId: string }) => {
      const { reference } = await db
        .selectFrom('family')
        .select('reference')
        .where('id', '=', r.familyId)
        .executeTakeFirstOrThrow();
      const found = await post('/api/allocation-requests/search', { q: reference });
      expect(found.statusCode, found.body).toBe(200);
      return found.json<{ items: Array<{ requestedProduct: unknown }> }>().items[0]?.requestedProduct;
    };
    const fromFirst = await ask(provider.providerId, '45A04');
    const fromOther = await ask(other.providerId, '45A04');
    expect(await inQueue(fromFirst)).toEqual({ productCode: '45A04', name: 'Ambulante jeugdhulp' });
    expect(await inQueue(fromOther)).toEqual({ productCode: '45A04', name: 'Ambulante hulp thuis' });
    expect((await get(`/api/allocation-requests/${fromOther.requestId}`)).json().requestedProduct).toEqual({
      productCode: '45A04',
      name: 'Ambulante hulp thuis',
    });
    expect(await inQueue(await ask(provider.providerId, '45Z99'))).toEqual({ productCode: '45Z99', name: null });
    expect(await inQueue(await buildRequest(db))).toBeNull();
  });
});

describe('claims rejected', () => {
  it('lists rejected claim lines on allocations of the municipality’s decisions, searchable and paged', async () => {
    const db = t.db.kysely;
    const r = await buildRequest(db);
    const decided = await post(`/api/allocation-requests/${r.requestId}/decision`, {
      outcome: 'granted',
      motivation: 'Nodig',
      products: [hoursPerWeek(provider.providerId, { startsOn: '2027-08-02', endsOn: '2027-09-30' })],
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const allocation = decided.json().allocations[0];
    const message = await db
      .insertInto('ijw_message')
      .values({
        message_type: 'JW323',
        direction: 'in',
        municipality_code: '0193',
        provider_id: provider.providerId,
        identification: `C${Date.now() % 1e9}`,
        status: 'processed',
        xml: '<x/>',
        size_bytes: 4,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const claim = await db
      .insertInto('claim')
      .values({
        message_id: message.id,
        provider_id: provider.providerId,
        municipality_code: '0193',
        invoice_number: 'F-1',
        invoice_date: '2027-10-01',
        line_count: 1,
        claimed_cents: 64000,
        rejected_lines: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('claim_line')
      .values({
        claim_id: claim.id,
        provider_id: provider.providerId,
        municipality_code: '0193',
        reference: `R${Date.now() % 1e9}`,
        allocation_id: allocation.id,
        allocation_number: allocation.allocationNumber,
        category: '45',
        product_code: '45A04',
        period_start: '2027-10-01',
        period_end: '2027-10-31',
        volume: 8,
        unit: '04',
        tariff_cents: 8000,
        amount_cents: 64000,
        debit_credit: 'D',
        accepted: false,
        return_codes: ['9308'],
      })
      .execute();
    const list = await get('/api/rejected-claim-lines?mine=true');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ decisionId: decided.json().id, returnCodes: ['9308'], amountCents: 64000 }),
    );
    const searched = await post('/api/rejected-claim-lines/search', { q: decided.json().reference });
    expect(searched.json()).toMatchObject({ total: 1, items: [{ allocationNumber: allocation.allocationNumber }] });
    // Another municipality's consultant sees none of it.
    const kampen = await login(t.app, (await buildConsultant(db, '0166')).username);
    const other = await get('/api/rejected-claim-lines', kampen);
    expect(other.json().items.some((i: { decisionId: string }) => i.decisionId === decided.json().id)).toBe(false);
  });
});

describe("the family's decisions and requests", () => {
  it('show per plan action what was asked and its state; a consultant with a request there may decide', async () => {
    const db = t.db.kysely;
    const r = await buildRequest(db);
    await db
      .updateTable('allocation_request')
      .set({ plan_action_key: 'act-1' })
      .where('id', '=', r.requestId)
      .execute();
    const res = await get(`/api/families/${r.familyId}/decisions`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      canDecide: true,
      youths: [{ id: r.personId, givenName: 'Sanne' }],
      requests: [{ id: r.requestId, planActionKey: 'act-1', status: 'open', decisionId: null }],
    });
    const regisseur = await db
      .selectFrom('app_user')
      .select('username')
      .where('id', '=', r.regisseurId)
      .executeTakeFirstOrThrow();
    const asRegisseur = await get(`/api/families/${r.familyId}/decisions`, await login(t.app, regisseur.username));
    expect(asRegisseur.json()).toMatchObject({ canDecide: false, requests: [{ planActionKey: 'act-1' }] });
  });
});
