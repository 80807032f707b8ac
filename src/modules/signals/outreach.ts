// Outreach ("erop af"): after triage chose outreach, the team records each attempt to reach the
// household and finally the outcome; for rent arrears also whether an eviction was prevented.
import { sql } from 'kysely';
import { authorize, requireActor } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError, ValidationError } from '../../platform/errors.js';
import type { ContactAttemptBody, OutreachOutcomeBody, SignalDetail } from './schemas.js';
import { presentSignal } from './triage.js';
import { today } from '../../platform/clock.js';

const PURPOSE = 'early signal outreach';
/** "Not reached" only after this many recorded attempts (VNG practice: several ways, several times). */
export const MIN_ATTEMPTS_FOR_NOT_REACHED = 2;

async function outreachSignal(trx: Tx, id: string) {
  const s = await trx
    .selectFrom('signal')
    .select(['status', 'triage_outcome', 'category', sql<string>`signal_date::text`.as('signal_date')])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (s.triage_outcome !== 'outreach')
    throw new BusinessRuleError('outreach_not_chosen', { detail: 'Outreach was not chosen for this signal.' });
  if (s.status === 'closed') throw new BusinessRuleError('signal_closed', { detail: 'This signal is closed.' });
  return s;
}

export function recordContactAttempt(ctx: RequestContext, id: string, body: ContactAttemptBody): Promise<SignalDetail> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: `contact attempt: ${body.method}`,
      event: 'signal.contact_attempt',
    });
    const s = await outreachSignal(trx, id);
    if (body.attemptedOn > today())
      throw new ValidationError('invalid_input', {
        detail: 'A contact attempt cannot lie in the future.',
        errors: [{ path: 'attemptedOn', message: 'in_future' }],
      });
    if (body.attemptedOn < s.signal_date)
      throw new ValidationError('invalid_input', {
        detail: 'A contact attempt cannot precede the signal.',
        errors: [{ path: 'attemptedOn', message: 'before_signal' }],
      });
    await trx
      .insertInto('signal_contact_attempt')
      .values({
        signal_id: id,
        method: body.method,
        attempted_on: body.attemptedOn,
        part_of_day: body.partOfDay,
        reached: body.reached,
        note: body.note ?? null,
        recorded_by: actor.userId,
      })
      .execute();
    return presentSignal(trx, ctx, id, 'read', 'signal after contact attempt');
  });
}

export function recordOutreachOutcome(
  ctx: RequestContext,
  id: string,
  body: OutreachOutcomeBody,
): Promise<SignalDetail> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: `outreach outcome: ${body.outcome}`,
      event: 'signal.outreach_closed',
    });
    const s = await outreachSignal(trx, id);
    const attempts = await trx
      .selectFrom('signal_contact_attempt')
      .select(['reached'])
      .where('signal_id', '=', id)
      .execute();
    if (body.evictionPrevented !== undefined && s.category !== 'rent_arrears')
      throw new ValidationError('invalid_input', {
        detail: 'Eviction prevention is recorded for rent arrears only.',
        errors: [{ path: 'evictionPrevented', message: 'only_for_rent_arrears' }],
      });
    if (
      body.outcome === 'not_reached' &&
      (attempts.length < MIN_ATTEMPTS_FOR_NOT_REACHED || attempts.some((a) => a.reached))
    ) {
      throw new BusinessRuleError('too_few_attempts', {
        detail: `"Not reached" needs at least ${MIN_ATTEMPTS_FOR_NOT_REACHED} recorded attempts, none of them successful.`,
      });
    }
    if (body.outcome !== 'not_reached' && attempts.length === 0)
      throw new BusinessRuleError('no_contact_recorded', { detail: 'Record the contact attempts first.' });
    await trx
      .updateTable('signal')
      .set({
        status: 'closed',
        outreach_outcome: body.outcome,
        eviction_prevented: body.evictionPrevented ?? null,
        outreach_note: body.note ?? null,
        outreach_closed_by: actor.userId,
        outreach_closed_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    return presentSignal(trx, ctx, id, 'read', 'signal after outreach');
  });
}
