// SQL of the caseload views. Set-based: one statement per list, whatever the number of families.
// Every function takes the Grant of an audited decision; the scoping is in the WHERE clause.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Grant, ScopeGrant } from '../../platform/access/authorize.js';
import { relatedTrajectoryIds } from '../../platform/access/relationships.js';
import type { TrajectoryStatus } from '../../platform/db/schema.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { containsPattern } from '../../platform/http/paging.js';
import { pageTemplate, type PageTemplate } from '../../platform/db/page-template.js';
import { DUE_SOON_DAYS, PLAN_DEADLINE_DAYS } from '../plans/deadline.js';
import type { MyCaseloadSort } from './schemas.js';

/** Meeting results confirmed this recently and not yet taken over into the plan count as "new". */
export const NEW_MEETING_DAYS = 14;

/**
 * The trajectory's start day: the calendar date in the Netherlands at opened_at, as plans/deadline.ts
 * counts it (a UTC date differs between local midnight and 01:00, 02:00 in summer, and then the order
 * of the list would disagree with the state it shows).
 */
const OPENED_ON = sql<string>`(t.opened_at AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * A sign-off counts for the trajectory's deadline only from its start day on: when a family
 * comes back, the agreement to the plan in an earlier trajectory does not meet the new one's
 * deadline (plans/service.ts applies the same rule).
 */
const SIGNED_SINCE_START = sql<boolean>`s.signed_on >= ${OPENED_ON}`;

/**
 * The plan deadline's state as a rank, so the database can order (and page) what needs attention
 * first: late 0, due soon 1, on track 2, met 3 — the order of plans/deadline.ts's states.
 */
const deadlineRank = (today: string) => sql<number>`CASE
  WHEN EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = t.family_id AND ${SIGNED_SINCE_START}) THEN 3
  WHEN ${OPENED_ON} + ${PLAN_DEADLINE_DAYS}::int < ${today}::date THEN 0
  WHEN ${OPENED_ON} + ${PLAN_DEADLINE_DAYS}::int - ${today}::date <= ${DUE_SOON_DAYS}::int THEN 1
  ELSE 2 END`;

export interface MyCaseloadFilter {
  q?: string | undefined;
  sort: MyCaseloadSort;
  page: number;
  pageSize: number;
}

/** The values of one "my caseload" statement (a template per sort and with/without a search). */
export interface CaseloadValues extends Record<string, unknown> {
  me: string;
  today: string;
  pattern: string;
}

const caseloadTemplates = new Map<string, PageTemplate<CaseloadValues, CaseloadRow>>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the row of a select of any tables
type CaseloadRow = ReturnType<typeof caseloadSelect> extends SelectQueryBuilder<any, any, infer O> ? O : never;

/**
 * "My caseload" as a page template (platform/db/page-template.ts): one shape per sort and per
 * "searched or not"; the values are the actor, today and the search pattern.
 */
export function myCaseloadTemplate(
  grant: ScopeGrant<'caseload'>,
  today: string,
  filter: Omit<MyCaseloadFilter, 'page' | 'pageSize'>,
): { tpl: PageTemplate<CaseloadValues, CaseloadRow>; values: CaseloadValues } {
  const searched = filter.q !== undefined && filter.q !== '';
  const key = `${filter.sort}:${searched}`;
  let tpl = caseloadTemplates.get(key);
  if (!tpl) {
    const sort = filter.sort;
    tpl = pageTemplate((db, v: CaseloadValues) =>
      caseloadSelect(db, v.me, v.today, sort, searched ? v.pattern : undefined),
    );
    caseloadTemplates.set(key, tpl);
  }
  return {
    tpl,
    values: { me: grant.actor.userId, today, pattern: searched ? containsPattern(filter.q ?? '') : '' },
  };
}

/**
 * The open trajectories where the actor is regisseur or trajectory member, ordered, with what the
 * start page shows per family, read from the current plan version's JSONB snapshot (reviews, actions),
 * the sign-offs (deadline) and the meetings (confirmed top-3 results not yet in the plan); the caller
 * pages it with its real total in the same statement (AuditedRead.pageTemplate). A family with two open
 * trajectories is listed once (the regisseur's).
 */
function caseloadSelect(trx: Queryable, me: string, today: string, sort: MyCaseloadSort, pattern: string | undefined) {
  const related = relatedTrajectoryIds(trx, me);
  let q = trx
    .selectFrom('trajectory as t')
    .innerJoin('family as f', 'f.id', 't.family_id')
    .leftJoin('plan as p', 'p.family_id', 't.family_id')
    .leftJoin('plan_version as pv', (j) =>
      j.onRef('pv.family_id', '=', 'p.family_id').onRef('pv.version', '=', 'p.current_version'),
    )
    .select([
      't.id as trajectory_id',
      'f.id as family_id',
      'f.reference',
      't.status',
      't.opened_at',
      'p.current_version',
      sql<'regisseur' | 'member'>`CASE WHEN t.regisseur_id = ${me} THEN 'regisseur' ELSE 'member' END`.as('role'),
      sql<
        string | null
      >`(SELECT min(r->>'date') FROM jsonb_array_elements(pv.content->'reviews') r WHERE (r->>'date') >= ${today})`.as(
        'next_review_on',
      ),
      sql<number>`(SELECT count(*)::int FROM jsonb_array_elements(pv.content->'actions') a
        WHERE (a->>'due') < ${today} AND coalesce(a->>'status', 'open') NOT IN ('done', 'cancelled'))`.as(
        'overdue_actions',
      ),
      sql<
        string | null
      >`(SELECT min(s.signed_on)::text FROM plan_sign_off s WHERE s.family_id = t.family_id AND ${SIGNED_SINCE_START})`.as(
        'first_signed_on',
      ),
      sql<boolean>`EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = t.family_id AND s.version = p.current_version AND ${SIGNED_SINCE_START})`.as(
        'current_signed',
      ),
      sql<
        string | null
      >`(SELECT max(m.held_on)::text FROM meeting m WHERE m.family_id = t.family_id AND m.confirmed_at IS NOT NULL)`.as(
        'last_confirmed_meeting_on',
      ),
      sql<number>`(SELECT count(*)::int FROM meeting m WHERE m.family_id = t.family_id AND m.confirmed_at IS NOT NULL
        AND m.plan_version IS NULL AND m.confirmed_at >= ${today}::date - ${NEW_MEETING_DAYS}::int)`.as(
        'new_meeting_results',
      ),
      deadlineRank(today).as('deadline_rank'),
    ])
    .where('t.status', '<>', 'closed')
    .where('t.id', 'in', related)
    // One row per family: another open trajectory of the same family wins when I am its regisseur
    // and not this one's, or (same role) when it has the smaller id.
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM trajectory t2 WHERE t2.family_id = t.family_id AND t2.status <> 'closed'
        AND t2.id <> t.id AND t2.id IN (${related})
        AND ((t2.regisseur_id IS NOT DISTINCT FROM ${me}) AND NOT (t.regisseur_id IS NOT DISTINCT FROM ${me})
          OR ((t2.regisseur_id IS NOT DISTINCT FROM ${me}) = (t.regisseur_id IS NOT DISTINCT FROM ${me}) AND t2.id < t.id)))`,
    );
  if (pattern !== undefined) {
    // By what a care worker looks for: the dossier number, or the name of someone in the household.
    const named = trx
      .selectFrom('person as p')
      .select('p.family_id')
      .where('p.kind', '<>', 'network')
      .where((eb) =>
        eb.or([
          eb(sql`lower(p.given_name)`, 'like', pattern),
          eb(sql`lower(p.family_name)`, 'like', pattern),
          eb(sql`lower(p.given_name || ' ' || p.family_name)`, 'like', pattern),
        ]),
      );
    q = q.where((eb) => eb.or([eb(sql`lower(f.reference)`, 'like', pattern), eb('f.id', 'in', named)]));
  }
  if (sort === 'newest') q = q.orderBy('t.opened_at', 'desc');
  else if (sort === 'reference') q = q.orderBy('f.reference');
  else
    q = q
      // What needs attention first: a late plan, overdue actions, new top-3 results, the nearest review.
      .orderBy(sql`deadline_rank`)
      .orderBy(sql`overdue_actions DESC`)
      .orderBy(sql`new_meeting_results DESC`)
      .orderBy(sql`next_review_on ASC NULLS LAST`);
  return q.orderBy('f.reference').orderBy('t.id');
}

