// SQL over signals that reads personal data: every function takes the Grant of an audited decision.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import type { SignalCategory, SignalUrgency } from '../../platform/db/schema.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { today as dutchDate } from '../../platform/clock.js';
import { workingDaysBetween } from '../../platform/working-days.js';
import { cappedCount, containsPattern } from '../../platform/http/paging.js';

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

export type QueueSort =
  'priority' | 'triaged_desc' | 'received_desc' | 'received_asc' | 'signal_date_desc' | 'reference';

export interface QueueFilter {
  state: 'open' | 'late' | 'triaged' | 'all';
  category?: SignalCategory | undefined;
  urgency?: SignalUrgency | undefined;
  /** Reference, name (given, family or both) or signal date (yyyy-mm-dd or dd-mm-yyyy). */
  q?: string | undefined;
  sort: QueueSort;
  page: number;
  pageSize: number;
}

/** A search text that is a date, as yyyy-mm-dd; otherwise null. */
export function searchDate(q: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(q);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * The open queue's priority: crisis, then urgent, then the rest. The same expression as the index
 * the open queue follows (migration 037): a different spelling and PostgreSQL sorts the whole backlog.
 */
const URGENCY_RANK = sql`CASE s.urgency WHEN 'crisis' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END`;
const URGENCY_RANKS: Record<SignalUrgency, number> = { crisis: 0, urgent: 1, normal: 2 };

/**
 * A select of signals in the order of one of the queue's indexes (migration 037). The count is sent
 * in it too: its order changes nothing counted, but along the index it stops at the cap, where a
 * sequential scan could pass over the other state's rows first (the backlog again).
 */
function inIndexOrder<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>, index: 'open' | 'triaged') {
  return index === 'open'
    ? q
        .orderBy(URGENCY_RANK)
        .orderBy(sql`s.triage_due_on`)
        .orderBy(sql`s.received_at`)
        .orderBy(sql`s.id`)
    : q
        .orderBy(sql`s.triaged_at DESC NULLS LAST`)
        .orderBy(sql`s.received_at DESC`)
        .orderBy(sql`s.id`);
}

/**
 * A team's triage queue, filtered and ordered: one page of it, and a count of the filtered list that
 * stops past the cap (paging.ts). The default views (open by priority, triaged by the latest decision)
 * follow an index in their own order (migration 037), so a page costs the page, not the backlog.
 */
export function teamQueue(trx: Queryable, grant: Grant<'signal_queue'>, filter: QueueFilter, now: Date) {
  const today = dutchDate(now);
  let base = trx.selectFrom('signal as s').where('s.team_id', '=', grant.subjectId);
  if (filter.state === 'open') base = base.where('s.status', '=', 'received');
  if (filter.state === 'late')
    base = base.where('s.status', '=', 'received').where(sql<boolean>`s.triage_due_on < ${today}::date`);
  if (filter.state === 'triaged') base = base.where('s.status', '<>', 'received');
  if (filter.category) base = base.where('s.category', '=', filter.category);
  // The urgency once more as its rank: the open queue's index starts with it, so one urgency is a range of it.
  if (filter.urgency)
    base = base
      .where('s.urgency', '=', filter.urgency)
      .where(sql<boolean>`${URGENCY_RANK} = ${URGENCY_RANKS[filter.urgency]}::int`);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    const date = searchDate(filter.q);
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(s.reference)`, 'like', pattern),
        eb(sql`lower(s.given_name)`, 'like', pattern),
        eb(sql`lower(s.family_name)`, 'like', pattern),
        eb(sql`lower(s.given_name || ' ' || s.family_name)`, 'like', pattern),
        ...(date ? [eb('s.signal_date', '=', sql<string>`${date}::date`)] : []),
      ]),
    );
  }
  let q = base
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
    ]);
  switch (filter.sort) {
    case 'priority':
      // Open before triaged only where both are listed: within one state it is a constant, and left
      // out the open queue follows its index instead of sorting every open signal.
      if (filter.state === 'all') q = q.orderBy(sql`s.status = 'received'`, 'desc');
      q = q.orderBy(URGENCY_RANK).orderBy('s.triage_due_on').orderBy('s.received_at');
      break;
    case 'triaged_desc':
      q = q.orderBy(sql`s.triaged_at DESC NULLS LAST`).orderBy('s.received_at', 'desc');
      break;
    case 'received_desc':
      q = q.orderBy('s.received_at', 'desc');
      break;
    case 'received_asc':
      q = q.orderBy('s.received_at');
      break;
    case 'signal_date_desc':
      q = q.orderBy('s.signal_date', 'desc').orderBy('s.received_at', 'desc');
      break;
    case 'reference':
      q = q.orderBy('s.reference');
      break;
  }
  return {
    page: q
      .orderBy('s.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    count: cappedCount(
      filter.state === 'all' ? base : inIndexOrder(base, filter.state === 'triaged' ? 'triaged' : 'open'),
      filter,
    ),
  };
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
