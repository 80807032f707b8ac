// The professionals' side of the family's requests: the regisseur's and the privacy officer's queue
// (open first, by deadline) and the answer — granted or refused with a reason (correction, deletion),
// or answered (a question about the access log). The family is told content-free that there is an answer.
import { sql } from 'kysely';
import { authorize, authorizeRead } from '../../platform/access/authorize.js';
import { hasRole } from '../../platform/access/actor.js';
import type { RequestContext } from '../../platform/access/context.js';
import { today } from '../../platform/clock.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError, ValidationError } from '../../platform/errors.js';
import { daysLeft } from './deadline.js';
import { notifyFamily } from '../family-authority/notify-family.js';
import * as q from './queries.js';
import type { AnswerBody, QueueQuery } from './schemas.js';

const PURPOSE = 'data subject request (Jeugdwet 7.3.9, AVG)';

export async function requestQueue(ctx: RequestContext, filter: QueueQuery) {
  const read = await authorizeRead(ctx, {
    subject: 'family_rights_request',
    id: null,
    action: 'search',
    purpose: PURPOSE,
    data: "families' requests for correction or deletion and questions about the access log",
  });
  const officer = hasRole(read.grant.actor, 'privacy_officer');
  const on = today();
  let query = q.queueQuery(read.db, read.grant.actor.userId, officer, filter.status);
  query =
    filter.sort === 'due'
      ? query.orderBy('r.due_on', 'asc').orderBy('r.id')
      : query.orderBy('r.created_at', 'desc').orderBy('r.id');
  return read.page(query, filter, (r) => ({
    id: r.id,
    familyId: r.family_id,
    familyReference: r.reference,
    kind: r.kind,
    about: r.about,
    body: r.body,
    auditEventId: r.audit_event_id === null ? null : String(r.audit_event_id),
    submittedOn: r.submitted_on,
    dueOn: r.due_on,
    daysLeft: daysLeft(r.due_on, on),
    status: r.status,
    answer: r.answer,
    answeredOn: r.answered_on,
  }));
}

export function answerRequest(ctx: RequestContext, requestId: string, body: AnswerBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family_rights_request',
      id: requestId,
      action: 'update',
      purpose: PURPOSE,
      data: `family request answered: ${body.outcome}`,
      event: 'family_rights_request.answered',
    });
    const request = await trx
      .selectFrom('family_rights_request')
      .select(['kind', 'status', 'requester_user_id', 'family_id'])
      .where('id', '=', requestId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (request.status !== 'open')
      throw new ConflictError('family_request_already_answered', { detail: 'This request has already been answered.' });
    if ((request.kind === 'access_question') !== (body.outcome === 'answered'))
      throw new ValidationError('family_request_outcome_mismatch', {
        detail: 'A correction or deletion is granted or refused; a question is answered.',
        errors: [{ path: 'outcome', message: 'family_request_outcome_mismatch' }],
      });
    await trx
      .updateTable('family_rights_request')
      .set({
        status: body.outcome,
        answer: body.answer,
        answered_by: grant.actor.userId,
        answered_role: hasRole(grant.actor, 'privacy_officer') ? 'privacy_officer' : 'regisseur',
        answered_at: sql<Date>`now()`,
      })
      .where('id', '=', requestId)
      .execute();
    await notifyFamily(trx, request.family_id, 'family_request_answered', {
      item: 'own',
      userId: request.requester_user_id,
    });
  });
}
