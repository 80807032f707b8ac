// Outgoing mail: through SMTP (nodemailer) when SMTP_URL is set, otherwise into the local outbox
// table that an admin can read. Every mail is recorded in mail_outbox with recipient, subject, time
// and delivery state; a body only for the local outbox, and a secret (a confirmation or password
// link) never: it is redacted before storing. Without SMTP such a mail reaches its recipient only
// through the mail drop directory (development), which the application never serves.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Tx } from '../db/transaction.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Values in the text that let the reader act as the recipient (tokens): never stored readable. */
  secrets?: readonly string[];
}

export const REDACTED = '[verwijderd]';

export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length > 0).reduce((out, s) => out.split(s).join(REDACTED), text);
}

export class Mailer {
  private readonly transport: Transporter | undefined;

  constructor(private readonly config: Config) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  }

  async send(trx: Tx, mail: OutgoingMail): Promise<void> {
    const secrets = mail.secrets ?? [];
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    } else if (secrets.length > 0) {
      this.drop(mail);
    }
    await trx
      .insertInto('mail_outbox')
      .values({
        to_address: mail.to,
        subject: mail.subject,
        // Sent mail is the recipient's business: the outbox keeps that it went, not what it said.
        body_text: this.transport ? null : redact(mail.text, secrets),
        redacted: secrets.length > 0,
        transport: this.transport ? 'smtp' : 'local',
        sent_at: this.transport ? new Date() : null,
      })
      .execute();
  }

  /** The local delivery of a mail with a secret: a file only the operator of the machine can read. */
  private drop(mail: OutgoingMail): void {
    const dir = this.config.mailDropDir;
    if (!dir) return; // production without SMTP: the secret is not delivered anywhere (see docs/privacy.md)
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
    writeFileSync(file, `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}`, { mode: 0o600 });
  }
}

/** The only mail text Keukentafel sends about items: no names, no case content. */
export function newItemMail(publicUrl: string | undefined): Omit<OutgoingMail, 'to'> {
  const link = `${publicUrl ?? 'http://localhost:3000'}/inbox`;
  return {
    subject: 'Nieuw bericht in Keukentafel / New item in Keukentafel',
    text:
      `Je hebt een nieuw bericht in Keukentafel. Log in om het te lezen: ${link}\n\n` +
      `You have a new item in Keukentafel. Log in to read it: ${link}\n`,
  };
}
