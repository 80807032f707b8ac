// "My caseload" (a care worker's start page) and the team lead's view of the team's open
// trajectories per regisseur. One audited decision per call; "my caseload" is the session check
// and one statement (the page, its total and the audit row).
import { authorize, authorizeRead } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { planDeadline } from '../plans/deadline.js';
import * as q from './queries.js';
import type { MyCaseload, MyCaseloadSearch, TeamCaseload, TeamCaseloadQuery } from './schemas.js';
import { today as dutchDate } from '../../platform/clock.js';

const PURPOSE = 'care';
type OpenStatus = MyCaseload['items'][number]['trajectoryStatus'];

export async function myCaseload(
  ctx: RequestContext,
  filter: Omit<MyCaseloadSearch, 'q'> & { q?: string | undefined },
): Promise<MyCaseload> {
  // The caseload policy decides on the role alone: no statement before the page.
  const read = await authorizeRead(ctx, {
    subject: 'caseload',
    id: null,
    action: 'search',
    purpose: PURPOSE,
    data: filter.q
      ? 'own families searched by reference or name: plan review dates, deadlines, overdue actions, meeting results'
      : 'own families: plan review dates, deadlines, overdue actions, meeting results',
  });
  const now = new Date();
  const { tpl, values } = q.myCaseloadTemplate(read.grant, dutchDate(now), filter);
  const page = await read.pageTemplate(tpl, values, filter, (r) => r);
  const items = page.items.map((r) => {
    const d = planDeadline({
      startedAt: r.opened_at,
      firstSignedOn: r.first_signed_on,
      currentVersion: r.current_version,
      currentSigned: r.current_signed,
      today: now,
    });
    return {
      familyId: r.family_id,
      familyReference: r.reference,
      trajectoryId: r.trajectory_id,
      trajectoryStatus: r.status as OpenStatus,
      myRole: r.role,
      planVersion: r.current_version,
      nextReviewOn: r.next_review_on,
      deadline: { state: d.state, dueOn: d.dueOn, daysLeft: d.daysLeft },
      overdueActions: Number(r.overdue_actions),
      newMeetingResults: Number(r.new_meeting_results),
      lastConfirmedMeetingOn: r.last_confirmed_meeting_on,
    };
  });
  // The database ordered and paged by the deadline rank; within the page the exact states decide.
  return { ...page, items: filter.sort === 'attention' ? items.sort(byAttention) : items };
}

const DEADLINE_ORDER: Record<MyCaseload['items'][number]['deadline']['state'], number> = {
  late: 0,
  due_soon: 1,
  on_track: 2,
  met_late: 3,
  met: 3,
  no_trajectory: 4,
};

/** What needs attention first: a late plan, overdue actions, new top-3 results, the nearest review; then the reference. */
function byAttention(a: MyCaseload['items'][number], b: MyCaseload['items'][number]): number {
  return (
    DEADLINE_ORDER[a.deadline.state] - DEADLINE_ORDER[b.deadline.state] ||
    b.overdueActions - a.overdueActions ||
    b.newMeetingResults - a.newMeetingResults ||
    (a.nextReviewOn ?? '9999').localeCompare(b.nextReviewOn ?? '9999') ||
    a.familyReference.localeCompare(b.familyReference)
  );
}

export function teamCaseload(ctx: RequestContext, teamId: string, query: TeamCaseloadQuery): Promise<TeamCaseload> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'team_caseload_overview',
      id: teamId,
      action: 'read',
      purpose: PURPOSE,
      data: 'open trajectories of the team per regisseur',
    });
    const now = new Date();
    const today = dutchDate(now);
    const team = await q.getTeam(trx, grant);
    const load = await q.listRegisseurLoad(trx, grant, today);
    const filter = { regisseurId: query.regisseur, status: query.status, planLate: query.planLate };
    const { total, rows } = await q.listOpenTrajectories(
      trx,
      grant,
      filter,
      { limit: query.limit, offset: query.offset },
      today,
    );
    return {
      team,
      regisseurs: load.map((r) => ({
        userId: r.user_id,
        displayName: r.display_name,
        organisationName: r.organisation_name,
        isLead: r.is_lead,
        isMember: r.is_member,
        active: r.active,
        open: Number(r.open),
        byStatus: {
          registered: Number(r.registered),
          intake: Number(r.intake),
          plan: Number(r.plan),
          in_progress: Number(r.in_progress),
          evaluation: Number(r.evaluation),
        },
        planLate: Number(r.plan_late),
      })),
      trajectories: rows.map((t) => {
        // Only "is there a sign-off" matters for the deadline state; the current version does not.
        const d = planDeadline({
          startedAt: t.opened_at,
          firstSignedOn: t.first_signed_on,
          currentVersion: null,
          currentSigned: false,
          today: now,
        });
        return {
          trajectoryId: t.trajectory_id,
          familyId: t.family_id,
          familyReference: t.reference,
          status: t.status as OpenStatus,
          openedAt: t.opened_at,
          regisseurId: t.regisseur_id,
          deadline: { state: d.state, dueOn: d.dueOn, daysLeft: d.daysLeft },
        };
      }),
      page: { total, limit: query.limit, offset: query.offset },
    };
  });
}
