// A professional's login at the municipality's identity provider: mapped to an EXISTING active
// account by the configured claim, never created. The first login links the provider's subject to the
// account; later logins go by that link, so a renamed or re-used name at the provider cannot take over
// another account.
import { sql } from 'kysely';
import type { Config, OidcProviderConfig } from '../../../config.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { OidcLoginFailed } from './errors.js';
import { subjectHash } from './identity.js';

export interface ProfessionalAccount {
  userId: string;
  username: string;
  organisationId: string;
  totpEnabled: boolean;
  roles: readonly string[];
}

/** The claim value that names the account, lower-cased; empty when the provider sent none. */
export function accountClaim(claims: Record<string, unknown>, claim: string): string {
  const raw = claims[claim];
  return typeof raw === 'string' ? raw.trim().toLowerCase() : '';
}

/** Whether the provider says a second factor was used (amr contains, or acr is, a configured value). */
export function mfaAsserted(claims: Record<string, unknown>, settings: OidcProviderConfig): boolean {
  const { claim, values } = settings.mfa;
  if (claim === 'amr') return Array.isArray(claims.amr) && claims.amr.some((v) => values.includes(String(v)));
  if (claim === 'acr') return typeof claims.acr === 'string' && values.includes(claims.acr);
  return false;
}

export async function professionalAccount(
  trx: Tx,
  config: Config,
  settings: OidcProviderConfig,
  issuer: string,
  subject: string,
  claims: Record<string, unknown>,
): Promise<ProfessionalAccount> {
  const hash = subjectHash(config, subject);
  const value = accountClaim(claims, settings.claim);
  const byEmail = settings.claim === 'email';
  // The linked account first; else the one the claim names (none when several share an e-mail).
  const rows = await trx
    .selectFrom('app_user as u')
    .leftJoin('external_identity as x', (j) => j.onRef('x.user_id', '=', 'u.id').on('x.issuer', '=', issuer))
    .select(['u.id', 'u.username', 'u.active', 'u.roles', 'u.totp_enabled', 'u.home_organisation_id', 'x.subject_hash'])
    .where((eb) =>
      eb.or([
        eb('x.subject_hash', '=', hash),
        ...(value ? [byEmail ? eb(sql`lower(u.email)`, '=', value) : eb('u.username', '=', value)] : []),
      ]),
    )
    .limit(3)
    .execute();
  const linked = rows.find((r) => r.subject_hash === hash);
  const named = rows.filter((r) => r.subject_hash !== hash);
  const user = linked ?? (named.length === 1 ? named[0] : undefined);
  if (!user) throw new OidcLoginFailed('unknown_professional', value ? 'no account for this name' : 'no account claim');
  if (!linked && user.subject_hash !== null)
    throw new OidcLoginFailed('unknown_professional', 'the account is linked to another identity at this provider');
  if (!user.active) throw new OidcLoginFailed('inactive', 'the account is switched off');
  if (user.roles.every((r) => r === 'family'))
    throw new OidcLoginFailed('unknown_professional', 'a family account cannot log in as a professional');
  await trx
    .insertInto('external_identity')
    .values({ provider: 'professional', issuer, subject_hash: hash, user_id: user.id })
    .onConflict((oc) => oc.columns(['issuer', 'subject_hash']).doUpdateSet({ last_login_at: new Date() }))
    .execute();
  return {
    userId: user.id,
    username: user.username,
    organisationId: user.home_organisation_id,
    totpEnabled: user.totp_enabled,
    roles: user.roles,
  };
}