export async function getTeam(trx: Tx, grant: Grant<'team_caseload_overview'>) {
  const row = await trx.selectFrom('team').select(['id', 'name']).where('id', '=', grant.subjectId).executeTakeFirst();
  if (!row) throw new NotFoundError('team_not_found', { detail: 'No such team.' });
  return row;
}

/** The filters of the team lead's list; the load per regisseur is never filtered (it is for balancing). */
export interface TrajectoryFilter {
  regisseurId?: string | undefined;
  status?: Exclude<TrajectoryStatus, 'closed'> | undefined;
  planLate?: boolean | undefined;
}

/**
 * "Plan late" in SQL, the same rule as planDeadline's 'late' (plans/deadline.ts): no sign-off of any
 * version since the trajectory started and the 6-week deadline, counted in calendar days from the start day, has passed.
 */
const planLate = (today: string) => sql<boolean>`(${OPENED_ON} + ${PLAN_DEADLINE_DAYS}::int < ${today}::date
  AND NOT EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = t.family_id AND ${SIGNED_SINCE_START}))`;

/** Team members and anyone who is regisseur of an open trajectory of the team, with counts by status — aggregated here, not from the listed rows. */
export async function listRegisseurLoad(trx: Tx, grant: Grant<'team_caseload_overview'>, today: string) {
  const teamId = grant.subjectId;
  return (
    trx
      .selectFrom('app_user as u')
      .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
      .leftJoin('team_membership as tm', (j) => j.onRef('tm.user_id', '=', 'u.id').on('tm.team_id', '=', teamId))
      .leftJoin('trajectory as t', (j) =>
        j.onRef('t.regisseur_id', '=', 'u.id').on('t.team_id', '=', teamId).on('t.status', '<>', 'closed'),
      )
      .select((eb) => [
        'u.id as user_id',
        'u.display_name',
        'o.name as organisation_name',
        'u.active',
        sql<boolean>`coalesce(bool_or(tm.is_lead), false)`.as('is_lead'),
        sql<boolean>`bool_or(tm.user_id IS NOT NULL)`.as('is_member'),
        eb.fn.count<number>('t.id').as('open'),
        eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'registered').as('registered'),
        eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'intake').as('intake'),
        eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'plan').as('plan'),
        eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'in_progress').as('in_progress'),
        eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'evaluation').as('evaluation'),
        eb.fn.count<number>('t.id').filterWhere(planLate(today)).as('plan_late'),
      ])
      // A user is in the list as team member, or as regisseur of an open trajectory of the team: both
      // sides are indexed look-ups (team_membership pkey, trajectory_team_idx) instead of an OR over all users.
      .where(
        'u.id',
        'in',
        trx
          .selectFrom('team_membership')
          .select('user_id')
          .where('team_id', '=', teamId)
          .union(
            trx
              .selectFrom('trajectory')
              .select('regisseur_id as user_id')
              .where('team_id', '=', teamId)
              .where('status', '<>', 'closed'),
          ),
      )
      .groupBy(['u.id', 'u.display_name', 'o.name', 'u.active'])
      .orderBy('u.display_name')
      .orderBy('u.id')
      .execute()
  );
}

