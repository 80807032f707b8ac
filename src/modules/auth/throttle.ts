// How failed logins slow an attacker down without locking anyone out for long, and without
// telling a known account from an unknown one (docs/privacy.md, "Logging in").
//  - per account name (known or not: the key is an HMAC of the typed name, so both count alike):
//    LOGIN_MAX_FAILURES free, then a wait (LOGIN_FIRST_WAIT_SECONDS) that doubles per failure up to
//    LOGIN_LOCK_MINUTES;
//  - per source address: LOGIN_IP_MAX_FAILURES free, then the same growing wait;
//  - second-factor codes per account, across sessions and not reset by a correct password:
//    TOTP_MAX_FAILURES free, then the second step is locked for LOGIN_LOCK_MINUTES, doubling.
import type { Config } from '../../config.js';
import { deriveKey, keyedHash } from '../../platform/crypto/keys.js';
import type { Tx } from '../../platform/db/transaction.js';
import { clearThrottle, type FailurePolicy, throttleKey } from '../../platform/throttle.js';

const DAY = 24 * 3600;

export function loginKeys(config: Config, username: string, ip: string | undefined) {
  return {
    name: throttleKey(config, 'login-name', normaliseUsername(username)),
    address: throttleKey(config, 'login-ip', ip ?? 'unknown'),
  };
}

export const totpKey = (config: Config, userId: string) => throttleKey(config, 'totp', userId);

export function namePolicy(config: Config): FailurePolicy {
  return {
    free: config.loginMaxFailures,
    baseSeconds: config.loginFirstWaitSeconds,
    maxSeconds: config.loginLockMinutes * 60,
    forgetSeconds: DAY,
  };
}
export function addressPolicy(config: Config): FailurePolicy {
  return {
    free: config.loginIpMaxFailures,
    baseSeconds: config.loginFirstWaitSeconds,
    maxSeconds: config.loginLockMinutes * 60,
    forgetSeconds: DAY,
  };
}
export function totpPolicy(config: Config): FailurePolicy {
  return {
    free: config.totpMaxFailures,
    baseSeconds: config.loginLockMinutes * 60,
    maxSeconds: DAY,
    forgetSeconds: DAY,
  };
}

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * What the audit log keeps of a name that matches no account: a keyed hash, never the text (a
 * password typed into the username field would otherwise stay in the append-only log for years).
 * The privacy officer can still see repeated attempts on one name; the key is not in the database.
 */
export function unknownUsernameRef(config: Config, username: string): string {
  return `unknown:${keyedHash(deriveKey(config.appSecret, 'login-username v1'), normaliseUsername(username)).slice(0, 32)}`;
}

/** An administrator's unlock: forgets the account's login and second-factor failures. */
export async function clearAccountThrottle(db: Tx, config: Config, user: { id: string; username: string }) {
  await clearThrottle(db, [loginKeys(config, user.username, undefined).name, totpKey(config, user.id)]);
}
