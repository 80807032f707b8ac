// Reading the referral index. Every function takes the Grant that authorize() returned, so none
// can run without the audited need-to-know decision.
import { sql } from 'kysely';
import { abilities } from '../../platform/access/abilities.js';
import { relatedTrajectoryIds } from '../../platform/access/relationships.js';
import type { Grant, ScopeGrant } from '../../platform/access/authorize.js';
import { maskBsn, type BsnVault } from '../../platform/bsn.js';
import type { Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { ageOn, today } from '../../platform/clock.js';
import { informAudience } from './rules.js';
import type { MatchView, RegistrationView } from './schemas.js';

type RegGrant = Grant<'involvement_registration'>;
type RegScopeGrant = ScopeGrant<'involvement_registration'>;

function registrationQuery(trx: Tx) {
  return trx
    .selectFrom('involvement_registration as r')
    .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'r.registered_by')
    .select([
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
    ]);
}

/** At most this many registrations per list (newest first); the list says when there were more. */
export const REGISTRATION_LIST_CAP = 500;

/** Returns up to REGISTRATION_LIST_CAP + 1 views, so the caller can tell the list was cut off. */
export async function listRegistrations(
  trx: Tx,
  grant: RegGrant | RegScopeGrant,
  vault: BsnVault,
  opts: { informingOpen?: boolean } = {},
): Promise<RegistrationView[]> {
  let q = registrationQuery(trx).where('r.organisation_id', '=', grant.actor.organisationId);
  if (opts.informingOpen) q = q.where('r.informed_at', 'is', null);
  // A grant for one registration reads that one only.
  if (grant.subjectId !== null) q = q.where('r.id', '=', grant.subjectId);
  const rows = await q
    .orderBy('r.registered_at', 'desc')
    .orderBy('r.id')
    .limit(REGISTRATION_LIST_CAP + 1)
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const matches = await trx
    .selectFrom('involvement_match_member as mm')
    .innerJoin('involvement_match as m', 'm.id', 'mm.match_id')
    .select(['mm.registration_id', 'm.id', 'm.kind'])
    .where('mm.registration_id', 'in', ids)
    .where('m.closed_at', 'is', null)
    .execute();
  const notices = await trx
    .selectFrom('involvement_archive as a')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .select([
      'a.notice_registration_id',
      'o.name',
      'a.contact_name',
      'a.contact_phone',
      'a.registered_at',
      'a.ended_at',
    ])
    .where('a.notice_registration_id', 'in', ids)
    .execute();
  const on = today();
  return rows.map((r) => ({
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
    matches: matches.filter((m) => m.registration_id === r.id).map((m) => ({ id: m.id, kind: m.kind })),
    historyNotices: notices
      .filter((n) => n.notice_registration_id === r.id)
      .map((n) => ({
        organisationName: n.name,
        contactName: n.contact_name,
        contactPhone: n.contact_phone,
        registeredAt: n.registered_at,
        endedAt: n.ended_at,
      })),
  }));
}

export async function getRegistration(trx: Tx, grant: RegGrant, vault: BsnVault): Promise<RegistrationView> {
  const [view] = await listRegistrations(trx, grant, vault);
  if (!view) throw new NotFoundError('registration_not_found', { detail: 'No such registration.' });
  return view;
}

type MatchGrant = Grant<'involvement_match'>;
type MatchScopeGrant = ScopeGrant<'involvement_match'>;

