// Privileged changes as lists: for approvers (what they may decide on) and the privacy officer (all).
import type { Grant, ScopeGrant } from '../../../platform/access/authorize.js';
import type { PrivilegedChangeStatus } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';

const LIMIT = 500;

function base(trx: Tx) {
  return trx
    .selectFrom('privileged_change as c')
    .innerJoin('app_user as t', 't.id', 'c.target_user_id')
    .innerJoin('app_user as r', 'r.id', 'c.requested_by')
    .leftJoin('app_user as d', 'd.id', 'c.decided_by')
    .leftJoin('team as tm', 'tm.id', 'c.team_id')
    .select([
      'c.id',
      'c.kind',
      'c.summary',
      'c.payload',
      'c.status',
      'c.requested_at',
      'c.decided_at',
      'c.decision_note',
      'c.team_id',
      'c.requested_by',
      'c.target_user_id',
      'tm.name as team_name',
      't.username as t_username',
      't.display_name as t_name',
      'r.username as r_username',
      'r.display_name as r_name',
      'd.username as d_username',
      'd.display_name as d_name',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

const person = (username: string | null, displayName: string | null) =>
  username && displayName ? { username, displayName } : null;

export function presentChange(r: Row, actorId: string | null) {
  return {
    id: r.id,
    kind: r.kind,
    summary: r.summary,
    status: r.status,
    target: { id: r.target_user_id, username: r.t_username, displayName: r.t_name },
    team: r.team_id && r.team_name ? { id: r.team_id, name: r.team_name } : null,
    requestedBy: { username: r.r_username, displayName: r.r_name },
    requestedAt: r.requested_at,
    decidedBy: person(r.d_username, r.d_name),
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    // The web hides Approve/Reject where the policy would refuse them.
    canDecide: actorId !== null && r.status === 'pending' && r.requested_by !== actorId && r.target_user_id !== actorId,
  };
}
export type PresentedChange = ReturnType<typeof presentChange>;

/** Admins see every change; a team lead only memberships of the teams they lead. Pending first. */
export async function listForApprover(
  trx: Tx,
  grant: Grant<'privileged_change'> | ScopeGrant<'privileged_change'>,
  status: PrivilegedChangeStatus | undefined,
): Promise<PresentedChange[]> {
  let q = base(trx);
  if (status) q = q.where('c.status', '=', status);
  if (!grant.actor.roles.includes('admin')) {
    q = q
      .where('c.kind', '=', 'team_membership')
      .where('c.team_id', 'in', (eb) =>
        eb
          .selectFrom('team_membership')
          .select('team_id')
          .where('user_id', '=', grant.actor.userId)
          .where('is_lead', '=', true),
      );
  }
  const rows = await q.orderBy('c.requested_at', 'desc').orderBy('c.id').limit(LIMIT).execute();
  return rows.map((r) => presentChange(r, grant.actor.userId));
}

export async function listForPrivacyOfficer(
  trx: Tx,
  _grant: ScopeGrant<'privileged_change_log'>,
  status: PrivilegedChangeStatus | undefined,
): Promise<PresentedChange[]> {
  let q = base(trx);
  if (status) q = q.where('c.status', '=', status);
  const rows = await q.orderBy('c.requested_at', 'desc').orderBy('c.id').limit(LIMIT).execute();
  return rows.map((r) => presentChange(r, null));
}

/** Pending changes about one account or one team, for the "wacht op goedkeuring" state on admin pages. */
export async function pendingFor(trx: Tx, filter: { userIds?: string[]; teamId?: string }) {
  if (filter.userIds && filter.userIds.length === 0) return [];
  let q = base(trx).where('c.status', '=', 'pending');
  if (filter.userIds) q = q.where('c.target_user_id', 'in', filter.userIds);
  if (filter.teamId) q = q.where('c.team_id', '=', filter.teamId);
  return q.orderBy('c.requested_at').execute();
}
