// What a provider sees of its allocations and claims: the minimum client data (masked BSN, initials,
// surname, birth date), code-list labels, the latest start/stop, search by number or name, the claim
// lines refused with their return code in Dutch and the rule; the XML download counts as collecting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, createTestApp, type Session, type TestApp } from '../../../test-support/app.js';
import { buildProviderUser, buildProviderWorld, type ProviderWorld } from '../../../test-support/provider.js';
import type { ProviderAllocation, ProviderClaim, ProviderWork } from './schemas.js';

let t: TestApp;
let w: ProviderWorld;
let own: Session;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildProviderWorld(t.db.kysely);
  own = await login(t.app, (await buildProviderUser(t.db.kysely, w.providerId)).username);
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: own.headers });
const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: own.headers, payload });

async function allocations(query = '') {
  const res = await get(`/api/provider/allocations${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: ProviderAllocation[]; total: number }>();
}

/** The search travels in a POST body: a client's name never goes in a URL. */
async function searchAllocations(body: object) {
  const res = await post('/api/provider/allocations/search', body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: ProviderAllocation[]; total: number }>();
}

describe('the provider view', () => {
  it('shows each allocation with the minimum client data and the latest start and stop', async () => {
    const page = await allocations('?sort=number');
    expect(page.total).toBe(4);
    const byNumber = new Map(page.items.map((a) => [a.allocationNumber, a]));
    const waiting = byNumber.get(String(w.numbers.waiting));
    expect(waiting).toMatchObject({
      client: { bsnMasked: '*****0019', initials: 'S.M.', surname: 'Jansen-Test', birthDate: '2014-03-02' },
      category: { code: '45' },
      unit: { code: '04' },
      frequency: { code: '2' },
      status: 'current',
      care: null,
      awaitingStart: true,
    });
    expect(waiting?.category?.label).toBeTruthy();
    expect(JSON.stringify(page)).not.toContain('999990019');
    const ended = byNumber.get(String(w.numbers.ended));
    expect(ended).toMatchObject({ status: 'ended', care: { endReason: { code: '31' } }, awaitingStart: false });
    expect(ended?.care?.endReason?.label).toBeTruthy();
    expect(byNumber.get(String(w.numbers.withdrawn))).toMatchObject({
      status: 'withdrawn',
      changeReason: { code: '13' },
    });
  });

  it('searches by allocation number and by name, and pages with the real total', async () => {
    expect((await searchAllocations({ q: String(w.numbers.started) })).items.map((a) => a.allocationNumber)).toEqual([
      String(w.numbers.started),
    ]);
    expect((await searchAllocations({ q: 'jansen' })).total).toBe(4);
    expect((await searchAllocations({ q: 'sanne marie jan' })).total).toBe(4);
    expect((await searchAllocations({ q: 'jansen', status: 'ended' })).total).toBe(1);
    expect((await searchAllocations({ q: 'nobody' })).total).toBe(0);
    expect((await get('/api/provider/allocations?q=jansen')).statusCode).toBe(400);
    const paged = await allocations('?pageSize=3&page=2');
    expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(paged.items).toHaveLength(1);
  });

  it('lists claims with refused lines first, each return code in Dutch with its rule', async () => {
    const res = await get('/api/provider/claims?state=rejected');
    expect(res.statusCode, res.body).toBe(200);
    const [claim] = res.json<{ items: ProviderClaim[] }>().items;
    expect(claim).toMatchObject({ invoiceNumber: 'DN-TEST-1', rejectedLines: 1, claimedCents: 200_000 });
    expect(claim?.lines[0]).toMatchObject({ reference: 'RN-BAD-1', accepted: false });
    expect(claim?.lines[0]?.returnCodes).toEqual([
      { code: '9321', label: 'Het ingediende volume overschrijdt het toegewezen volume.', rule: 'TR321' },
    ]);
    const accepted = await get('/api/provider/claims?state=accepted');
    expect(accepted.json<{ total: number }>().total).toBe(0);
    const found = await post('/api/provider/claims/search', { q: 'dn-test', state: 'rejected' });
    expect(found.json<{ items: ProviderClaim[] }>().items.map((c) => c.invoiceNumber)).toEqual(['DN-TEST-1']);
    expect((await post('/api/provider/claims/search', { q: 'nothing-like-it' })).json<{ total: number }>().total).toBe(
      0,
    );
  });

  it("counts the start page's work; downloading a new message collects it", async () => {
    const before = (await get('/api/provider/work')).json<ProviderWork>();
    expect(before).toEqual({ awaitingStart: 1, rejectedLines: 1, outgoingNew: 1 });
    const file = await get(`/api/provider/ijw/messages/${w.messageId}/xml`);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('application/xml');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="JW301-T301-\d+\.xml"$/);
    expect(file.body).toBe('<Bericht/>');
    expect((await get('/api/provider/work')).json<ProviderWork>().outgoingNew).toBe(0);
    const box = await get('/api/provider/ijw/messages?direction=out');
    expect(
      box.json<{ items: { id: string; status: string }[] }>().items.find((m) => m.id === w.messageId)?.status,
    ).toBe('collected');
    const searched = await post('/api/provider/ijw/messages/search', { q: 't323', direction: 'in' });
    expect(searched.json<{ items: { messageType: string }[] }>().items.map((m) => m.messageType)).toEqual(['JW323']);
  });
});
