// RFC 6238 TOTP via otpauth. A code is accepted at most once (the last used time step is stored).
import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;

function totp(secretBase32: string, label = 'keukentafel'): TOTP {
  return new TOTP({
    issuer: 'Keukentafel',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, username: string): string {
  return totp(secretBase32, username).toString();
}

/** Returns the matched time step, or null. Accepts one step of clock drift either way. */
export function checkTotp(
  secretBase32: string,
  code: string,
  lastUsedStep: number | null,
  now = Date.now(),
): number | null {
  const delta = totp(secretBase32).validate({ token: code, window: 1, timestamp: now });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totp(secretBase32).generate({ timestamp: now });
}
