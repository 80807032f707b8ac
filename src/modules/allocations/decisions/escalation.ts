// OP274/OP346 escalation, run by the job 'allocations.escalate_late_requests': an allocation request still
// open after its answer date is marked escalated (once) and the consultants of its municipality hear of
// it in the inbox — one item per consultant per run, whatever the number of late requests, linking to the
// queue's section that holds them.
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
    .returning(['municipality_code', 'source'])
    .execute();
  const links = lateLinks(late);
  if (links.size === 0) return 0;
  const consultants = await trx
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .select(['u.id', 'o.municipality_code'])
    .where(sql<boolean>`'consultant' = ANY(u.roles)`)
    .where('u.active', '=', true)
    .where('o.municipality_code', 'in', [...links.keys()])
    .execute();
  for (const c of consultants) {
    const link = c.municipality_code ? links.get(c.municipality_code) : undefined;
    if (link) await notify(trx, c.id, 'allocation_request_late', link);
  }
  return late.length;
}

/** The queue's late filter in the section of each municipality's newly late requests (decisions/queue-page.tsx). */
export const LATE_LINKS = {
  /** Providers' requests (JW315/JW317), the first section: their answer is a statutory deadline (OP274/OP346). */
  provider: '/decisions?state=late',
  /** Only requests from plans ran late: the section of decisions to take. */
  plan: '/decisions?tab=decisions&state=late',
} as const;

/** Per municipality, where its late requests are: with a provider's among them, that section; else the plans'. */
export function lateLinks(late: ReadonlyArray<{ municipality_code: string; source: string }>): Map<string, string> {
  const links = new Map<string, string>();
  for (const r of late) {
    if (r.source !== 'plan') links.set(r.municipality_code, LATE_LINKS.provider);
    else if (!links.has(r.municipality_code)) links.set(r.municipality_code, LATE_LINKS.plan);
  }
  return links;
}

/** The job's clock: `asOf` in the payload (tests, a manual re-run), otherwise now. */
export function jobClock(payload: unknown): Date {
  const asOf = (payload as { asOf?: unknown } | null)?.asOf;
  const at = typeof asOf === 'string' ? new Date(asOf) : new Date();
  return Number.isNaN(at.getTime()) ? new Date() : at;
}
