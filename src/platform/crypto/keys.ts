// Purpose-bound keys derived from APP_SECRET (HKDF-SHA256). Each use gets its own key, so a key
// that leaks from one use (a log, a table) says nothing about another; none is ever stored.
import { createHmac, hkdfSync } from 'node:crypto';

export type KeyPurpose = 'audit-seal v1' | 'login-username v1' | 'throttle v1';

const cache = new Map<string, Buffer>();

export function deriveKey(appSecret: string, purpose: KeyPurpose): Buffer {
  return hkdfOnce(appSecret, purpose);
}

/** HKDF-SHA256 of APP_SECRET for `purpose`, derived once per process (a dossier read opened a BSN vault, two derivations, per request). */
export function hkdfOnce(appSecret: string, purpose: string): Buffer {
  const cacheKey = `${purpose}\u0000${appSecret}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', appSecret, 'keukentafel', purpose, 32));
    cache.set(cacheKey, key);
  }
  return key;
}

export function keyedHash(key: Buffer, input: string): string {
  return createHmac('sha256', key).update(input, 'utf8').digest('hex');
}
