// The organisation's registrations and its matches are paged on the server with the real count, and
// searched in a POST body: registrations by the young person's BSN or the contact's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BsnVault } from '../../platform/bsn.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ensureGeography } from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration } from '../../test-support/involvement.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

interface ListBody {
  items: Array<{ id: string; registeredAt: string; contactName: string; bsnMasked: string }>;
  total: number;
  page: number;
  pageSize: number;
}

describe('listing registrations', () => {
  it('pages newest first with the real total, and searches by BSN or contact name', async () => {
    const school = await buildRegistrant(t, 'school');
    const vault = new BsnVault(t.config.appSecret);
    const bsns = Array.from({ length: 30 }, () => nextBsn());
    await t.db.kysely
      .insertInto('involvement_registration')
      .values(
        bsns.map((bsn, i) => ({
          organisation_id: school.organisationId,
          municipality_code: '0193',
          registered_by: school.id,
          youth_bsn_enc: vault.seal(bsn),
          youth_bsn_hash: vault.index(bsn),
          youth_birth_date: '2014-05-06',
          risk_ground: 'e' as const,
          contact_name: i === 7 ? 'Juf Wilma Bakker' : 'Mentor',
          contact_phone: '038-1234567',
          registered_at: new Date(Date.now() - (i + 1) * 60_000),
          ends_on: '2027-01-01',
        })),
      )
      .execute();
    const get = async (url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: school.session.headers })).json<ListBody>();
    const search = async (payload: object) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/involvement/registrations/search',
        headers: school.session.headers,
        payload,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<ListBody>();
    };

    const first = await get('/api/involvement/registrations?pageSize=25');
    expect([first.items.length, first.total, first.page]).toEqual([25, 30, 1]);
    const times = first.items.map((i) => i.registeredAt);
    expect(times).toEqual([...times].sort().reverse());
    const second = await get('/api/involvement/registrations?pageSize=25&page=2');
    expect([second.items.length, second.total]).toEqual([5, 30]);
    expect(second.items.some((i) => first.items.some((f) => f.id === i.id))).toBe(false);
    expect((await get('/api/involvement/registrations?page=9')).total).toBe(30);

    const byBsn = await search({ q: bsns[3] });
    expect([byBsn.total, byBsn.items[0]?.bsnMasked.slice(-3)]).toEqual([1, bsns[3]!.slice(-3)]);
    const byName = await search({ q: 'wilma' });
    expect(byName.items.map((i) => i.contactName)).toEqual(['Juf Wilma Bakker']);
    expect((await search({ q: 'nobody' })).total).toBe(0);
  });

  it('pages the matches on the server with the real count and searches them by organisation', async () => {
    const school = await buildRegistrant(t, 'school');
    const gp = await buildRegistrant(t, 'gp_practice');
    const schoolName = (
      await t.db.kysely
        .selectFrom('organisation')
        .select('name')
        .where('id', '=', school.organisationId)
        .executeTakeFirstOrThrow()
    ).name;
    for (let i = 0; i < 3; i++) {
      const bsn = nextBsn();
      for (const r of [school, gp]) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/involvement/registrations',
          headers: r.session.headers,
          payload: registration(bsn),
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
    const page = await t.app.inject({
      method: 'GET',
      url: '/api/involvement/matches?pageSize=2&page=2',
      headers: gp.session.headers,
    });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json<ListBody>()).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.json<ListBody>().items).toHaveLength(1);
    const found = await t.app.inject({
      method: 'POST',
      url: '/api/involvement/matches/search',
      headers: gp.session.headers,
      payload: { q: schoolName.slice(0, 12) },
    });
    expect(found.json<ListBody>().total, found.body).toBe(3);
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/involvement/matches/search',
      headers: gp.session.headers,
      payload: { q: 'zzz-no-such-organisation' },
    });
    expect(none.json<ListBody>().total).toBe(0);
  });
});
