// The family timeline: authorize once, ask every source that can contribute a requested kind,
// merge and sort — newest first — here and nowhere else.
import { authorizeRead } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
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

/**
 * Three statements however many sources: the session check, the need-to-know decision, and one
 * statement that reads every wanted source and writes the audit row (AuditedRead.fetch).
 */
export async function readTimeline(ctx: RequestContext, familyId: string, query: TimelineQuery): Promise<Timeline> {
  const kinds = parseKinds(query.kinds);
  const read = await authorizeRead(ctx, {
    subject: 'family',
    id: familyId,
    action: 'read',
    purpose: 'care',
    data: 'timeline',
  });
  const wanted = new Set(kinds);
  const sources = SOURCES.filter((source) => source.kinds.some((k) => wanted.has(k))).map((source) => ({
    source,
    parts: source.parts(read.db, read.grant),
  }));
  // Each source's parts under its own prefix, so two sources may name a part alike.
  const rows: Record<string, unknown> = await read.fetch(
    Object.fromEntries(
      sources.flatMap(({ source, parts }) =>
        Object.entries(parts).map(([key, part]) => [`${source.name}_${key}`, part]),
      ),
    ),
  );
  const events = sources.flatMap(({ source, parts }) => {
    const own = Object.fromEntries(Object.keys(parts).map((key) => [key, rows[`${source.name}_${key}`] ?? []]));
    return source.present(own).filter((e) => wanted.has(e.kind));
  });
  return { familyId, kinds, events: events.sort(newestFirst) };
}
