// SQL of matches: lists for the board, one match with its history, and the facts the lifecycle checks.
import { sql } from 'kysely';
import type { Grant, ScopeGrant } from '../../../platform/access/authorize.js';
import type { MatchStatus } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import type { MatchFacts } from './transitions.js';
import { areaMunicipalitiesSql } from '../area/area.js';
import { containsPattern, fetchPage } from '../../../platform/http/paging.js';
import type { MatchSort } from './schemas.js';

function baseSelect(trx: Tx) {
  return trx
    .selectFrom('support_match as m')
    .innerJoin('support_request as r', 'r.id', 'm.request_id')
    .innerJoin('support_family as f', 'f.id', 'm.family_id')
    .leftJoin('neighbourhood as rn', 'rn.code', 'r.neighbourhood_code')
    .leftJoin('neighbourhood as fn', 'fn.code', 'f.neighbourhood_code')
    .select([
      'm.id',
      'm.status',
      'm.score',
      'm.proposed_at',
      'm.started_at',
      'm.ended_at',
      'm.end_reason',
      'm.end_note',
      'm.evaluation',
      'm.request_accepted_at',
      'm.family_accepted_at',
      'm.request_id',
      'm.family_id',
      'r.municipality_code',
      'r.reference as r_reference',
      'r.given_name as r_given_name',
      'r.family_name as r_family_name',
      'r.email as r_email',
      'r.phone as r_phone',
      'rn.name as r_neighbourhood',
      'f.reference as f_reference',
      'f.given_name as f_given_name',
      'f.family_name as f_family_name',
      'f.email as f_email',
      'f.phone as f_phone',
      'fn.name as f_neighbourhood',
      'f.foster_interest_at',
      sql<number>`(SELECT count(*)::int FROM support_match_reminder mr WHERE mr.match_id = m.id AND mr.done_at IS NULL)`.as(
        'open_reminders',
      ),
    ]);
}
export type MatchRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export async function listMatches(
  trx: Tx,
  grant: ScopeGrant<'support_board'>,
  filter: { status?: MatchStatus | undefined; q?: string | undefined; sort: MatchSort; page: number; pageSize: number },
) {
  // The board shows the coordinator's own area: taken from the grant's actor, not from the caller.
  let q = baseSelect(trx).where(sql<boolean>`r.municipality_code IN ${areaMunicipalitiesSql(grant.actor.userId)}`);
  q = filter.status ? q.where('m.status', '=', filter.status) : q.where('m.status', '<>', 'ended');
  if (filter.q) {
    // What a coordinator looks for: either family's reference or (first) name.
    const pattern = containsPattern(filter.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(r.reference)`, 'like', pattern),
        eb(sql`lower(f.reference)`, 'like', pattern),
        eb(sql`lower(r.given_name || ' ' || r.family_name)`, 'like', pattern),
        eb(sql`lower(f.given_name || ' ' || f.family_name)`, 'like', pattern),
      ]),
    );
  }
  if (filter.sort === 'newest') q = q.orderBy('m.proposed_at', 'desc');
  else if (filter.sort === 'oldest') q = q.orderBy('m.proposed_at');
  else q = q.orderBy('r.reference');
  return fetchPage(q.orderBy('m.id'), filter, (r) => r);
}

export async function getMatch(trx: Tx, grant: Grant<'support_match'>, lock = false): Promise<MatchRow> {
  let q = baseSelect(trx).where('m.id', '=', grant.subjectId);
  if (lock) q = q.forUpdate('m');
  const row = await q.executeTakeFirst();
  if (!row) throw new NotFoundError('support_match_not_found', { detail: 'No such match.' });
  return row;
}

export async function matchFacts(
  trx: Tx,
  grant: Grant<'support_match'>,
): Promise<MatchFacts & { requestAccepted: boolean; familyAccepted: boolean }> {
  const id = grant.subjectId;
  const events = await trx.selectFrom('support_match_event').select(['kind']).where('match_id', '=', id).execute();
  const agreements = await trx.selectFrom('support_match_agreement').select('id').where('match_id', '=', id).execute();
  const m = await trx
    .selectFrom('support_match')
    .select(['request_accepted_at', 'family_accepted_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    introductionsRequest: events.filter((e) => e.kind === 'introduction_request').length,
    introductionsFamily: events.filter((e) => e.kind === 'introduction_family').length,
    requestAccepted: m.request_accepted_at !== null,
    familyAccepted: m.family_accepted_at !== null,
    agreements: agreements.length,
  };
}

export async function matchHistory(trx: Tx, grant: Grant<'support_match'>) {
  const id = grant.subjectId;
  const events = await trx
    .selectFrom('support_match_event as e')
    .innerJoin('app_user as u', 'u.id', 'e.recorded_by')
    .select(['e.kind', 'e.to_status', sql<string>`e.happened_on::text`.as('happened_on'), 'e.note', 'u.display_name'])
    .where('e.match_id', '=', id)
    .orderBy('e.id')
    .execute();
  const agreements = await trx
    .selectFrom('support_match_agreement')
    .select(['what', 'how_often', 'recorded_at'])
    .where('match_id', '=', id)
    .orderBy('id')
    .execute();
  const reminders = await trx
    .selectFrom('support_match_reminder')
    .select(['id', 'offset_days', 'due_at', 'done_at'])
    .where('match_id', '=', id)
    .orderBy('offset_days')
    .execute();
  return { events, agreements, reminders };
}
