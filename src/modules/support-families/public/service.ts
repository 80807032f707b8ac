// The public registration forms (no account): a family asking for support and a volunteer support
// family. A submission creates an unconfirmed record and mails a confirmation link; the record
// counts only after the link is clicked. The submitter gets "received" and "confirmed" back —
// never any record, not even its reference. A filled-in honeypot field is answered the same way
// and stores nothing, so a bot learns nothing. The per-IP rate limit sits on the routes.
import type { RequestContext } from '../../../platform/access/context.js';
import { recordEvent } from '../../../platform/access/authorize.js';
import { randomToken, sha256Hex } from '../../../platform/crypto/tokens.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { ValidationError } from '../../../platform/errors.js';
import { Mailer } from '../../../platform/notify/mail.js';
import { mayMailConfirmation } from './limits.js';
import { checkRegistration } from '../registration.js';
import type { PublicRequestBody } from '../requests/schemas.js';
import { getSettings } from '../settings-store.js';
import { CONSENT_VERSION } from '../vocabulary.js';
import type { PublicFamilyBody } from '../volunteers/schemas.js';
import { familyRow } from '../volunteers/service.js';

/** The only text of the confirmation mail: a link, nothing about the registration. */
export function confirmationMail(publicUrl: string | undefined, token: string) {
  const link = `${publicUrl ?? 'http://localhost:3000'}/buurtgezinnen/bevestigen?token=${token}`;
  return {
    subject: 'Bevestig je aanmelding bij Buurtgezinnen / Confirm your registration',
    text: `Klik op de link om je aanmelding te bevestigen: ${link}\n\nClick the link to confirm your registration: ${link}\n`,
  };
}

function publicEvent(ctx: RequestContext, event: string, subject: string, id: string | null, description: string) {
  return {
    request_id: ctx.requestId,
    event,
    action: 'create' as const,
    outcome: 'allowed' as const,
    actor_user_id: null,
    actor_username: null,
    actor_role: 'public',
    actor_organisation_id: null,
    purpose: 'buurtgezinnen',
    subject_type: subject,
    subject_id: id,
    client_ref: null,
    data_description: description,
  };
}

async function sendConfirmation(
  trx: Tx,
  ctx: RequestContext,
  to: string,
  target: { request_id: string } | { family_id: string },
) {
  const token = randomToken();
  const { confirmationHours } = await getSettings(trx);
  await trx
    .insertInto('support_confirmation')
    .values({
      token_hash: sha256Hex(token),
      request_id: null,
      family_id: null,
      ...target,
      expires_at: new Date(Date.now() + confirmationHours * 3_600_000),
    })
    .execute();
  await new Mailer(ctx.config).send(trx, { to, ...confirmationMail(ctx.config.publicUrl, token), secrets: [token] });
}

/**
 * Past the daily cap of confirmation mails to one address nothing is stored or sent; the answer
 * stays 'received', so the form tells nobody whether an address is being used. Audited without
 * the address.
 */
async function overMailCap(trx: Tx, ctx: RequestContext, email: string, subject: string): Promise<boolean> {
  if (await mayMailConfirmation(trx, ctx, email)) return false;
  await recordEvent(trx, {
    ...publicEvent(ctx, `${subject}.registration_dropped`, subject, null, 'confirmation mails to this address capped'),
    outcome: 'denied' as const,
  });
  return true;
}

export async function registerRequestPublicly(ctx: RequestContext, body: PublicRequestBody) {
  if (body.website) return { status: 'received' as const };
  await inTransaction(ctx.db, async (trx) => {
    if (await overMailCap(trx, ctx, body.email, 'support_request')) return;
    const location = await checkRegistration(trx, {
      postcode: body.postcode,
      kinds: body.supportKinds,
      kindsField: 'supportKinds',
    });
    const { id } = await trx
      .insertInto('support_request')
      .values({
        status: 'unconfirmed',
        channel: 'self',
        referred_by: 'self',
        given_name: body.givenName,
        family_name: body.familyName,
        email: body.email,
        phone: body.phone ?? null,
        ...location,
        support_kinds: body.supportKinds,
        child_ages: body.childAges,
        languages: body.languages,
        availability: body.availability,
        upbringing: body.upbringing ?? null,
        offer_back: body.offerBack ?? null,
        consent_version: CONSENT_VERSION,
        consent_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sendConfirmation(trx, ctx, body.email, { request_id: id });
    await recordEvent(
      trx,
      publicEvent(ctx, 'support_request.registered_public', 'support_request', id, 'public registration (unconfirmed)'),
    );
  });
  return { status: 'received' as const };
}

export async function registerFamilyPublicly(ctx: RequestContext, body: PublicFamilyBody) {
  if (body.website) return { status: 'received' as const };
  await inTransaction(ctx.db, async (trx) => {
    if (await overMailCap(trx, ctx, body.email, 'support_family')) return;
    const row = await familyRow(trx, body);
    const { id } = await trx
      .insertInto('support_family')
      .values({ ...row, status: 'unconfirmed', channel: 'self' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sendConfirmation(trx, ctx, body.email, { family_id: id });
    await recordEvent(
      trx,
      publicEvent(ctx, 'support_family.registered_public', 'support_family', id, 'public registration (unconfirmed)'),
    );
  });
  return { status: 'received' as const };
}

export async function confirmRegistration(ctx: RequestContext, token: string) {
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('support_confirmation')
      .select(['token_hash', 'request_id', 'family_id', 'expires_at', 'used_at'])
      .where('token_hash', '=', sha256Hex(token))
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.used_at !== null || row.expires_at.getTime() < Date.now()) {
      throw new ValidationError('confirmation_invalid', {
        detail: 'This confirmation link is unknown, used or expired.',
      });
    }
    const now = new Date();
    await trx
      .updateTable('support_confirmation')
      .set({ used_at: now })
      .where('token_hash', '=', row.token_hash)
      .execute();
    if (row.request_id) {
      await trx
        .updateTable('support_request')
        .set({ status: 'open', confirmed_at: now })
        .where('id', '=', row.request_id)
        .where('status', '=', 'unconfirmed')
        .execute();
    } else if (row.family_id) {
      await trx
        .updateTable('support_family')
        .set({ status: 'registered', confirmed_at: now })
        .where('id', '=', row.family_id)
        .where('status', '=', 'unconfirmed')
        .execute();
    }
    await recordEvent(trx, {
      ...publicEvent(
        ctx,
        row.request_id ? 'support_request.confirmed' : 'support_family.confirmed',
        row.request_id ? 'support_request' : 'support_family',
        row.request_id ?? row.family_id,
        'e-mail address confirmed',
      ),
      action: 'update',
    });
    return { status: 'confirmed' as const };
  });
}

export async function listSupportKinds(ctx: RequestContext) {
  const rows = await ctx.db
    .selectFrom('support_kind')
    .select(['code', 'label_nl', 'label_en'])
    .where('active', '=', true)
    .orderBy('position')
    .execute();
  return {
    items: rows.map((r) => ({ code: r.code, label: { nl: r.label_nl, en: r.label_en } })),
    consentVersion: CONSENT_VERSION,
  };
}
