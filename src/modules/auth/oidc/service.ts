// The OIDC login use cases: start (redirect to the provider), finish (the callback: code for tokens,
// ID-token validation by openid-client, then the account), and logout at the provider.
import * as client from 'openid-client';
import type { Config, OidcProviderConfig } from '../../../config.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { recordEvent } from '../../../platform/access/authorize.js';
import type { NewAuditEvent } from '../../../platform/db/schema.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { totpRequiredFor } from '../me.js';
import { createSession, type NewSession } from '../sessions.js';
import { deriveKey, keyedHash } from '../../../platform/crypto/keys.js';
import { bsnFromClaims, citizenAccount } from './citizen.js';
import { OidcLoginFailed } from './errors.js';
import { mfaAsserted, professionalAccount, accountClaim } from './professional.js';
import { callbackUrl, clientFor, postLogoutUrl, providerSettings, type IdentityProvider } from './providers.js';
import { saveTransaction, takeTransaction } from './transactions.js';

export interface ClientInfo {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

function settingsOf(config: Config, provider: IdentityProvider): OidcProviderConfig {
  const settings = providerSettings(config, provider);
  if (!settings) throw new OidcLoginFailed('provider_error', `no ${provider} provider configured`);
  return settings;
}

async function configured(config: Config, settings: OidcProviderConfig): Promise<client.Configuration> {
  try {
    return await clientFor(config, settings);
  } catch (error) {
    throw new OidcLoginFailed('provider_error', `discovery failed: ${(error as Error).message}`);
  }
}

/** Only a path inside the app, never another site (an open redirect). */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !/^\/(?![/\\])[\x21-\x7e]*$/.test(value) || value.startsWith('/login') || value.length > 300)
    return '/';
  return value;
}

