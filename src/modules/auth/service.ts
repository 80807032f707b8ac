// Login, second factor, logout. Failures are counted in shared counters (throttle.ts) that slow
// an attacker down; the counting commits even though the request answers with an error.
import type { Config } from '../../config.js';
import type { RequestContext } from '../../platform/access/context.js';
import { recordEvent } from '../../platform/access/authorize.js';
import { hashPassword, verifyPassword } from '../../platform/crypto/password.js';
import { SecretBox } from '../../platform/crypto/secret-box.js';
import { checkTotp, newTotpSecret, totpUri } from '../../platform/crypto/totp.js';
import type { NewAuditEvent } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import {
  ConflictError,
  LockedError,
  TooManyRequestsError,
  UnauthenticatedError,
  ValidationError,
} from '../../platform/errors.js';
import { blockedFor, clearThrottle, recordFailure } from '../../platform/throttle.js';
import { loadMe, totpRequiredFor } from './me.js';
import { createSession, csrfTokenFor, type NewSession } from './sessions.js';
import { addressPolicy, loginKeys, namePolicy, totpKey, totpPolicy, unknownUsernameRef } from './throttle.js';
import type { LoginResult, Me } from './schemas.js';

export interface ClientInfo {
  userAgent?: string | undefined;
  ip?: string | undefined;
}
export interface SessionOutcome {
  session: NewSession;
  result: LoginResult;
}

const totpBox = (config: Config) => new SecretBox(config.appSecret, 'totp');

function loginEvent(
  ctx: RequestContext,
  outcome: 'allowed' | 'denied' | 'failed',
  user: { id: string | null; username: string; org?: string | null },
  what: string,
): NewAuditEvent {
  return {
    request_id: ctx.requestId,
    event: 'auth.login',
    action: 'login',
    outcome,
    actor_user_id: user.id,
    actor_username: user.username,
    actor_organisation_id: user.org ?? null,
    purpose: 'authentication',
    subject_type: 'session',
    subject_id: null,
    data_description: what,
  };
}

function throttledError(seconds: number): TooManyRequestsError {
  return new TooManyRequestsError('login_throttled', {
    detail: 'Too many failed attempts: wait the time in Retry-After, then try again.',
    retryAfterSeconds: seconds,
  });
}

function totpLockedError(seconds: number): LockedError {
  return new LockedError('totp_locked', {
    detail: 'Too many wrong codes: the second step is locked for the time in Retry-After.',
    retryAfterSeconds: seconds,
  });
}

export async function login(
  ctx: RequestContext,
  username: string,
  password: string,
  client: ClientInfo,
): Promise<SessionOutcome> {
  const { db, config } = ctx;
  const keys = loginKeys(config, username, client.ip);
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'password_hash', 'active', 'totp_enabled', 'roles', 'home_organisation_id'])
    .where('username', '=', username)
    .executeTakeFirst();
  const who = user
    ? { id: user.id, username, org: user.home_organisation_id }
    : { id: null, username: unknownUsernameRef(config, username) };
  // Known and unknown names take the same path: same queries, an argon2 check either way, the
  // same counters (keyed by the typed name), the same answers.
  const wait = await blockedFor(db, [keys.name, keys.address]);
  if (wait > 0) {
    await inTransaction(db, (trx) =>
      recordEvent(trx, loginEvent(ctx, 'denied', who, 'too many failures: slowed down')),
    );
    throw throttledError(wait);
  }
  const ok = await verifyPassword(user?.active ? user.password_hash : null, password);
  if (!user || !ok) {
    await inTransaction(db, async (trx) => {
      await recordEvent(trx, loginEvent(ctx, 'failed', who, user ? 'wrong password' : 'unknown username'));
      await recordFailure(trx, keys.name, namePolicy(config));
      await recordFailure(trx, keys.address, addressPolicy(config));
    });
    throw new UnauthenticatedError('invalid_credentials', { detail: 'Username or password is incorrect.' });
  }
  const enrolmentNeeded = !user.totp_enabled && (await totpRequiredFor(db, user.roles));
  const mfaPending = user.totp_enabled || enrolmentNeeded;
  return inTransaction(db, async (trx) => {
    // The address counter is not cleared: one valid account must not reset a spraying source.
    // Second-factor failures are not cleared either: only a correct code does that.
    await clearThrottle(trx, [keys.name]);
    await recordEvent(
      trx,
      loginEvent(ctx, 'allowed', who, mfaPending ? 'password ok, second factor pending' : 'logged in'),
    );
    const session = await createSession(trx, config, user.id, { mfaPending, ...client });
    const csrfToken = csrfTokenFor(config, session.tokenHash);
    if (!mfaPending) return { session, result: { status: 'ok', user: await loadMe(trx, user.id), csrfToken } };
    return { session, result: { status: user.totp_enabled ? 'totp_required' : 'totp_enrolment_required', csrfToken } };
  });
}

