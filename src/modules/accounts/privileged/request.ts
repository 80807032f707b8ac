// Requesting a privileged change: granting access waits (pending) for a second person; taking
// access away is applied at once and only recorded. Either way approvers and the privacy officer
// are told in the app. No personal data in the notification: a kind and a link.
import type { Actor } from '../../../platform/access/actor.js';
import { userHasRoleSql } from '../../../platform/access/actor.js';
import { recordEvent } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import type { PrivilegedChangeKind } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { ConflictError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notify/notify.js';

export interface ChangeRequest {
  kind: PrivilegedChangeKind;
  targetUserId: string;
  teamId?: string | null;
  payload: Record<string, unknown>;
  /** One line for approvers and the privacy officer, without personal data beyond the account. */
  summary: string;
}

export const APPROVALS_LINK = '/approvals';
export const PRIVACY_LINK = '/audit';

/** Active users who may decide on a change: other admins, and for a membership the team's leads. */
export async function approverIds(
  trx: Tx,
  change: { kind: PrivilegedChangeKind; teamId: string | null; requestedBy: string; targetUserId: string },
) {
  const admins = await trx
    .selectFrom('app_user')
    .select('id')
    .where('active', '=', true)
    .where(userHasRoleSql('admin'))
    .execute();
  const leads =
    change.kind === 'team_membership' && change.teamId
      ? await trx
          .selectFrom('team_membership as tm')
          .innerJoin('app_user as u', 'u.id', 'tm.user_id')
          .select('u.id')
          .where('tm.team_id', '=', change.teamId)
          .where('tm.is_lead', '=', true)
          .where('u.active', '=', true)
          .execute()
      : [];
  const ids = new Set([...admins, ...leads].map((r) => r.id));
  ids.delete(change.requestedBy);
  ids.delete(change.targetUserId);
  return [...ids];
}

export async function notifyPrivacyOfficers(trx: Tx): Promise<void> {
  const officers = await trx
    .selectFrom('app_user')
    .select('id')
    .where('active', '=', true)
    .where(userHasRoleSql('privacy_officer'))
    .execute();
  for (const o of officers) await notify(trx, o.id, 'privileged_change_notice', PRIVACY_LINK);
}

function changeEvent(ctx: RequestContext, actor: Actor, id: string, event: string, description: string) {
  return {
    request_id: ctx.requestId,
    event,
    action: 'create' as const,
    outcome: 'allowed' as const,
    actor_user_id: actor.userId,
    actor_username: actor.username,
    actor_role: 'admin',
    actor_organisation_id: actor.organisationId,
    purpose: 'administration',
    subject_type: 'privileged_change',
    subject_id: id,
    client_ref: null,
    data_description: description,
  };
}

/** Store a granting change as pending; it takes effect only when another authorised user approves. */
export async function requestChange(trx: Tx, ctx: RequestContext, actor: Actor, req: ChangeRequest): Promise<string> {
  let open = trx
    .selectFrom('privileged_change')
    .select('id')
    .where('status', '=', 'pending')
    .where('kind', '=', req.kind)
    .where('target_user_id', '=', req.targetUserId);
  if (req.teamId) open = open.where('team_id', '=', req.teamId);
  if (await open.executeTakeFirst())
    throw new ConflictError('privileged_change_already_pending', {
      detail: 'A change of this kind for this account is already waiting for approval.',
    });
  const { id } = await trx
    .insertInto('privileged_change')
    .values({
      kind: req.kind,
      target_user_id: req.targetUserId,
      team_id: req.teamId ?? null,
      payload: JSON.stringify(req.payload),
      summary: req.summary,
      requested_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordEvent(trx, changeEvent(ctx, actor, id, 'privileged_change.requested', `${req.kind}: ${req.summary}`));
  const approvers = await approverIds(trx, {
    kind: req.kind,
    teamId: req.teamId ?? null,
    requestedBy: actor.userId,
    targetUserId: req.targetUserId,
  });
  for (const userId of approvers) await notify(trx, userId, 'privileged_change_pending', APPROVALS_LINK);
  await notifyPrivacyOfficers(trx);
  return id;
}

/** Record a change that only takes access away: effective at once, listed for the privacy officer. */
export async function recordAppliedChange(
  trx: Tx,
  ctx: RequestContext,
  actor: Actor,
  req: ChangeRequest,
): Promise<void> {
  const { id } = await trx
    .insertInto('privileged_change')
    .values({
      kind: req.kind,
      target_user_id: req.targetUserId,
      team_id: req.teamId ?? null,
      payload: JSON.stringify(req.payload),
      summary: req.summary,
      status: 'applied',
      requested_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordEvent(trx, changeEvent(ctx, actor, id, 'privileged_change.applied', `${req.kind}: ${req.summary}`));
  await notifyPrivacyOfficers(trx);
}