function openTrajectoriesOfTeam(
  trx: Tx,
  grant: Grant<'team_caseload_overview'>,
  filter: TrajectoryFilter,
  today: string,
) {
  let q = trx.selectFrom('trajectory as t').where('t.team_id', '=', grant.subjectId).where('t.status', '<>', 'closed');
  if (filter.regisseurId) q = q.where('t.regisseur_id', '=', filter.regisseurId);
  if (filter.status) q = q.where('t.status', '=', filter.status);
  if (filter.planLate !== undefined)
    q = q.where(filter.planLate ? planLate(today) : sql<boolean>`NOT ${planLate(today)}`);
  return q;
}

/** One page of the team's open trajectories (oldest first: the longest waiting on top), and how many match in all. */
export async function listOpenTrajectories(
  trx: Tx,
  grant: Grant<'team_caseload_overview'>,
  filter: TrajectoryFilter,
  page: { limit: number; offset: number },
  today: string,
) {
  const base = openTrajectoriesOfTeam(trx, grant, filter, today);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('family as f', 'f.id', 't.family_id')
    .select([
      't.id as trajectory_id',
      'f.id as family_id',
      'f.reference',
      't.status',
      't.opened_at',
      't.regisseur_id',
      sql<
        string | null
      >`(SELECT min(s.signed_on)::text FROM plan_sign_off s WHERE s.family_id = t.family_id AND ${SIGNED_SINCE_START})`.as(
        'first_signed_on',
      ),
    ])
    .orderBy('t.opened_at')
    .orderBy('t.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total.n), rows };
}
