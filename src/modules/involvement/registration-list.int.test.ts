// The organisation's registration list is capped (newest first) and says so when it is cut off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BsnVault } from '../../platform/bsn.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ensureGeography } from '../../test-support/factories.js';
import { buildRegistrant, nextBsn } from '../../test-support/involvement.js';
import { REGISTRATION_LIST_CAP } from './queries.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

describe('listing registrations', () => {
  it('lists at most the cap, newest first, and says when there are more', async () => {
    const school = await buildRegistrant(t, 'school');
    const vault = new BsnVault(t.config.appSecret);
    const list = async () =>
      (
        await t.app.inject({ method: 'GET', url: '/api/involvement/registrations', headers: school.session.headers })
      ).json<{ items: Array<{ registeredAt: string }>; cap: number; truncated: boolean }>();
    const insert = (n: number, offset: number) =>
      t.db.kysely
        .insertInto('involvement_registration')
        .values(
          Array.from({ length: n }, (_, i) => {
            const bsn = nextBsn();
            return {
              organisation_id: school.organisationId,
              municipality_code: '0193',
              registered_by: school.id,
              youth_bsn_enc: vault.seal(bsn),
              youth_bsn_hash: vault.index(bsn),
              youth_birth_date: '2014-05-06',
              risk_ground: 'e' as const,
              contact_name: 'Mentor',
              contact_phone: '038-1234567',
              registered_at: new Date(Date.now() - (offset + i) * 60_000),
              ends_on: '2027-01-01',
            };
          }),
        )
        .execute();
    await insert(REGISTRATION_LIST_CAP, 1);
    expect(await list()).toMatchObject({ cap: REGISTRATION_LIST_CAP, truncated: false });
    await insert(1, REGISTRATION_LIST_CAP + 1);
    const cut = await list();
    expect([cut.items.length, cut.truncated]).toEqual([REGISTRATION_LIST_CAP, true]);
    const times = cut.items.map((i) => i.registeredAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