/** Starts a login: stores the transaction and answers the provider's authorization URL. */
export async function startLogin(
  ctx: RequestContext,
  provider: IdentityProvider,
  returnTo: string | undefined,
): Promise<{ url: string; browserToken: string }> {
  const settings = settingsOf(ctx.config, provider);
  const oidc = await configured(ctx.config, settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const { state, browserToken } = await saveTransaction(ctx.db, ctx.config, {
    provider,
    codeVerifier,
    nonce,
    returnTo: safeReturnPath(returnTo),
  });
  const url = client.buildAuthorizationUrl(oidc, {
    redirect_uri: callbackUrl(ctx.config, provider),
    scope: settings.scope,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, browserToken };
}

export interface FinishedLogin {
  session: NewSession;
  /** Where the browser goes next: the page it came from, or the second-factor step. */
  redirectTo: string;
}

function loginEvent(
  ctx: RequestContext,
  outcome: 'allowed' | 'denied' | 'failed',
  provider: IdentityProvider,
  what: string,
  who: Partial<Pick<NewAuditEvent, 'actor_user_id' | 'actor_username' | 'actor_organisation_id'>> & {
    subject?: { type: string; id: string; clientRef?: string };
  } = {},
): NewAuditEvent {
  return {
    request_id: ctx.requestId,
    event: 'auth.login',
    action: 'login',
    outcome,
    actor_user_id: who.actor_user_id ?? null,
    actor_username: who.actor_username ?? null,
    actor_organisation_id: who.actor_organisation_id ?? null,
    actor_role: provider === 'citizen' ? 'family' : null,
    purpose: 'authentication',
    subject_type: who.subject?.type ?? 'session',
    subject_id: who.subject?.id ?? null,
    client_ref: who.subject?.clientRef ?? null,
    data_description: `${provider === 'citizen' ? 'DigiD' : 'identity provider'}: ${what}`,
  };
}

/** The tokens of a callback, validated (iss, aud, exp, nonce, signature, state, PKCE) by openid-client. */
async function exchange(
  ctx: RequestContext,
  provider: IdentityProvider,
  callback: URL,
  browserToken: string | undefined,
): Promise<{
  claims: client.IDToken;
  accessToken: string;
  settings: OidcProviderConfig;
  oidc: client.Configuration;
  returnTo: string;
}> {
  const state = callback.searchParams.get('state') ?? '';
  const transaction = state ? await takeTransaction(ctx.db, ctx.config, provider, state, browserToken) : null;
  if (!transaction) throw new OidcLoginFailed('invalid_response', 'unknown, used or expired state');
  const error = callback.searchParams.get('error');
  if (error === 'access_denied' || error === 'login_required')
    throw new OidcLoginFailed('cancelled', `provider answered ${error}`);
  const settings = settingsOf(ctx.config, provider);
  const oidc = await configured(ctx.config, settings);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(oidc, callback, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
  } catch (e) {
    // openid-client's message and its cause's say which check failed, never a claim value (it could be a BSN).
    const inner = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    const why = e instanceof Error ? `${e.message}${inner}`.slice(0, 200) : 'token exchange failed';
    throw new OidcLoginFailed(e instanceof client.ResponseBodyError ? 'provider_error' : 'invalid_response', why);
  }
  const claims = tokens.claims();
  if (!claims) throw new OidcLoginFailed('invalid_response', 'no ID token');
  return { claims, accessToken: tokens.access_token, settings, oidc, returnTo: transaction.returnTo };
}

/** The claims of the ID token, completed from the userinfo endpoint when the account claim is not in it. */
async function claimsWith(
  claim: string,
  got: { claims: client.IDToken; accessToken: string; oidc: client.Configuration },
): Promise<Record<string, unknown>> {
  if (got.claims[claim] !== undefined) return got.claims;
  try {
    return { ...(await client.fetchUserInfo(got.oidc, got.accessToken, got.claims.sub)), ...got.claims };
  } catch {
    return got.claims;
  }
}

/** Finishes a login at the callback. Every outcome is audited; a refusal throws OidcLoginFailed. */
export async function finishLogin(
  ctx: RequestContext,
  provider: IdentityProvider,
  callback: URL,
  browserToken: string | undefined,
  clientInfo: ClientInfo,
): Promise<FinishedLogin> {
  try {
    const got = await exchange(ctx, provider, callback, browserToken);
    const claims = await claimsWith(got.settings.claim, got);
    return provider === 'citizen'
      ? await finishCitizen(ctx, got.settings, claims, got.returnTo, clientInfo)
      : await finishProfessional(ctx, got.settings, got.claims.iss, claims, got.returnTo, clientInfo);
  } catch (error) {
    if (!(error instanceof OidcLoginFailed)) throw error;
    const refused = ['no_family', 'too_young', 'unknown_professional', 'inactive'].includes(error.reason);
    await inTransaction(ctx.db, (trx) =>
      recordEvent(trx, loginEvent(ctx, refused ? 'denied' : 'failed', provider, error.why, error.who ?? {})),
    );
    throw error;
  }
}

async function finishCitizen(
  ctx: RequestContext,
  settings: OidcProviderConfig,
  claims: Record<string, unknown>,
  returnTo: string,
  clientInfo: ClientInfo,
): Promise<FinishedLogin> {
  const bsn = bsnFromClaims(claims, settings.claim);
  return inTransaction(ctx.db, async (trx) => {
    const account = await citizenAccount(trx, ctx.config, bsn);
    const who = {
      actor_user_id: account.userId,
      actor_username: account.username,
      actor_organisation_id: account.organisationId,
      subject: { type: 'person', id: account.personId, clientRef: account.familyReference },
    };
    if (account.created)
      await recordEvent(trx, {
        ...loginEvent(ctx, 'allowed', 'citizen', 'first login: family account made for this household member', who),
        event: 'auth.family_account_created',
        action: 'create',
      });
    await recordEvent(trx, loginEvent(ctx, 'allowed', 'citizen', 'logged in', who));
    const session = await createSession(trx, ctx.config, account.userId, {
      mfaPending: false,
      identityProvider: 'citizen',
      ...clientInfo,
    });
    return { session, redirectTo: returnTo };
  });
}

async function finishProfessional(
  ctx: RequestContext,
  settings: OidcProviderConfig,
  issuer: string,
  claims: Record<string, unknown>,
  returnTo: string,
  clientInfo: ClientInfo,
): Promise<FinishedLogin> {
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const account = await professionalAccount(trx, ctx.config, settings, issuer, String(claims.sub), claims);
      const asserted = mfaAsserted(claims, settings);
      const enrolmentNeeded = !asserted && !account.totpEnabled && (await totpRequiredFor(trx, account.roles));
      const mfaPending = !asserted && (account.totpEnabled || enrolmentNeeded);
      const who = {
        actor_user_id: account.userId,
        actor_username: account.username,
        actor_organisation_id: account.organisationId,
      };
      await recordEvent(
        trx,
        loginEvent(
          ctx,
          'allowed',
          'professional',
          mfaPending
            ? 'identity ok, second factor pending'
            : asserted
              ? 'logged in (provider asserted MFA)'
              : 'logged in',
          who,
        ),
      );
      const session = await createSession(trx, ctx.config, account.userId, {
        mfaPending,
        identityProvider: 'professional',
        ...clientInfo,
      });
      return { session, redirectTo: mfaPending ? '/login?stap=code' : returnTo };
    });
  } catch (error) {
    // The name at the provider is kept only as a keyed hash, like an unknown username at the password login.
    if (error instanceof OidcLoginFailed && error.reason === 'unknown_professional') {
      const name = accountClaim(claims, settings.claim);
      error.who = {
        actor_username: `unknown:${keyedHash(deriveKey(ctx.config.appSecret, 'login-username v1'), name).slice(0, 32)}`,
      };
    }
    throw error;
  }
}

/** The provider's end-session URL for a session that came from it, or null (a password login). */
export async function endSessionUrl(config: Config, provider: IdentityProvider | null): Promise<string | null> {
  if (!provider) return null;
  const settings = providerSettings(config, provider);
  if (!settings) return null;
  try {
    const oidc = await clientFor(config, settings);
    if (!oidc.serverMetadata().end_session_endpoint) return null;
    return client
      .buildEndSessionUrl(oidc, { client_id: settings.clientId, post_logout_redirect_uri: postLogoutUrl(config) })
      .toString();
  } catch {
    return null;
  }
}
