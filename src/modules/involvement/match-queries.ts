// Reading referral-index matches: one statement per list page (parties aggregated to JSON in SQL)
// and per match. Every function takes the Grant that the audited decision returned.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { abilities } from '../../platform/access/abilities.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Grant, ScopeGrant } from '../../platform/access/authorize.js';
import { relatedTrajectoryIds } from '../../platform/access/relationships.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { containsPattern } from '../../platform/http/paging.js';
import { asDate } from './queries.js';
import type { MatchSort, MatchView } from './schemas.js';

type MatchGrant = Grant<'involvement_match'>;
type MatchScopeGrant = ScopeGrant<'involvement_match'>;

/** "I coordinate this": directly, or as the municipality's match coordinator (policy.ts coordinatesMatch). */
const coordinating = (userId: string) =>
  sql<boolean>`(coalesce(m.coordinator_id = ${userId}, false) OR EXISTS (SELECT 1 FROM involvement_coordinator ic
    WHERE ic.municipality_code = m.municipality_code AND ic.user_id = ${userId}))`;

/**
 * Awaiting my follow-up: open, contact not yet recorded, and I coordinate it — exactly the matches on
 * which the match policy lets a registrant record contact (the list's decision already required the
 * registrant role), so the list's `recordContact` flag needs no decision per match.
 */
const awaitingMe = (userId: string) =>
  sql<boolean>`(m.closed_at IS NULL AND m.contact_recorded_at IS NULL AND ${coordinating(userId)})`;

function matchQuery(db: Queryable, actor: Actor) {
  return db
    .selectFrom('involvement_match as m')
    .innerJoin('municipality as mu', 'mu.code', 'm.municipality_code')
    .leftJoin('app_user as c', 'c.id', 'm.coordinator_id')
    .leftJoin('app_user as rb', 'rb.id', 'm.contact_recorded_by')
    .select((eb) => [
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
      coordinating(actor.userId).as('coordinating'),
      jsonArrayFrom(
        eb
          .selectFrom('involvement_match_member as mm')
          .innerJoin('involvement_registration as r', 'r.id', 'mm.registration_id')
          .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
          .select([
            'r.organisation_id',
            'o.name',
            'r.contact_name',
            'r.contact_phone',
            'r.contact_email',
            'r.registered_at',
          ])
          .whereRef('mm.match_id', '=', 'm.id')
          .orderBy('r.registered_at')
          .orderBy('r.id'),
      ).as('parties'),
    ]);
}

type MatchRow = Awaited<ReturnType<ReturnType<typeof matchQuery>['executeTakeFirstOrThrow']>>;

function presentMatch(m: MatchRow, actor: Actor, recordContact: boolean): MatchView {
  return {
    id: m.id,
    kind: m.kind,
    municipality: { code: m.municipality_code, name: m.municipality_name },
    createdAt: m.created_at,
    coordinator: m.coordinator_name ? { name: m.coordinator_name, source: m.coordinator_source } : null,
    contactRecordedAt: m.contact_recorded_at,
    contactRecordedBy: m.recorded_by_name,
    contactMethod: m.contact_method,
    // The free-text note is for the coordinator(s); other parties see only that, when and how contact was made.
    contactNote: m.coordinating ? m.contact_note : null,
    closedAt: m.closed_at,
    child: null,
    parties: m.parties.map((p) => ({
      organisationName: p.name,
      contactName: p.contact_name,
      contactPhone: p.contact_phone,
      contactEmail: p.contact_email,
      registeredAt: asDate(p.registered_at),
      mine: p.organisation_id === actor.organisationId,
    })),
    abilities: { recordContact },
  };
}

export interface MatchFilter {
  q?: string | undefined;
  sort: MatchSort;
}

/**
 * The matches the caller coordinates (directly or as the municipality's coordinator) or is a party
 * to, ordered, for one page (AuditedRead.page), with how many of them in all await the caller's
 * follow-up (a window count, same statement). Searched by a party's organisation or contact name,
 * or the municipality's name.
 */
export function matchListQuery(db: Queryable, grant: MatchScopeGrant, filter: MatchFilter) {
  const { userId, organisationId } = grant.actor;
  let q = matchQuery(db, grant.actor)
    .select([
      awaitingMe(userId).as('awaiting_me'),
      sql<string>`count(*) filter (where ${awaitingMe(userId)}) over ()`.as('awaiting_me_total'),
    ])
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
    );
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(mu.name)`, 'like', pattern),
        eb.exists(
          eb
            .selectFrom('involvement_match_member as sm')
            .innerJoin('involvement_registration as sr', 'sr.id', 'sm.registration_id')
            .innerJoin('organisation as so', 'so.id', 'sr.organisation_id')
            .select('sr.id')
            .whereRef('sm.match_id', '=', 'm.id')
            .where((w) =>
              w.or([w(sql`lower(so.name)`, 'like', pattern), w(sql`lower(sr.contact_name)`, 'like', pattern)]),
            ),
        ),
      ]),
    );
  }
  if (filter.sort === 'attention') q = q.orderBy(sql`awaiting_me DESC`);
  // Open matches (closed_at null sorts first, descending) newest first, then the closed ones.
  return q.orderBy('m.closed_at', 'desc').orderBy('m.created_at', 'desc').orderBy('m.id');
}

/** One list row as the match view; its follow-up flag is the SQL rule above. */
export function presentListedMatch(row: MatchRow, actor: Actor): MatchView {
  return presentMatch(row, actor, row.closed_at === null && row.coordinating);
}

/** The one match a grant was issued for, with its ability asked of the match policy, and the child. */
export async function loadMatch(db: Queryable, grant: MatchGrant): Promise<MatchView> {
  const row = await matchQuery(db, grant.actor).where('m.id', '=', grant.subjectId).executeTakeFirst();
  if (!row) throw new NotFoundError('match_not_found', { detail: 'No such match.' });
  // Asked of the match policy for an open match only: a closed match refuses contact (409) anyway.
  const { recordContact } = await abilities(db, grant.actor, {
    recordContact: row.closed_at === null && { subject: 'involvement_match', id: row.id, action: 'update' },
  });
  return { ...presentMatch(row, grant.actor, recordContact), child: await matchChild(db, grant) };
}

/**
 * Which young person a match is about, for its reader. The index itself holds no names: the name and
 * dossier number come from a family the reader already works with (an open trajectory where they are
 * regisseur or member) holding a person with the registered BSN; the birth date only from the
 * reader's own organisation's registration. Nothing beyond what the reader may already see.
 */
async function matchChild(db: Queryable, grant: MatchGrant): Promise<MatchView['child']> {
  const me = grant.actor.userId;
  const related = relatedTrajectoryIds(db, me);
  const row = await db
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
