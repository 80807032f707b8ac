// The login transaction between the redirect to the provider and its callback: state, nonce and
// PKCE verifier stay server-side (oidc_login), the browser holds only a random value in a short-lived
// httpOnly cookie. The callback deletes the row it uses, so a replayed state finds nothing.
import type { Kysely } from 'kysely';
import type { Config } from '../../../config.js';
import { SecretBox } from '../../../platform/crypto/secret-box.js';
import { randomToken, sha256Hex } from '../../../platform/crypto/tokens.js';
import type { DB } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import type { IdentityProvider } from './providers.js';

export const LOGIN_COOKIE = 'kt_oidc';
export const LOGIN_COOKIE_PATH = '/api/auth/oidc/';
export const LOGIN_TTL_SECONDS = 600;

const verifierBox = (config: Config) => new SecretBox(config.appSecret, 'oidc-pkce');

export interface LoginTransaction {
  provider: IdentityProvider;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

/** Stores a new transaction; returns the state for the authorization request and the browser cookie value. */
export async function saveTransaction(
  db: Kysely<DB> | Tx,
  config: Config,
  t: LoginTransaction,
): Promise<{ state: string; browserToken: string }> {
  const state = randomToken();
  const browserToken = randomToken();
  await db
    .insertInto('oidc_login')
    .values({
      state_hash: sha256Hex(state),
      provider: t.provider,
      browser_hash: sha256Hex(browserToken),
      code_verifier_enc: verifierBox(config).seal(t.codeVerifier),
      nonce: t.nonce,
      return_to: t.returnTo,
      expires_at: new Date(Date.now() + LOGIN_TTL_SECONDS * 1000),
    })
    .execute();
  return { state, browserToken };
}

/**
 * Takes the transaction of a callback, once: the row is deleted whatever follows. Nothing comes back
 * for an unknown, used or expired state, another provider's state, or a browser that did not start it.
 */
export async function takeTransaction(
  db: Kysely<DB> | Tx,
  config: Config,
  provider: IdentityProvider,
  state: string,
  browserToken: string | undefined,
): Promise<(LoginTransaction & { state: string }) | null> {
  const row = await db
    .deleteFrom('oidc_login')
    .where('state_hash', '=', sha256Hex(state))
    .returning(['provider', 'browser_hash', 'code_verifier_enc', 'nonce', 'return_to', 'expires_at'])
    .executeTakeFirst();
  if (!row || row.provider !== provider || row.expires_at.getTime() <= Date.now()) return null;
  if (!browserToken || sha256Hex(browserToken) !== row.browser_hash) return null;
  return {
    provider,
    state,
    codeVerifier: verifierBox(config).open(row.code_verifier_enc),
    nonce: row.nonce,
    returnTo: row.return_to,
  };
}

export async function deleteExpiredTransactions(db: Kysely<DB> | Tx): Promise<number> {
  const result = await db.deleteFrom('oidc_login').where('expires_at', '<=', new Date()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
