// One-time links to set one's own password: after an administrator's reset or for a new account.
// The administrator never sees the token or the new password. The token goes only to the user's
// mailbox (SMTP, or the mail drop without SMTP); the outbox keeps the mail with the token redacted.
import { recordEvent } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { hashPassword } from '../../platform/crypto/password.js';
import { randomToken, sha256Hex } from '../../platform/crypto/tokens.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { Mailer } from '../../platform/notify/mail.js';

export const LINK_HOURS = { reset: 24, activate: 72 } as const;

export class PasswordLinkInvalidError extends AppError {
  readonly status = 400;
}

export function passwordLinkMail(publicUrl: string | undefined, token: string, purpose: 'reset' | 'activate') {
  const link = `${publicUrl ?? 'http://localhost:3000'}/wachtwoord-instellen?token=${token}`;
  const hours = LINK_HOURS[purpose];
  return purpose === 'reset'
    ? {
        subject: 'Stel een nieuw wachtwoord in / Set a new password',
        text:
          `Je wachtwoord voor Keukentafel is opnieuw ingesteld door een beheerder. Kies zelf een nieuw wachtwoord via deze link (${hours} uur geldig, één keer te gebruiken): ${link}\n\n` +
          `An administrator reset your Keukentafel password. Choose a new one with this link (valid ${hours} hours, once): ${link}\n`,
      }
    : {
        subject: 'Je account in Keukentafel / Your Keukentafel account',
        text:
          `Er is een account in Keukentafel voor je gemaakt. Kies zelf je wachtwoord via deze link (${hours} uur geldig, één keer te gebruiken): ${link}\n\n` +
          `An account in Keukentafel was made for you. Choose your password with this link (valid ${hours} hours, once): ${link}\n`,
      };
}

/** Issue a new link (older unused links of the user stop working) and mail it to the user. */
export async function issuePasswordLink(
  trx: Tx,
  ctx: RequestContext,
  user: { id: string; email: string },
  purpose: 'reset' | 'activate',
  requestedBy: string,
): Promise<void> {
  const token = randomToken();
  await trx
    .updateTable('password_link')
    .set({ used_at: new Date() })
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .execute();
  await trx
    .insertInto('password_link')
    .values({
      token_hash: sha256Hex(token),
      user_id: user.id,
      purpose,
      requested_by: requestedBy,
      expires_at: new Date(Date.now() + LINK_HOURS[purpose] * 3_600_000),
    })
    .execute();
  await new Mailer(ctx.config).send(trx, {
    to: user.email,
    ...passwordLinkMail(ctx.config.publicUrl, token, purpose),
    secrets: [token],
  });
}

/** The user sets their own password with the link: once, before it expires. Ends every session. */
export async function completePasswordLink(ctx: RequestContext, token: string, password: string): Promise<void> {
  const hash = await hashPassword(password); // slow: outside the transaction
  await inTransaction(ctx.db, async (trx) => {
    const link = await trx
      .selectFrom('password_link as l')
      .innerJoin('app_user as u', 'u.id', 'l.user_id')
      .select(['l.token_hash', 'l.user_id', 'l.expires_at', 'l.used_at', 'l.purpose', 'u.username', 'u.active'])
      .where('l.token_hash', '=', sha256Hex(token))
      .forUpdate()
      .executeTakeFirst();
    if (!link || link.used_at !== null || new Date(link.expires_at).getTime() < Date.now() || !link.active)
      throw new PasswordLinkInvalidError('password_link_invalid', { detail: 'This link is unknown, used or expired.' });
    await trx
      .updateTable('password_link')
      .set({ used_at: new Date() })
      .where('token_hash', '=', link.token_hash)
      .execute();
    await trx
      .updateTable('app_user')
      .set({ password_hash: hash, failed_logins: 0, locked_until: null, updated_at: new Date() })
      .where('id', '=', link.user_id)
      .execute();
    await trx.deleteFrom('session').where('user_id', '=', link.user_id).execute();
    await recordEvent(trx, {
      request_id: ctx.requestId,
      event: 'user.password_set_by_link',
      action: 'update',
      outcome: 'allowed',
      actor_user_id: link.user_id,
      actor_username: link.username,
      actor_role: 'self',
      actor_organisation_id: null,
      purpose: 'authentication',
      subject_type: 'user',
      subject_id: link.user_id,
      client_ref: null,
      data_description: `own password set with a one-time ${link.purpose} link`,
    });
  });
}
