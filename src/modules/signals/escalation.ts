// SLA escalation, run by the background job 'signals.escalate_late': a signal still untriaged after
// its last triage day is marked escalated (once) and the lead of its team hears of it in the inbox.
// The clock is a parameter so tests can move time instead of waiting for it.
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.js';
import { notify } from '../../platform/notify/notify.js';
import { today as dutchDate } from '../../platform/clock.js';

export async function escalateLateSignals(trx: Tx, now: Date): Promise<number> {
  const today = dutchDate(now);
  const late = await trx
    .updateTable('signal')
    .set({ escalated_at: now })
    .where('status', '=', 'received')
    .where('escalated_at', 'is', null)
    .where(sql<boolean>`triage_due_on < ${today}::date`)
    .returning(['id', 'team_id'])
    .execute();
  const teams = [...new Set(late.map((r) => r.team_id))];
  if (teams.length === 0) return 0;
  const leads = await trx
    .selectFrom('team_membership as tm')
    .innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .select(['tm.user_id', 'tm.team_id'])
    .where('tm.is_lead', '=', true)
    .where('u.active', '=', true)
    .where('tm.team_id', 'in', teams)
    .execute();
  // One inbox item per lead and team per run, however many signals ran late.
  for (const lead of leads)
    await notify(trx, lead.user_id, 'signal_escalated', `/signals/queue?team=${lead.team_id}&state=late`);
  return late.length;
}

/** The job's clock: `asOf` in the payload (tests, a manual re-run), otherwise now. */
export function jobClock(payload: unknown): Date {
  const asOf = (payload as { asOf?: unknown } | null)?.asOf;
  const at = typeof asOf === 'string' ? new Date(asOf) : new Date();
  return Number.isNaN(at.getTime()) ? new Date() : at;
}
