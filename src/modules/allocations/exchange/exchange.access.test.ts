// Who may use the message box: only the `provider` role, only for its own organisation's messages.
// Policy makers, administrators and consultants never read iJw XML (it carries client data). The
// partner routes answer 401 to any web session: they take only an API key (round-trip.int.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, createTestApp, type TestApp } from '../../../test-support/app.js';
import { checkActorMatrix, checkRouteMatrix } from '../../../test-support/access-matrix.js';
import { buildOrganisation, buildUser, ensureGeography } from '../../../test-support/factories.js';

let t: TestApp;
let messageId: string;
let ownProvider: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  await ensureGeography(db);
  ownProvider = await buildOrganisation(db, 'care_provider');
  const row = await db
    .insertInto('ijw_message')
    .values({
      message_type: 'JW306',
      direction: 'out',
      municipality_code: '0193',
      provider_id: ownProvider,
      identification: 'ACCESS1',
      status: 'ready',
      xml: '<x/>',
      size_bytes: 4,
      received_via: 'produced',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  messageId = row.id;
});
afterAll(async () => {
  await t.close();
});

describe('iJw message box access', () => {
  it('role × route: only the provider role uses the box', async () => {
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/provider/ijw/messages', allowed: ['provider'] },
      { method: 'POST', url: '/api/provider/ijw/messages', payload: () => ({ xml: '<x/>' }), allowed: ['provider'] },
      { method: 'POST', url: '/api/provider/ijw/claims', payload: () => ({ xml: '<x/>' }), allowed: ['provider'] },
    ]);
  });

  it("a provider reads its own organisation's message, never another provider's", async () => {
    const db = t.db.kysely;
    const own = await login(t.app, (await buildUser(db, ['provider'], { organisationId: ownProvider })).username);
    const other = await login(
      t.app,
      (await buildUser(db, ['provider'], { organisationId: await buildOrganisation(db, 'care_provider') })).username,
    );
    const consultant = await login(t.app, (await buildUser(db, ['consultant'])).username);
    const admin = await login(t.app, (await buildUser(db, ['admin'])).username);
    const policy = await login(t.app, (await buildUser(db, ['policy'])).username);
    await checkActorMatrix(
      t,
      new Map([
        ['own provider', own],
        ['other provider', other],
        ['consultant', consultant],
        ['admin', admin],
        ['policy', policy],
        ['anonymous', undefined],
      ]),
      [
        {
          name: 'read message',
          method: 'GET',
          url: () => `/api/provider/ijw/messages/${messageId}`,
          allowed: ['own provider'],
        },
      ],
    );
  });

  it('the partner routes refuse a web session (401): they take an API key only', async () => {
    const own = await login(
      t.app,
      (await buildUser(t.db.kysely, ['provider'], { organisationId: ownProvider })).username,
    );
    for (const [method, url] of [
      ['GET', '/api/partner/v1/ijw/messages'],
      ['POST', '/api/partner/v1/ijw/messages'],
      ['POST', '/api/partner/v1/ijw/claims'],
      ['POST', `/api/partner/v1/ijw/messages/${messageId}/ack`],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        headers: own.headers,
        payload: method === 'POST' ? { xml: '<x/>' } : undefined,
      });
      expect(`${method} ${url} ${res.statusCode}`).toBe(`${method} ${url} 401`);
    }
  });
});
