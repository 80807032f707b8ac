// The citizen service number (BSN): the elfproef, encryption at rest, a keyed hash to find a person
// by BSN without decrypting, and masking. A BSN never goes into logs, URLs or audit descriptions.
import { createHmac } from 'node:crypto';
import { hkdfOnce } from './crypto/keys.js';
import { SecretBox } from './crypto/secret-box.js';

/** Elfproef: (9·d1 + 8·d2 + … + 2·d8 − 1·d9) mod 11 = 0, nine digits, not all zeros. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const d = [...bsn].map(Number);
  const sum = d.slice(0, 8).reduce((acc, x, i) => acc + x * (9 - i), 0) - (d[8] as number);
  return sum % 11 === 0 && bsn !== '000000000';
}

/** `*****6789`: enough to tell two people apart on screen, not enough to identify anyone. */
export function maskBsn(bsn: string): string {
  return `*****${bsn.slice(-4)}`;
}

export class BsnVault {
  private readonly box: SecretBox;
  private readonly indexKey: Buffer;

  constructor(appSecret: string) {
    this.box = new SecretBox(appSecret, 'bsn');
    this.indexKey = hkdfOnce(appSecret, 'bsn-index');
  }

  seal(bsn: string): string {
    return this.box.seal(bsn);
  }

  open(sealed: string): string {
    return this.box.open(sealed);
  }

  /** Deterministic HMAC-SHA256: equal BSNs give equal hashes, and without APP_SECRET it cannot be reversed by trying all BSNs. */
  index(bsn: string): string {
    return createHmac('sha256', this.indexKey).update(bsn, 'utf8').digest('hex');
  }
}
