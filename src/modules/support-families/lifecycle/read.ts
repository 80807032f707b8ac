// The read side of matches: the board's paged list, one match with its history, and the shape both
// present (first names and references only; contact details stay on the detail's own path).
import { authorize, type Grant } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import * as q from './queries.js';
import type { MatchListSearch } from './schemas.js';
import { NEXT } from './transitions.js';

export const PURPOSE = 'buurtgezinnen';

export function presentSummary(m: q.MatchRow) {
  return {
    id: m.id,
    status: m.status,
    score: m.score,
    proposedAt: m.proposed_at,
    startedAt: m.started_at,
    endedAt: m.ended_at,
    endReason: m.end_reason,
    request: {
      id: m.request_id,
      reference: m.r_reference,
      givenName: m.r_given_name,
      neighbourhoodName: m.r_neighbourhood,
    },
    family: {
      id: m.family_id,
      reference: m.f_reference,
      givenName: m.f_given_name,
      neighbourhoodName: m.f_neighbourhood,
    },
    openReminders: Number(m.open_reminders),
  };
}

export async function detail(trx: Tx, grant: Grant<'support_match'>) {
  const m = await q.getMatch(trx, grant);
  const h = await q.matchHistory(trx, grant);
  return {
    ...presentSummary(m),
    requestAccepted: m.request_accepted_at !== null,
    familyAccepted: m.family_accepted_at !== null,
    evaluation: m.evaluation,
    endNote: m.end_note,
    next: [...NEXT[m.status]],
    fosterInterest: m.foster_interest_at !== null,
    events: h.events.map((e) => ({
      kind: e.kind,
      toStatus: e.to_status,
      happenedOn: e.happened_on,
      note: e.note,
      recordedBy: e.display_name,
    })),
    agreements: h.agreements.map((a) => ({ what: a.what, howOften: a.how_often, recordedAt: a.recorded_at })),
    reminders: h.reminders.map((r) => ({
      id: r.id,
      offsetDays: r.offset_days,
      dueAt: r.due_at,
      doneAt: r.done_at,
    })),
  };
}

export const grantFor = (trx: Tx, ctx: RequestContext, id: string, action: 'read' | 'update', data: string) =>
  authorize(trx, ctx, { subject: 'support_match', id, action, purpose: PURPOSE, data });

export function listMatches(ctx: RequestContext, filter: Omit<MatchListSearch, 'q'> & { q?: string | undefined }) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'matches in the area',
    });
    const page = await q.listMatches(trx, grant, filter);
    return { ...page, items: page.items.map(presentSummary) };
  });
}

export function getMatch(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => detail(trx, await grantFor(trx, ctx, id, 'read', 'match with history')));
}
