// The public forms: a record only after the e-mail link is clicked, a content-free mail, nothing
// readable for the submitter, a silent honeypot, and a per-IP rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../../test-support/app.js';
import { droppedMails, newMailDropDir } from '../../../test-support/mail-drop.js';
import { ensurePostcodes, validFamily, validRequest } from '../../../test-support/support-families.js';

let t: TestApp;
const drop = newMailDropDir();
beforeAll(async () => {
  t = await createTestApp({ config: testConfig({ MAIL_DROP_DIR: drop }) });
  await ensurePostcodes(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

async function outboxFor(to: string) {
  return t.db.kysely.selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', to).execute();
}
const tokenOf = (body: string) => /token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? '';
/** The link as the recipient receives it (the mail drop stands in for their mailbox). */
const receivedToken = (to: string) => tokenOf(droppedMails(drop, to).at(-1) ?? '');

describe('public request form', () => {
  it('stores an unconfirmed request, mails only a link, and opens it when the link is clicked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: validRequest('a1@example.invalid'),
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'received' });
    const row = await t.db.kysely
      .selectFrom('support_request')
      .select(['id', 'status', 'postcode', 'municipality_code', 'confirmed_at'])
      .where('email', '=', 'a1@example.invalid')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'unconfirmed',
      postcode: '8011AB',
      municipality_code: '0193',
      confirmed_at: null,
    });
    const [mail] = await outboxFor('a1@example.invalid');
    // The outbox an administrator reads keeps the mail but not its live token.
    expect(mail?.body_text).toContain('/buurtgezinnen/bevestigen?token=[verwijderd]');
    const token = receivedToken('a1@example.invalid');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail?.body_text).not.toContain(token);
    expect(droppedMails(drop, 'a1@example.invalid')[0]).not.toMatch(/Amira|Testgezin|8011|huiswerk|homework/i);
    const stored = await t.db.kysely
      .selectFrom('support_confirmation')
      .select('token_hash')
      .where('request_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/confirmations',
      payload: { token },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'confirmed' });
    expect(
      (
        await t.db.kysely
          .selectFrom('support_request')
          .select('status')
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('open');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/confirmations',
      payload: { token },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'confirmation_invalid' });
  });

  it('refuses an expired link', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: validRequest('a2@example.invalid'),
    });
    const token = receivedToken('a2@example.invalid');
    await t.db.kysely
      .updateTable('support_confirmation')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('used_at', 'is', null)
      .execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/confirmations',
      payload: { token },
    });
    expect(res.statusCode).toBe(400);
    const row = await t.db.kysely
      .selectFrom('support_request')
      .select('status')
      .where('email', '=', 'a2@example.invalid')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('unconfirmed');
  });

  it('answers a filled-in honeypot like a success but stores and mails nothing', async () => {
    const before = await t.db.kysely.selectFrom('support_request').select('id').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: { ...validRequest('bot@example.invalid'), website: 'http://spam.example' },
    });
    expect(res.statusCode).toBe(202);
    expect(await t.db.kysely.selectFrom('support_request').select('id').execute()).toHaveLength(before.length);
    expect(await outboxFor('bot@example.invalid')).toHaveLength(0);
  });

  it('refuses an unknown postcode and an unknown kind of support with field errors, storing nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: { ...validRequest('x@example.invalid'), postcode: '9999ZZ', supportKinds: ['juggling'] },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<{ errors: Array<{ path: string }> }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['postcode', 'supportKinds']);
    expect(await outboxFor('x@example.invalid')).toHaveLength(0);
  });

  it('registers a support family the same way: unconfirmed until the link, then registered', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/support-families',
      payload: validFamily('f1@example.invalid'),
    });
    expect(res.statusCode).toBe(202);
    const token = receivedToken('f1@example.invalid');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/public/buurtgezinnen/confirmations', payload: { token } }))
        .statusCode,
    ).toBe(200);
    const row = await t.db.kysely
      .selectFrom('support_family')
      .select(['status', 'confirmed_at'])
      .where('email', '=', 'f1@example.invalid')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('registered');
  });

  it('lists the kinds of support without logging in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/buurtgezinnen/support-kinds' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: Array<{ code: string }> }>().items.map((k) => k.code)).toContain('homework');
  });

  it('removes registrations whose link expired unclicked (the check-in job does it)', async () => {
    const { removeExpiredRegistrations } = await import('../lifecycle/checkins.js');
    await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: validRequest('gone@example.invalid'),
    });
    const removed = await t.db.kysely
      .transaction()
      .execute((trx) => removeExpiredRegistrations(trx, new Date(Date.now() + 30 * 86_400_000)));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(
      await t.db.kysely
        .selectFrom('support_request')
        .select('id')
        .where('email', '=', 'gone@example.invalid')
        .execute(),
    ).toHaveLength(0);
  });
});

describe('rate limit on the public forms', () => {
  it('answers 429 after the hourly limit per IP', async () => {
    const limited = await createTestApp({
      config: testConfig({ PUBLIC_FORM_RATE_LIMIT_PER_HOUR: '3' }),
      database: t.db,
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/public/buurtgezinnen/requests',
              payload: { ...validRequest(`rl${i}@example.invalid`), website: 'x' },
              // an address of its own: the count is shared with the other app on this database
              remoteAddress: '192.0.2.50',
            })
          ).statusCode,
        );
      expect(codes).toEqual([202, 202, 202, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
