// The referral index's legal rules as pure functions (Jeugdwet §7.1): who may be registered
// (under 23), when a registration ends (at most two years, never after the 23rd birthday), and whom
// to inform (the age rule of Jeugdwet 7.3.4: under 12 the parents, 12–16 youth and parents, 16+ youth).
import { addYears, format, parseISO } from 'date-fns';
import { ageOn } from '../../platform/clock.js';
import { consentRule, type ConsentRule } from '../families/consent-rule.js';

export const MAX_YEARS = 2;
export const AGE_LIMIT = 23;
export const ARCHIVE_YEARS = 5;

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The 23rd birthday (29 February births: 28 February, as date-fns does). */
export function twentyThirdBirthday(birthDate: string): string {
  return iso(addYears(parseISO(birthDate), AGE_LIMIT));
}

/** The latest allowed removal date for a registration made on `today`. */
export function latestEndsOn(birthDate: string, today: string): string {
  const twoYears = iso(addYears(parseISO(today), MAX_YEARS));
  const birthday = twentyThirdBirthday(birthDate);
  return twoYears < birthday ? twoYears : birthday;
}

export type EndsOnCheck =
  { ok: true; endsOn: string } | { ok: false; reason: 'not_born' | 'too_old' | 'ends_in_past' | 'ends_too_late' };

export function decideEndsOn(birthDate: string, today: string, requested?: string): EndsOnCheck {
  if (birthDate > today) return { ok: false, reason: 'not_born' };
  // The same date-fns birthday as the removal date and the expiry job (29 February → 28 February), not a separate age count.
  if (twentyThirdBirthday(birthDate) <= today) return { ok: false, reason: 'too_old' };
  const latest = latestEndsOn(birthDate, today);
  if (!requested) return { ok: true, endsOn: latest };
  if (requested <= today) return { ok: false, reason: 'ends_in_past' };
  if (requested > latest) return { ok: false, reason: 'ends_too_late' };
  return { ok: true, endsOn: requested };
}

export type InformAudience = ConsentRule;

export function informAudience(birthDate: string, on: string): InformAudience {
  return consentRule(ageOn(birthDate, on));
}

/** When an archived registration is purged. */
export function purgeAfter(endedAt: Date): Date {
  return addYears(endedAt, ARCHIVE_YEARS);
}

/** Address key for matching: postcode without space, upper case, and the house number as written, normalised. */
export function addressKey(postcode: string, houseNumber: string): string {
  return `address:${postcode.replace(/\s+/g, '').toUpperCase()}|${houseNumber.replace(/\s+/g, '').toUpperCase()}`;
}
