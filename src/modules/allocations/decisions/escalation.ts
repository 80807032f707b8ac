// OP274/OP346 escalation, run by the job 'allocations.escalate_late_requests': an allocation request still
// open after its answer date is marked escalated (once) and the consultants of its municipality hear of
// it in the inbox — one item per consultant per run, whatever the number of late requests.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import { notify } from '../../../platform/notify/notify.js';
import { today as dutchDate } from '../../../platform/clock.js';

export const ESCALATE_LATE_REQUESTS = 'allocations.escalate_late_requests';

export async function escalateLateRequests(trx: Tx, now: Date): Promise<number> {
  const today = dutchDate(now);
  const late = await trx
    .updateTable('allocation_request')
    .set({ escalated_at: now })
    .where('status', '=', 'open')
    .where('escalated_at', 'is', null)
    .where(sql<boolean>`answer_due < ${today}::date`)
    .returning('municipality_code')
    .execute();
  const municipalities = [...new Set(late.map((r) => r.municipality_code))];
  if (municipalities.length === 0) return 0;
  const consultants = await trx
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .select('u.id')
    .where(sql<boolean>`'consultant' = ANY(u.roles)`)
    .where('u.active', '=', true)
    .where('o.municipality_code', 'in', municipalities)
    .execute();
  for (const c of consultants) await notify(trx, c.id, 'allocation_request_late', '/decisions?state=late');
  return late.length;
}

/** The job's clock: `asOf` in the payload (tests, a manual re-run), otherwise now. */
export function jobClock(payload: unknown): Date {
  const asOf = (payload as { asOf?: unknown } | null)?.asOf;
  const at = typeof asOf === 'string' ? new Date(asOf) : new Date();
  return Number.isNaN(at.getTime()) ? new Date() : at;
}
