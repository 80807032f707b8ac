// Test-only helpers for the referral index: synthetic elfproef-valid BSNs and registrants.
import type { Kysely } from 'kysely';
import type { DB, OrganisationType, Role } from '../platform/db/schema.js';
import { login, type Session, type TestApp } from './app.js';
import { buildUser, ensureGeography } from './factories.js';

let counter = 0;

/** A fresh nine-digit number that passes the elfproef (synthetic test range, starting with 9). */
export function nextBsn(): string {
  for (;;) {
    counter += 1;
    // 7919 is prime, so counter × 7919 mod 10⁷ never repeats within a run (random stems collided now and then).
    const stem = `9${String((counter * 7919) % 1e7).padStart(7, '0')}`;
    const sum = [...stem].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
    const check = sum % 11;
    if (check < 10) return `${stem}${check}`;
  }
}

export async function buildOrganisationIn(
  db: Kysely<DB>,
  type: OrganisationType,
  municipality = '0193',
): Promise<string> {
  await ensureGeography(db);
  const row = await db
    .insertInto('organisation')
    .values({
      name: `${type} ${Math.random().toString(36).slice(2, 10)}`,
      type,
      agb_code: type === 'care_provider' ? `9${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` : null,
      municipality_code: municipality,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface Registrant {
  id: string;
  username: string;
  organisationId: string;
  session: Session;
}

export async function buildRegistrant(
  t: TestApp,
  type: OrganisationType,
  roles: Role[] = ['signaller'],
): Promise<Registrant> {
  const organisationId = await buildOrganisationIn(t.db.kysely, type);
  const user = await buildUser(t.db.kysely, roles, {
    organisationId,
    email: `${Math.random().toString(36).slice(2, 10)}@example.test`,
  });
  return { ...user, organisationId, session: await login(t.app, user.username) };
}

export function registration(bsn: string, extra: Record<string, unknown> = {}) {
  return {
    bsn,
    birthDate: '2014-05-06',
    riskGround: 'e',
    contactName: 'Mentor De Vries',
    contactPhone: '038-1234567',
    contactEmail: 'mentor@school.example',
    ...extra,
  };
}
