// Registering involvement: the one use case behind the web form and the partner API. Validates
// the legal window, stores the BSN sealed and hashed (address and parent only as keyed hashes),
// gives the archive's one-off history notice, detects matches and notifies — all in the caller's
// transaction, so nothing is stored, notified or audited unless everything succeeds.
import { randomUUID } from 'node:crypto';
import type { BsnVault } from '../../platform/bsn.js';
import type { Tx } from '../../platform/db/transaction.js';
import { ConflictError, ValidationError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import { today } from '../../platform/clock.js';
import { detectMatches, lockMatchKeys, notifyMatches, type MatchKey, type MatchOutcome } from './matching.js';
import { addressKey, decideEndsOn } from './rules.js';
import type { RegistrationBody } from './schemas.js';

export interface Registrant {
  organisationId: string;
  /** The professional registering through the web; null for the partner API. */
  userId: string | null;
  apiKeyId: string | null;
  defaultMunicipality: string | null;
}

export interface Registered {
  id: string;
  endsOn: string;
  matches: MatchOutcome[];
  historyNotice: boolean;
}

export const END_MESSAGES = {
  not_born: 'The birth date lies in the future.',
  too_old: 'The referral index is for young people under 23.',
  ends_in_past: 'The removal date must lie in the future.',
  ends_too_late: 'The removal date may be at most two years away and not after the 23rd birthday.',
} as const;

export function matchKeysFor(
  vault: BsnVault,
  body: Pick<RegistrationBody, 'bsn' | 'postcode' | 'houseNumber' | 'parentBsn'>,
): MatchKey[] {
  const keys: MatchKey[] = [{ kind: 'youth', key: vault.index(body.bsn) }];
  if (body.postcode && body.houseNumber)
    keys.push({ kind: 'address', key: vault.index(addressKey(body.postcode, body.houseNumber)) });
  if (body.parentBsn) keys.push({ kind: 'parent', key: vault.index(body.parentBsn) });
  return keys;
}

/** `id` may be chosen by the caller so its audit entry can name the registration before it exists. */
export async function registerInvolvement(
  trx: Tx,
  vault: BsnVault,
  who: Registrant,
  body: RegistrationBody,
  now: Date,
  id: string = randomUUID(),
): Promise<Registered> {
  const window = decideEndsOn(body.birthDate, today(now), body.endsOn);
  if (!window.ok) throw new ValidationError(`registration_${window.reason}`, { detail: END_MESSAGES[window.reason] });
  const municipalityCode = body.municipalityCode ?? who.defaultMunicipality;
  if (!municipalityCode)
    throw new ValidationError('municipality_required', {
      detail: 'Name the municipality of residence (municipalityCode).',
    });
  const municipality = await trx
    .selectFrom('municipality')
    .select('code')
    .where('code', '=', municipalityCode)
    .executeTakeFirst();
  if (!municipality) throw new ValidationError('unknown_municipality', { detail: 'No such municipality.' });

  const keys = matchKeysFor(vault, body);
  const youthHash = keys[0]?.key ?? '';
  await lockMatchKeys(trx, keys);
  const existing = await trx
    .selectFrom('involvement_registration')
    .select('id')
    .where('organisation_id', '=', who.organisationId)
    .where('youth_bsn_hash', '=', youthHash)
    .executeTakeFirst();
  if (existing)
    throw new ConflictError('already_registered', {
      detail: 'Your organisation already has an active registration for this young person.',
    });

  await trx
    .insertInto('involvement_registration')
    .values({
      id,
      organisation_id: who.organisationId,
      municipality_code: municipalityCode,
      registered_by: who.userId,
      api_key_id: who.apiKeyId,
      youth_bsn_enc: vault.seal(body.bsn),
      youth_bsn_hash: youthHash,
      youth_birth_date: body.birthDate,
      address_hash: keys.find((k) => k.kind === 'address')?.key ?? null,
      parent_bsn_hash: keys.find((k) => k.kind === 'parent')?.key ?? null,
      risk_ground: body.riskGround,
      contact_name: body.contactName,
      contact_phone: body.contactPhone,
      contact_email: body.contactEmail ?? null,
      registered_at: now,
      ends_on: window.endsOn,
    })
    .execute();

  // The archive speaks once: the first new registration after an ended one hears of it.
  const noticed = await trx
    .updateTable('involvement_archive')
    .set({ notice_given_at: now, notice_registration_id: id })
    .where('youth_bsn_hash', '=', youthHash)
    .where('notice_given_at', 'is', null)
    .returning('id')
    .execute();
  if (noticed.length > 0 && who.userId)
    await notify(trx, who.userId, 'involvement_history_notice', `/involvement/registrations/${id}`);

  const matches = await detectMatches(trx, municipalityCode, keys);
  await notifyMatches(trx, matches);
  return { id, endsOn: window.endsOn, matches, historyNotice: noticed.length > 0 };
}
