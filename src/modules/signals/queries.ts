// SQL over signals that reads personal data: every function takes the Grant of an audited decision.
import { sql } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import type { SignalCategory, SignalUrgency } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { today as dutchDate } from '../../platform/clock.js';
import { workingDaysBetween } from './working-days.js';

export const QUEUE_PAGE_SIZE = 50;

export function sla(dueOn: string, status: string, escalatedAt: Date | null, now: Date) {
  const today = dutchDate(now);
  const open = status === 'received';
  return {
    dueOn,
    workingDaysLeft: open ? workingDaysBetween(today, dueOn) : 0,
    late: open && today > dueOn,
    escalated: escalatedAt !== null,
  };
}

export interface QueueFilter {
  state: 'open' | 'late' | 'triaged' | 'all';
  category?: SignalCategory | undefined;
  urgency?: SignalUrgency | undefined;
  page: number;
}

/** A team's triage queue: most urgent and earliest due first. */
export async function teamQueue(trx: Tx, grant: Grant<'signal_queue'>, filter: QueueFilter, now: Date) {
  const today = dutchDate(now);
  let base = trx.selectFrom('signal as s').where('s.team_id', '=', grant.subjectId);
  if (filter.state === 'open') base = base.where('s.status', '=', 'received');
  if (filter.state === 'late')
    base = base.where('s.status', '=', 'received').where(sql<boolean>`s.triage_due_on < ${today}::date`);
  if (filter.state === 'triaged') base = base.where('s.status', '<>', 'received');
  if (filter.category) base = base.where('s.category', '=', filter.category);
  if (filter.urgency) base = base.where('s.urgency', '=', filter.urgency);
  const total = await base.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .leftJoin('neighbourhood as n', 'n.code', 's.neighbourhood_code')
    .select([
      's.id',
      's.reference',
      's.category',
      's.urgency',
      's.status',
      'o.name as organisation_name',
      sql<string>`s.signal_date::text`.as('signal_date'),
      's.received_at',
      's.given_name',
      's.family_name',
      's.bsn_enc',
      's.postcode',
      's.house_number',
      'n.name as neighbourhood_name',
      's.routed_to',
      's.triage_outcome',
      sql<string>`s.triage_due_on::text`.as('triage_due_on'),
      's.escalated_at',
    ])
    .orderBy(sql`s.status = 'received'`, 'desc')
    .orderBy(sql`CASE s.urgency WHEN 'crisis' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END`)
    .orderBy('s.triage_due_on')
    .orderBy('s.received_at')
    .orderBy('s.id')
    .limit(QUEUE_PAGE_SIZE)
    .offset((filter.page - 1) * QUEUE_PAGE_SIZE)
    .execute();
  return { total: Number(total.n), rows };
}

export async function loadSignal(trx: Tx, grant: Grant<'signal'>) {
  const row = await trx
    .selectFrom('signal as s')
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .innerJoin('team as t', 't.id', 's.team_id')
    .innerJoin('municipality as m', 'm.code', 's.municipality_code')
    .leftJoin('neighbourhood as n', 'n.code', 's.neighbourhood_code')
    .leftJoin('app_user as tb', 'tb.id', 's.triaged_by')
    .select([
      's.id',
      's.reference',
      's.category',
      's.urgency',
      's.status',
      's.channel',
      'o.name as organisation_name',
      sql<string>`s.signal_date::text`.as('signal_date'),
      's.received_at',
      's.given_name',
      's.family_name',
      sql<string | null>`s.birth_date::text`.as('birth_date'),
      's.bsn_enc',
      's.postcode',
      's.house_number',
      'm.name as municipality_name',
      'n.name as neighbourhood_name',
      's.amount_cents',
      sql<string | null>`s.arrears_since::text`.as('arrears_since'),
      's.note',
      's.routed_to',
      's.team_id',
      't.name as team_name',
      's.family_id',
      's.regisseur_id',
      sql<string>`s.triage_due_on::text`.as('triage_due_on'),
      's.escalated_at',
      's.triage_outcome',
      's.triage_reason',
      's.referred_to',
      's.meldcode',
      'tb.display_name as triaged_by_name',
      's.triaged_at',
      's.outreach_outcome',
      's.eviction_prevented',
      's.outreach_note',
      's.outreach_closed_at',
    ])
    .where('s.id', '=', grant.subjectId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('signal_not_found', { detail: 'No such signal.' });
  const attempts = await trx
    .selectFrom('signal_contact_attempt as a')
    .innerJoin('app_user as u', 'u.id', 'a.recorded_by')
    .select([
      'a.id',
      'a.method',
      sql<string>`a.attempted_on::text`.as('attempted_on'),
      'a.part_of_day',
      'a.reached',
      'a.note',
      'u.display_name',
      'a.recorded_at',
    ])
    .where('a.signal_id', '=', row.id)
    .orderBy('a.attempted_on')
    .orderBy('a.recorded_at')
    .execute();
  return { row, attempts };
}
export type SignalRow = Awaited<ReturnType<typeof loadSignal>>['row'];