/** Matches the caller coordinates (directly or as the municipality's coordinator) or is a party to. */
export async function listMatchIds(trx: Tx, grant: MatchScopeGrant): Promise<string[]> {
  const { userId, organisationId } = grant.actor;
  const rows = await trx
    .selectFrom('involvement_match as m')
    .select(['m.id', 'm.created_at'])
    .where((eb) =>
      eb.or([
        eb('m.coordinator_id', '=', userId),
        eb(
          'm.municipality_code',
          'in',
          eb.selectFrom('involvement_coordinator').select('municipality_code').where('user_id', '=', userId),
        ),
        eb.exists(
          eb
            .selectFrom('involvement_match_member as mm')
            .innerJoin('involvement_registration as r', 'r.id', 'mm.registration_id')
            .select('r.id')
            .whereRef('mm.match_id', '=', 'm.id')
            .where('r.organisation_id', '=', organisationId),
        ),
      ]),
    )
    .orderBy('m.closed_at', 'desc')
    .orderBy('m.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => r.id);
}

/** The one match a grant was issued for. */
export async function loadMatch(trx: Tx, grant: MatchGrant): Promise<MatchView> {
  const [view] = await loadMatches(trx, grant, [grant.subjectId]);
  if (!view) throw new NotFoundError('match_not_found', { detail: 'No such match.' });
  return { ...view, child: await matchChild(trx, grant) };
}

/**
 * Which young person a match is about, for its reader. The index itself holds no names: the name and
 * dossier number come from a family the reader already works with (an open trajectory where they are
 * regisseur or member) holding a person with the registered BSN; the birth date only from the
 * reader's own organisation's registration. Nothing beyond what the reader may already see.
 */
async function matchChild(trx: Tx, grant: MatchGrant): Promise<MatchView['child']> {
  const me = grant.actor.userId;
  const related = relatedTrajectoryIds(trx, me);
  const row = await trx
    .selectFrom('involvement_match_member as mm')
    .innerJoin('involvement_registration as r', 'r.id', 'mm.registration_id')
    .select([
      sql<
        string | null
      >`CASE WHEN r.organisation_id = ${grant.actor.organisationId} THEN r.youth_birth_date::text END`.as('birth_date'),
      sql<string | null>`(SELECT json_build_object('name', p.given_name || ' ' || p.family_name, 'familyId', f.id,
        'reference', f.reference)::text FROM person p JOIN family f ON f.id = p.family_id
        JOIN trajectory t ON t.family_id = f.id
        WHERE p.bsn_hash = r.youth_bsn_hash AND t.status <> 'closed' AND t.id IN (${related})
        ORDER BY f.reference LIMIT 1)`.as('known'),
    ])
    .where('mm.match_id', '=', grant.subjectId)
    .execute();
  const known = row.map((r) => r.known).find((k) => k !== null);
  const family = known ? (JSON.parse(known) as { name: string; familyId: string; reference: string }) : null;
  const birthDate = row.map((r) => r.birth_date).find((d) => d !== null) ?? null;
  if (!family && !birthDate) return null;
  return {
    name: family?.name ?? null,
    familyId: family?.familyId ?? null,
    familyReference: family?.reference ?? null,
    birthDate,
  };
}

export async function loadMatches(trx: Tx, grant: MatchGrant | MatchScopeGrant, ids: string[]): Promise<MatchView[]> {
  if (ids.length === 0) return [];
  const matches = await trx
    .selectFrom('involvement_match as m')
    .innerJoin('municipality as mu', 'mu.code', 'm.municipality_code')
    .leftJoin('app_user as c', 'c.id', 'm.coordinator_id')
    .leftJoin('app_user as rb', 'rb.id', 'm.contact_recorded_by')
    .select([
      'm.id',
      'm.kind',
      'm.municipality_code',
      'mu.name as municipality_name',
      'm.created_at',
      'm.coordinator_id',
      'm.coordinator_source',
      'c.display_name as coordinator_name',
      'm.contact_recorded_at',
      'rb.display_name as recorded_by_name',
      'm.contact_note',
      'm.contact_method',
      'm.closed_at',
      // "I coordinate this" in the same query: directly, or as the municipality's match coordinator.
      sql<boolean>`coalesce(m.coordinator_id = ${grant.actor.userId}, false) OR EXISTS (SELECT 1 FROM involvement_coordinator ic WHERE ic.municipality_code = m.municipality_code AND ic.user_id = ${grant.actor.userId})`.as(
        'coordinating',
      ),
    ])
    .where('m.id', 'in', ids)
    .execute();
  const parties = await trx
    .selectFrom('involvement_match_member as mm')
    .innerJoin('involvement_registration as r', 'r.id', 'mm.registration_id')
    .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
    .select([
      'mm.match_id',
      'r.organisation_id',
      'o.name',
      'r.contact_name',
      'r.contact_phone',
      'r.contact_email',
      'r.registered_at',
    ])
    .where('mm.match_id', 'in', ids)
    .orderBy('r.registered_at')
    .execute();
  const views: MatchView[] = [];
  for (const m of matches) {
    const coordinating = m.coordinating;
    views.push({
      id: m.id,
      kind: m.kind,
      municipality: { code: m.municipality_code, name: m.municipality_name },
      createdAt: m.created_at,
      coordinator: m.coordinator_name ? { name: m.coordinator_name, source: m.coordinator_source } : null,
      contactRecordedAt: m.contact_recorded_at,
      contactRecordedBy: m.recorded_by_name,
      contactMethod: m.contact_method,
      // The free-text note is for the coordinator(s); other parties see only that, when and how contact was made.
      contactNote: coordinating ? m.contact_note : null,
      closedAt: m.closed_at,
      child: null,
      parties: parties
        .filter((p) => p.match_id === m.id)
        .map((p) => ({
          organisationName: p.name,
          contactName: p.contact_name,
          contactPhone: p.contact_phone,
          contactEmail: p.contact_email,
          registeredAt: p.registered_at,
          mine: p.organisation_id === grant.actor.organisationId,
        })),
      // Asked of the match policy for open matches only: a closed match refuses contact (409) anyway.
      abilities: await abilities(trx, grant.actor, {
        recordContact: m.closed_at === null && { subject: 'involvement_match', id: m.id, action: 'update' },
      }),
    });
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return views.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
