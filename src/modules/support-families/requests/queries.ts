// SQL of requests (vraaggezinnen). Reads take a Grant: the audited decision comes first.
import { sql } from 'kysely';
import type { Grant, ScopeGrant } from '../../../platform/access/authorize.js';
import type { Insertable } from 'kysely';
import type { SupportRequestTable, SupportRequestStatus } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { areaMunicipalitiesSql } from '../area/area.js';
import { containsPattern, fetchPage } from '../../../platform/http/paging.js';

export async function insertRequest(
  trx: Tx,
  row: Insertable<SupportRequestTable>,
): Promise<{ id: string; reference: string }> {
  return trx.insertInto('support_request').values(row).returning(['id', 'reference']).executeTakeFirstOrThrow();
}

function baseSelect(trx: Tx) {
  return trx
    .selectFrom('support_request as r')
    .innerJoin('municipality as m', 'm.code', 'r.municipality_code')
    .leftJoin('neighbourhood as n', 'n.code', 'r.neighbourhood_code')
    .select([
      'r.id',
      'r.reference',
      'r.status',
      'r.given_name',
      'r.family_name',
      'r.municipality_code',
      'm.name as municipality_name',
      'n.name as neighbourhood_name',
      'r.support_kinds',
      'r.child_ages',
      'r.referred_by',
      'r.created_at',
      'r.email',
      'r.phone',
      'r.postcode',
      'r.languages',
      'r.availability',
      'r.upbringing',
      'r.offer_back',
      'r.channel',
      'r.confirmed_at',
      'r.closed_at',
      'r.close_reason',
      'r.consent_version',
      sql<number>`(current_date - coalesce(r.confirmed_at, r.created_at)::date)`.as('waiting_days'),
    ]);
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export type RequestSort = 'waiting' | 'newest' | 'reference';

/** The board's list: a page of the requests in the coordinator's area, with the real total, in one statement. */
export async function listRequests(
  trx: Tx,
  grant: ScopeGrant<'support_board'>,
  filter: {
    status?: SupportRequestStatus | undefined;
    q?: string | undefined;
    sort: RequestSort;
    page: number;
    pageSize: number;
  },
) {
  // The board shows the coordinator's own area: taken from the grant's actor, not from the caller.
  let q = baseSelect(trx)
    .where(sql<boolean>`r.municipality_code IN ${areaMunicipalitiesSql(grant.actor.userId)}`)
    .where('r.status', '<>', 'unconfirmed');
  if (filter.status) q = q.where('r.status', '=', filter.status);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(r.reference)`, 'like', pattern),
        eb(sql`lower(r.given_name || ' ' || r.family_name)`, 'like', pattern),
      ]),
    );
  }
  if (filter.sort === 'newest') q = q.orderBy(sql`coalesce(r.confirmed_at, r.created_at)`, 'desc');
  else if (filter.sort === 'waiting') q = q.orderBy('r.status').orderBy(sql`coalesce(r.confirmed_at, r.created_at)`);
  return fetchPage(q.orderBy('r.reference'), filter, (r) => r);
}

export async function getRequest(
  trx: Tx,
  grant: Grant<'support_request'> | Grant<'support_match'>,
  id: string,
): Promise<RequestRow> {
  void grant;
  const row = await baseSelect(trx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('support_request_not_found', { detail: 'No such request.' });
  return row;
}

export async function closeRequest(trx: Tx, grant: Grant<'support_request'>, reason: string): Promise<void> {
  await trx
    .updateTable('support_request')
    .set({ status: 'closed', closed_at: new Date(), close_reason: reason })
    .where('id', '=', grant.subjectId)
    .execute();
}
