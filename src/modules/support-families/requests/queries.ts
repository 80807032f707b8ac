// SQL of requests (vraaggezinnen). Reads take a Grant: the audited decision comes first.
import { sql } from 'kysely';
import type { Grant, ScopeGrant } from '../../../platform/access/authorize.js';
import type { Insertable } from 'kysely';
import type { SupportRequestTable, SupportRequestStatus } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { coordinatorMunicipalities } from '../area/area.js';

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

/** The board's list: requests in the coordinator's area (the grant is for the board). */
export async function listRequests(
  trx: Tx,
  grant: ScopeGrant<'support_board'>,
  status?: SupportRequestStatus,
): Promise<RequestRow[]> {
  // The board shows the coordinator's own area: taken from the grant's actor, not from the caller.
  const municipalities = await coordinatorMunicipalities(trx, grant.actor.userId);
  if (municipalities.length === 0) return [];
  let q = baseSelect(trx).where('r.municipality_code', 'in', municipalities).where('r.status', '<>', 'unconfirmed');
  if (status) q = q.where('r.status', '=', status);
  return q
    .orderBy('r.status')
    .orderBy(sql`coalesce(r.confirmed_at, r.created_at)`)
    .orderBy('r.reference')
    .limit(2000)
    .execute();
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
