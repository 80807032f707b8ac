// Outgoing mail: through SMTP (nodemailer) when SMTP_URL is set, otherwise into the local outbox
// table that an admin can read. Either way every mail is recorded in mail_outbox.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Tx } from '../db/transaction.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export class Mailer {
  private readonly transport: Transporter | undefined;

  constructor(private readonly config: Config) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  }

  async send(trx: Tx, mail: OutgoingMail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    }
    await trx
      .insertInto('mail_outbox')
      .values({
        to_address: mail.to,
        subject: mail.subject,
        body_text: mail.text,
        transport: this.transport ? 'smtp' : 'local',
        sent_at: this.transport ? new Date() : null,
      })
      .execute();
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
