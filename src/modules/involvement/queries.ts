// Reading the referral index. Every function takes the Grant that authorize() returned, so none
// can run without the audited need-to-know decision.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Grant, ScopeGrant } from '../../platform/access/authorize.js';
import { maskBsn, type BsnVault } from '../../platform/bsn.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { containsPattern } from '../../platform/http/paging.js';
import { NotFoundError } from '../../platform/errors.js';
import { ageOn, today } from '../../platform/clock.js';
import { informAudience } from './rules.js';
import type { RegistrationSort, RegistrationView } from './schemas.js';

type RegGrant = Grant<'involvement_registration'>;
type RegScopeGrant = ScopeGrant<'involvement_registration'>;

/** JSON carries timestamps as text: give them back as Date, as the driver would. */
export const asDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

/**
 * A registration with its open matches and its history notices (aggregated to JSON in SQL), so a
 * list of any length is one statement.
 */
function registrationQuery(db: Queryable) {
  return db
    .selectFrom('involvement_registration as r')
    .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'r.registered_by')
    .select((eb) => [
      'r.id',
      'r.organisation_id',
      'o.name as organisation_name',
      'r.municipality_code',
      'r.youth_bsn_enc',
      sql<string>`r.youth_birth_date::text`.as('birth_date'),
      'r.risk_ground',
      'r.contact_name',
      'r.contact_phone',
      'r.contact_email',
      'r.registered_at',
      'u.display_name as registered_by_name',
      'r.api_key_id',
      sql<string>`r.ends_on::text`.as('ends_on'),
      'r.informed_at',
      jsonArrayFrom(
        eb
          .selectFrom('involvement_match_member as mm')
          .innerJoin('involvement_match as m', 'm.id', 'mm.match_id')
          .select(['m.id', 'm.kind'])
          .whereRef('mm.registration_id', '=', 'r.id')
          .where('m.closed_at', 'is', null)
          .orderBy('m.created_at')
          .orderBy('m.id'),
      ).as('matches'),
      jsonArrayFrom(
        eb
          .selectFrom('involvement_archive as a')
          .innerJoin('organisation as ao', 'ao.id', 'a.organisation_id')
          .select(['ao.name', 'a.contact_name', 'a.contact_phone', 'a.registered_at', 'a.ended_at'])
          .whereRef('a.notice_registration_id', '=', 'r.id')
          .orderBy('a.registered_at')
          .orderBy('a.id'),
      ).as('notices'),
    ]);
}

type RegistrationRow = Awaited<ReturnType<ReturnType<typeof registrationQuery>['executeTakeFirstOrThrow']>>;

export function presentRegistration(r: RegistrationRow, vault: BsnVault, on: string): RegistrationView {
  return {
    id: r.id,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    municipalityCode: r.municipality_code,
    bsnMasked: maskBsn(vault.open(r.youth_bsn_enc)),
    birthDate: r.birth_date,
    age: ageOn(r.birth_date, on),
    riskGround: r.risk_ground,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    registeredAt: r.registered_at,
    registeredBy: r.registered_by_name,
    via: r.api_key_id ? 'api' : 'web',
    endsOn: r.ends_on,
    informing: { audience: informAudience(r.birth_date, on), informedAt: r.informed_at },
    matches: r.matches.map((m) => ({ id: m.id, kind: m.kind })),
    historyNotices: r.notices.map((n) => ({
      organisationName: n.name,
      contactName: n.contact_name,
      contactPhone: n.contact_phone,
      registeredAt: asDate(n.registered_at),
      endedAt: asDate(n.ended_at),
    })),
  };
}

export interface RegistrationFilter {
  informingOpen: boolean;
  q?: string | undefined;
  sort: RegistrationSort;
}

/**
 * The organisation's active registrations, ordered, for one page (AuditedRead.page). Searched by
 * the young person's full BSN (through its keyed hash: the index stores no readable number) or
 * the contact's name.
 */
export function registrationListQuery(
  db: Queryable,
  grant: RegScopeGrant,
  vault: BsnVault,
  filter: RegistrationFilter,
) {
  let q = registrationQuery(db).where('r.organisation_id', '=', grant.actor.organisationId);
  if (filter.informingOpen) q = q.where('r.informed_at', 'is', null);
  if (filter.q) {
    const digits = filter.q.replace(/[\s.-]/g, '');
    q = /^[0-9]{9}$/.test(digits)
      ? q.where('r.youth_bsn_hash', '=', vault.index(digits))
      : q.where(sql<boolean>`lower(r.contact_name) like ${containsPattern(filter.q)}`);
  }
  if (filter.sort === 'ends_on') q = q.orderBy('r.ends_on').orderBy('r.registered_at', 'desc');
  else if (filter.sort === 'oldest') q = q.orderBy('r.registered_at');
  else q = q.orderBy('r.registered_at', 'desc');
  return q.orderBy('r.id');
}

/** The one registration a grant was issued for (of the grant holder's organisation). */
export async function getRegistration(db: Queryable, grant: RegGrant, vault: BsnVault): Promise<RegistrationView> {
  const row = await registrationQuery(db)
    .where('r.organisation_id', '=', grant.actor.organisationId)
    .where('r.id', '=', grant.subjectId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('registration_not_found', { detail: 'No such registration.' });
  return presentRegistration(row, vault, today());
}
