// Mail really goes out over SMTP when SMTP_URL is set: a real SMTP server (smtp-server) on
// 127.0.0.1 receives it. Without SMTP the same mail lands in the local outbox.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../test-support/app.js';
import { buildUser } from '../../test-support/factories.js';
import { inTransaction } from '../db/transaction.js';
import { Mailer } from './mail.js';
import { notify } from './notify.js';

interface Received {
  from: string;
  to: string[];
  body: string;
}
const received: Received[] = [];
let server: SMTPServer;
let t: TestApp;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let body = '';
      stream.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          body,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  t = await createTestApp({
    config: testConfig({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Keukentafel <noreply@gemeente.example>' }),
  });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('notification mail over SMTP', () => {
  it('delivers a content-free mail and records it as sent', async () => {
    const user = await buildUser(t.db.kysely, ['professional'], { email: 'regisseur@example.invalid' });
    await inTransaction(t.db.kysely, (trx) => notify(trx, user.id, 'team_membership_added', '/'));
    await t.worker.drain();
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['regisseur@example.invalid']);
    expect(received[0]?.from).toBe('noreply@gemeente.example');
    expect(received[0]?.body).toContain('Je hebt een nieuw bericht in Keukentafel');
    expect(received[0]?.body).not.toContain(user.username);
    const row = await t.db.kysely
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'regisseur@example.invalid')
      .executeTakeFirstOrThrow();
    expect(row.transport).toBe('smtp');
    expect(row.sent_at).not.toBeNull();
    expect(row.body_text).toBeNull(); // sent mail: the outbox keeps that it went, not what it said
  });

  it('delivers a one-time link to the recipient and keeps no readable secret', async () => {
    const secret = 'Zx9_secret-token-that-must-not-be-stored-anywhere-1';
    await inTransaction(t.db.kysely, (trx) =>
      new Mailer(t.config).send(trx, {
        to: 'link@example.invalid',
        subject: 'Link',
        text: `Klik: https://example.invalid/x?token=${secret}\n`,
        secrets: [secret],
      }),
    );
    expect(received.at(-1)?.body.replace(/=\r?\n/g, '')).toContain(secret); // quoted-printable soft breaks
    const rows = await t.db.kysely
      .selectFrom('mail_outbox')
      .select(['body_text', 'redacted'])
      .where('to_address', '=', 'link@example.invalid')
      .execute();
    expect(rows).toEqual([{ body_text: null, redacted: true }]);
  });

  it('retries later when the SMTP server is unreachable, without losing the mail', async () => {
    const unreachable = await createTestApp({ config: testConfig({ SMTP_URL: 'smtp://127.0.0.1:9' }), database: t.db });
    try {
      const user = await buildUser(t.db.kysely, ['professional'], { email: 'later@example.invalid' });
      await inTransaction(t.db.kysely, (trx) => notify(trx, user.id, 'account_created', '/profile'));
      await unreachable.worker.drain();
      const job = await t.db.kysely
        .selectFrom('job')
        .selectAll()
        .where('kind', '=', 'mail.new_item')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      expect(job.status).toBe('queued');
      expect(job.attempts).toBe(1);
      expect(job.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(
        await t.db.kysely
          .selectFrom('mail_outbox')
          .select('id')
          .where('to_address', '=', 'later@example.invalid')
          .execute(),
      ).toHaveLength(0);
    } finally {
      await unreachable.app.close();
    }
  });
});
