// Deciding on a privileged change: approve (apply it now) or reject. The decision, its audit row
// and the effect commit together; the requester and the privacy officer are told in the app.
import { authorize, recordEvent } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import type { PrivilegedChangeStatus } from '../../../platform/db/schema.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { ConflictError, NotFoundError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notify/notify.js';
import { applyChange } from './apply.js';
import { listForApprover } from './queries.js';
import { APPROVALS_LINK, notifyPrivacyOfficers } from './request.js';

const PURPOSE = 'administration';

export function listChanges(ctx: RequestContext, status: PrivilegedChangeStatus | undefined) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'privileged_change',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: 'privileged changes to decide on',
    });
    return { items: await listForApprover(trx, grant, status) };
  });
}

export function decideChange(ctx: RequestContext, id: string, outcome: 'approved' | 'rejected', note?: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'privileged_change',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: outcome === 'approved' ? 'privileged change approved' : 'privileged change rejected',
      event: outcome === 'approved' ? 'privileged_change.approved' : 'privileged_change.rejected',
    });
    const change = await trx
      .selectFrom('privileged_change')
      .select(['id', 'kind', 'target_user_id', 'team_id', 'payload', 'status', 'requested_by', 'summary'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!change) throw new NotFoundError('privileged_change_not_found', { detail: 'No such change.' });
    if (change.status !== 'pending')
      throw new ConflictError('privileged_change_decided', { detail: 'This change was already decided on.' });
    if (outcome === 'approved') await applyChange(trx, change);
    await trx
      .updateTable('privileged_change')
      .set({ status: outcome, decided_by: grant.actor.userId, decided_at: new Date(), decision_note: note ?? null })
      .where('id', '=', id)
      .execute();
    await recordEvent(trx, {
      request_id: ctx.requestId,
      event: `privileged_change.${outcome}_effect`,
      action: 'update',
      outcome: 'allowed',
      actor_user_id: grant.actor.userId,
      actor_username: grant.actor.username,
      actor_role: grant.actor.roles.includes('admin') ? 'admin' : 'team_lead',
      actor_organisation_id: grant.actor.organisationId,
      purpose: PURPOSE,
      subject_type: 'user',
      subject_id: change.target_user_id,
      client_ref: null,
      data_description: `${change.kind} ${outcome}: ${change.summary}`,
    });
    await notify(trx, change.requested_by, 'privileged_change_decided', APPROVALS_LINK);
    await notifyPrivacyOfficers(trx);
    const [item] = (await listForApprover(trx, grant, undefined)).filter((c) => c.id === id);
    if (!item) throw new NotFoundError('privileged_change_not_found', { detail: 'No such change.' });
    return item;
  });
}