/** Completes a pending login with a TOTP code; the pending session is replaced by a fresh one. */
export async function completeTotp(
  ctx: RequestContext,
  pending: { id: string; userId: string },
  code: string,
  client: ClientInfo,
): Promise<SessionOutcome> {
  const { db, config } = ctx;
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'totp_secret_enc', 'totp_enabled', 'totp_last_step', 'home_organisation_id'])
    .where('id', '=', pending.userId)
    .executeTakeFirstOrThrow();
  const who = { id: user.id, username: user.username, org: user.home_organisation_id };
  const key = totpKey(config, user.id);
  const wait = await blockedFor(db, [key]);
  if (wait > 0) {
    await inTransaction(db, (trx) => recordEvent(trx, loginEvent(ctx, 'denied', who, 'second step locked')));
    throw totpLockedError(wait);
  }
  if (!user.totp_secret_enc)
    throw new UnauthenticatedError('totp_not_started', { detail: 'No second factor is set up.' });
  const step = checkTotp(totpBox(config).open(user.totp_secret_enc), code, user.totp_last_step);
  if (step === null) {
    const block = await inTransaction(db, async (trx) => {
      await recordEvent(trx, loginEvent(ctx, 'failed', who, 'wrong second-factor code'));
      return recordFailure(trx, key, totpPolicy(config));
    });
    if (block > 0) throw totpLockedError(block);
    throw new UnauthenticatedError('invalid_totp', { detail: 'The code is incorrect or was already used.' });
  }
  return inTransaction(db, async (trx) => {
    await clearThrottle(trx, [key]);
    await trx
      .updateTable('app_user')
      .set({ totp_last_step: step, totp_enabled: true, updated_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    // The new session keeps the pending one's identity provider (logout at the provider after an OIDC login).
    const replaced = await trx
      .deleteFrom('session')
      .where('id', '=', pending.id)
      .returning('identity_provider')
      .executeTakeFirst();
    await recordEvent(trx, loginEvent(ctx, 'allowed', who, 'second factor ok, logged in'));
    const session = await createSession(trx, config, user.id, {
      mfaPending: false,
      identityProvider: replaced?.identity_provider ?? null,
      ...client,
    });
    return {
      session,
      result: { status: 'ok', user: await loadMe(trx, user.id), csrfToken: csrfTokenFor(config, session.tokenHash) },
    };
  });
}

/** Starts TOTP enrolment: a new secret, stored encrypted, not yet enabled. */
export async function startTotpSetup(
  ctx: RequestContext,
  userId: string,
): Promise<{ secret: string; otpauthUrl: string }> {
  const secret = newTotpSecret();
  return inTransaction(ctx.db, async (trx) => {
    const user = await trx
      .updateTable('app_user')
      .set({ totp_secret_enc: totpBox(ctx.config).seal(secret), totp_enabled: false, totp_last_step: null })
      .where('id', '=', userId)
      .where('totp_enabled', '=', false)
      .returning('username')
      .executeTakeFirst();
    if (!user)
      throw new ConflictError('totp_already_enabled', {
        detail: 'Two-factor authentication is already on; turn it off first.',
      });
    return { secret, otpauthUrl: totpUri(secret, user.username) };
  });
}

export async function disableTotp(ctx: RequestContext, userId: string, password: string): Promise<void> {
  const user = await ctx.db
    .selectFrom('app_user')
    .select(['password_hash', 'roles'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, password)))
    throw new ValidationError('invalid_credentials', { detail: 'The password is incorrect.' });
  if (await totpRequiredFor(ctx.db, user.roles))
    throw new ConflictError('totp_required_by_role', { detail: 'Your role requires two-factor authentication.' });
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ totp_enabled: false, totp_secret_enc: null, totp_last_step: null, updated_at: new Date() })
      .where('id', '=', userId)
      .execute();
    await recordEvent(trx, {
      request_id: ctx.requestId,
      event: 'auth.totp_disabled',
      action: 'update',
      outcome: 'allowed',
      actor_user_id: userId,
      actor_username: ctx.actor?.username ?? null,
      purpose: 'authentication',
      subject_type: 'user',
      subject_id: userId,
    });
  });
}

export async function logout(ctx: RequestContext, sessionTokenHash: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const removed = await trx
      .deleteFrom('session')
      .where('token_hash', '=', sessionTokenHash)
      .returning('user_id')
      .executeTakeFirst();
    if (removed) {
      await recordEvent(trx, {
        request_id: ctx.requestId,
        event: 'auth.logout',
        action: 'logout',
        outcome: 'allowed',
        actor_user_id: removed.user_id,
        actor_username: ctx.actor?.username ?? null,
        purpose: 'authentication',
        subject_type: 'session',
      });
    }
  });
}

export async function currentUser(ctx: RequestContext, userId: string): Promise<Me> {
  return loadMe(ctx.db, userId);
}

export { hashPassword };
