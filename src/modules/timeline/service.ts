// The family timeline: authorize once, ask every source that can contribute a requested kind,
// merge and sort — newest first — here and nowhere else.
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/errors.js';
import { TIMELINE_KINDS, type Timeline, type TimelineEvent, type TimelineKind, type TimelineQuery } from './schemas.js';
import { SOURCES } from './sources.js';

/** Within one instant, the order in which things happen (an opening before the plan made with it). */
const KIND_ORDER = new Map<TimelineKind, number>(TIMELINE_KINDS.map((k, i) => [k, i]));

export function parseKinds(raw: string | undefined): TimelineKind[] {
  if (raw === undefined) return [...TIMELINE_KINDS];
  const asked = [...new Set(raw.split(','))];
  const unknown = asked.filter((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new ValidationError('unknown_timeline_kind', {
      detail: `Unknown timeline kind: ${unknown.join(', ')}.`,
      errors: [{ path: 'kinds', message: `one of ${TIMELINE_KINDS.join(', ')}` }],
    });
  }
  return asked as TimelineKind[];
}

export function newestFirst(a: TimelineEvent, b: TimelineEvent): number {
  return (
    b.at.getTime() - a.at.getTime() ||
    (KIND_ORDER.get(b.kind) ?? 0) - (KIND_ORDER.get(a.kind) ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

export function readTimeline(ctx: RequestContext, familyId: string, query: TimelineQuery): Promise<Timeline> {
  const kinds = parseKinds(query.kinds);
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'read',
      purpose: 'care',
      data: 'timeline',
    });
    const wanted = new Set(kinds);
    const events: TimelineEvent[] = [];
    // One connection in embedded mode: sources run one after another inside the transaction.
    for (const source of SOURCES) {
      if (!source.kinds.some((k) => wanted.has(k))) continue;
      events.push(...(await source.load(trx, grant)).filter((e) => wanted.has(e.kind)));
    }
    return { familyId, kinds, events: events.sort(newestFirst) };
  });
}
