// What Keukentafel keeps of an identity at a provider: a keyed hash of its subject (some DigiD
// brokers use the BSN as subject, so the subject itself is never stored).
import { createHmac, hkdfSync } from 'node:crypto';
import type { Config } from '../../../config.js';

const keys = new Map<string, Buffer>();

export function subjectHash(config: Config, subject: string): string {
  let key = keys.get(config.appSecret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', config.appSecret, 'keukentafel', 'oidc-subject v1', 32));
    keys.set(config.appSecret, key);
  }
  return createHmac('sha256', key).update(subject, 'utf8').digest('hex');
}
