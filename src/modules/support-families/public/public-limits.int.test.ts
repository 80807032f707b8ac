// The public forms' limits hold across app instances (counted in PostgreSQL), and no address gets
// more than CONFIRMATION_MAILS_PER_DAY confirmation mails, however many source addresses send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../../test-support/app.js';
import { ensurePostcodes, validFamily, validRequest } from '../../../test-support/support-families.js';

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  const config = testConfig({ PUBLIC_FORM_RATE_LIMIT_PER_HOUR: '3', CONFIRMATION_MAILS_PER_DAY: '2' });
  a = await createTestApp({ config });
  b = await createTestApp({ config, database: a.db }); // a second instance on the same database
  await ensurePostcodes(a.db.kysely);
});
afterAll(async () => {
  await b.app.close();
  await a.close();
});

const post = (t: TestApp, url: string, payload: object, remoteAddress: string) =>
  t.app.inject({ method: 'POST', url, payload, remoteAddress });

describe('public form limits across instances', () => {
  it('counts submissions per address on all instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(
        i % 2 === 0 ? a : b,
        '/api/public/buurtgezinnen/requests',
        validRequest(`limit${i}@example.invalid`),
        '203.0.113.7',
      );
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    const other = await post(b, '/api/public/buurtgezinnen/requests', validRequest('x@example.invalid'), '203.0.113.8');
    expect(other.statusCode).toBe(202);
  });

  it('caps confirmation mails per recipient, whatever the source address, and answers alike', async () => {
    const victim = 'mailbox.victim@example.invalid';
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) {
      const form = i % 2 === 0 ? '/api/public/buurtgezinnen/requests' : '/api/public/buurtgezinnen/support-families';
      const body = i % 2 === 0 ? validRequest(victim) : validFamily(victim);
      answers.push((await post(i % 2 === 0 ? a : b, form, body, `198.51.100.${i + 1}`)).statusCode);
    }
    expect(answers).toEqual([202, 202, 202, 202, 202]);
    const mails = await a.db.kysely.selectFrom('mail_outbox').select('id').where('to_address', '=', victim).execute();
    expect(mails).toHaveLength(2);
    const stored = await a.db.kysely
      .selectFrom('throttle')
      .select('key')
      .where('key', 'like', '%mailbox.victim%')
      .execute();
    expect(stored).toEqual([]); // the counter is keyed by an HMAC, not the address
  });
});
