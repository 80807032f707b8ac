// Allocation requests from the plan: the regisseur (or the family's team) turns a plan action into a
// request for specialised help for one youth; the answer is due in five working days (OP274).
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { now, today } from '../../../platform/clock.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { BusinessRuleError } from '../../../platform/errors.js';
import { addWorkingDays } from '../../../platform/working-days.js';
import type { NewAllocationRequest } from './schemas.js';

/** OP274 (JW315) / OP346 (JW317), and the same promise to the family's own team: five working days. */
export const ANSWER_WORKING_DAYS = 5;

export function answerDueFrom(receivedOn: string): string {
  return addWorkingDays(receivedOn, ANSWER_WORKING_DAYS);
}

export function createAllocationRequest(
  ctx: RequestContext,
  familyId: string,
  body: NewAllocationRequest,
): Promise<{ id: string; answerDue: string }> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'create',
      purpose: 'care',
      data: 'allocation request (question, youth)',
      event: 'allocation_request.created',
    });
    const person = await trx
      .selectFrom('person')
      .select(['id', 'kind'])
      .where('id', '=', body.personId)
      .where('family_id', '=', grant.subjectId)
      .where('removed_at', 'is', null)
      .where('kind', '=', 'child')
      .executeTakeFirst();
    if (!person)
      throw new BusinessRuleError('allocation_person_not_in_family', {
        errors: [{ path: 'personId', message: 'not a youth of this family' }],
      });
    const family = await trx
      .selectFrom('family as f')
      .leftJoin('trajectory as t', (j) => j.onRef('t.family_id', '=', 'f.id').on('t.status', '<>', 'closed'))
      .select(['f.municipality_code', 't.id as trajectory_id'])
      .where('f.id', '=', grant.subjectId)
      .executeTakeFirstOrThrow();
    const receivedOn = today();
    const answerDue = answerDueFrom(receivedOn);
    const row = await trx
      .insertInto('allocation_request')
      .values({
        municipality_code: family.municipality_code,
        family_id: grant.subjectId,
        person_id: person.id,
        trajectory_id: family.trajectory_id,
        source: 'plan',
        plan_action_key: body.planActionKey ?? null,
        question: body.question,
        category: body.category ?? null,
        requested_by: grant.actor.userId,
        answer_due: answerDue,
        received_at: now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, answerDue };
  });
}
