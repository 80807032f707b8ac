// The family timeline: authorize once, ask every source that can contribute a requested kind,
// merge and sort — newest first — here and nowhere else.
import { tz } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { authorizeRead, type Grant } from '../../platform/access/authorize.js';
import { startOfDayInNetherlands } from '../../platform/clock.js';
import { bundleTemplate, type BundleTemplate, type Part } from '../../platform/db/bundle.js';
import type { RequestContext } from '../../platform/access/context.js';
import { ValidationError } from '../../platform/errors.js';
import { TIMELINE_KINDS, type Timeline, type TimelineEvent, type TimelineKind, type TimelineQuery } from './schemas.js';
import { SOURCES, type TimelineSource } from './sources.js';

/** Within one instant, the order in which things happen (an opening before the plan made with it). */
const KIND_ORDER = new Map<TimelineKind, number>(TIMELINE_KINDS.map((k, i) => [k, i]));
const utc = tz('UTC');

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

/**
 * When an event happened, for sorting: a timed one at its instant; an all-day one (its `at` is its date at
 * 00:00 UTC, what the API sends) at the start of that day in the Netherlands, so it sorts before anything
 * timed later that Dutch day — also between local midnight and 01:00/02:00 UTC, when the UTC date is still
 * the day before.
 */
function sortInstant(e: TimelineEvent): number {
  if (!e.allDay) return e.at.getTime();
  const date = formatISO(e.at, { representation: 'date', in: utc });
  return startOfDayInNetherlands(date).getTime();
}

/**
 * Newest first; within one instant, the order in which things happen; within one instant and kind, the
 * order the events came in (the sort is stable). Each kind comes from one part of one source, whose
 * SQL orders its rows newest first by the event's own time column (queries.ts) — so within a kind this
 * order is the SQL's order, which is what lets each part stop after limit + 1 rows (`readTimeline`).
 * No tie-break on `id` here: the timestamps' microseconds, which a Date drops, and the SQL's own
 * tie-break already decided it.
 */
export function sortNewestFirst(events: TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event) => ({ event, at: sortInstant(event) }))
    .sort((a, b) => b.at - a.at || (KIND_ORDER.get(b.event.kind) ?? 0) - (KIND_ORDER.get(a.event.kind) ?? 0))
    .map((k) => k.event);
}

/** Each source's part names (fixed per source), learnt when its bundle is first built. */
const partNames = new Map<string, string[]>();
/** The bundle's values: the family, and per kind how many rows its part may read (`take_<kind>`). */
type BundleValues = { familyId: string } & Record<`take_${TimelineKind}`, number>;
const bundles = new Map<string, BundleTemplate<BundleValues, Record<string, Part<unknown>>>>();

/**
 * The wanted sources' parts as one statement, built and compiled once per set of sources
 * (platform/db/template.ts); each source's parts under its own prefix, so two sources may name a
 * part alike. The values are the family id of the caller's grant, which the grant here only carries
 * into the sources' queries, and each kind's row limit (parameters: the statement is the same for
 * every limit and every choice of kinds within these sources).
 */
function timelineBundle(sources: readonly TimelineSource[]) {
  const key = sources.map((s) => s.name).join(',');
  let tpl = bundles.get(key);
  if (!tpl) {
    tpl = bundleTemplate((db, v: BundleValues) =>
      Object.fromEntries(
        sources.flatMap((source) => {
          const parts = source.parts(db, { subjectId: v.familyId } as Grant<'family'>, (kind) => v[`take_${kind}`]);
          partNames.set(source.name, Object.keys(parts));
          return Object.entries(parts).map(([k, part]) => [`${source.name}_${k}`, part]);
        }),
      ),
    );
    bundles.set(key, tpl);
  }
  return tpl;
}

/**
 * Three statements however many sources: the session check, the need-to-know decision, and one
 * statement that reads every wanted source and writes the audit row (AuditedRead.fetchBundle).
 *
 * Bounded: the newest `limit` events and whether there are older ones. Every part reads at most
 * limit + 1 rows of its one kind, newest first in the order `sortNewestFirst` keeps within a kind, one
 * event per row. An event a part did not read has limit + 1 events of its own part before it, so it is
 * not among the newest `limit`; and when a part had more, the merge has more than `limit` events.
 */
export async function readTimeline(ctx: RequestContext, familyId: string, query: TimelineQuery): Promise<Timeline> {
  const kinds = parseKinds(query.kinds);
  const limit = query.limit;
  const read = await authorizeRead(ctx, {
    subject: 'family',
    id: familyId,
    action: 'read',
    purpose: 'care',
    data: 'timeline',
  });
  const wanted = new Set(kinds);
  const sources = SOURCES.filter((source) => source.kinds.some((k) => wanted.has(k)));
  const values = { familyId: read.grant.subjectId } as BundleValues;
  for (const kind of TIMELINE_KINDS) values[`take_${kind}`] = wanted.has(kind) ? limit + 1 : 0;
  const rows: Record<string, unknown> = await read.fetchBundle(timelineBundle(sources), values);
  const events = sources.flatMap((source) => {
    const own = Object.fromEntries(
      (partNames.get(source.name) ?? []).map((key) => [key, rows[`${source.name}_${key}`] ?? []]),
    );
    return source.present(own).filter((e) => wanted.has(e.kind));
  });
  const sorted = sortNewestFirst(events);
  return { familyId, kinds, limit, hasMore: sorted.length > limit, events: sorted.slice(0, limit) };
}
