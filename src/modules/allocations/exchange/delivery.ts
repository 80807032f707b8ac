// JW305 start and JW307 stop of care: each product linked to its allocation (TR019), checked against
// the delivery state of that allocation (TR326, OP072, OP377–379) and recorded as a care period; the
// provider's end reason (JZ588) is kept for the indicators.
import { now } from '../../../platform/clock.js';
import { checkStart, checkStop, type DeliveryState, TEMPORARY_STOP, TR019 } from '../ijw/rules/delivery-rules.js';
import type { Jw305Root, Jw307Root } from '../ijw/types.generated.js';
import { dateText, findAllocation, type HandlerContext, type HandlerResult } from './handler-context.js';

async function stateOf(
  hc: HandlerContext,
  allocationId: string,
): Promise<{ state: DeliveryState; periodId: string | null }> {
  const last = await hc.trx
    .selectFrom('care_period')
    .select(['id', 'started_on', 'stopped_on', 'end_reason'])
    .where('allocation_id', '=', allocationId)
    .orderBy('started_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!last) return { state: { kind: 'none' }, periodId: null };
  const start = dateText(last.started_on);
  if (last.stopped_on === null) return { state: { kind: 'started', start }, periodId: last.id };
  const end = dateText(last.stopped_on);
  return last.end_reason === TEMPORARY_STOP
    ? { state: { kind: 'temporarilyStopped', start, end }, periodId: last.id }
    : { state: { kind: 'stopped', start, end, reason: last.end_reason ?? '' }, periodId: last.id };
}

export async function handleStarts(hc: HandlerContext, m: Jw305Root): Promise<HandlerResult> {
  const problems = new Map<string, string[]>();
  let refused = 0;
  for (const [i, p] of m.Client.StartProducten.StartProduct.entries()) {
    const path = `Client.StartProducten.StartProduct.${i}`;
    const allocation = p.ToewijzingNummer ? await findAllocation(hc, p.ToewijzingNummer) : null;
    const link = TR019(p.ToewijzingNummer ?? '', new Set(allocation ? [p.ToewijzingNummer ?? ''] : []));
    const codes: string[] = link ? [link] : [];
    if (allocation) {
      const { state } = await stateOf(hc, allocation.id);
      codes.push(...checkStart(state));
      if (codes.length === 0) {
        await hc.trx
          .insertInto('care_period')
          .values({
            allocation_id: allocation.id,
            started_on: p.Begindatum,
            start_message_id: hc.messageId,
            created_at: now(),
          })
          .execute();
      }
    }
    if (codes.length) {
      problems.set(path, codes);
      refused += 1;
    }
  }
  return { problems, refused };
}

export async function handleStops(hc: HandlerContext, m: Jw307Root): Promise<HandlerResult> {
  const problems = new Map<string, string[]>();
  let refused = 0;
  for (const [i, p] of m.Client.StopProducten.StopProduct.entries()) {
    const path = `Client.StopProducten.StopProduct.${i}`;
    const allocation = p.ToewijzingNummer ? await findAllocation(hc, p.ToewijzingNummer) : null;
    const codes: string[] = allocation ? [] : ['9019'];
    if (allocation) {
      const { state, periodId } = await stateOf(hc, allocation.id);
      codes.push(...checkStop(state, p.RedenBeeindiging, p.Einddatum));
      if (codes.length === 0 && periodId) {
        await hc.trx
          .updateTable('care_period')
          .set({ stopped_on: p.Einddatum, end_reason: p.RedenBeeindiging, stop_message_id: hc.messageId })
          .where('id', '=', periodId)
          .execute();
      }
    }
    if (codes.length) {
      problems.set(path, codes);
      refused += 1;
    }
  }
  return { problems, refused };
}
