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

/** Newest first; within one instant, the order in which things happen. */
export function sortNewestFirst(events: TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event) => ({ event, at: sortInstant(event) }))
    .sort(
      (a, b) =>
        b.at - a.at ||
        (KIND_ORDER.get(b.event.kind) ?? 0) - (KIND_ORDER.get(a.event.kind) ?? 0) ||
        a.event.id.localeCompare(b.event.id),
    )
    .map((k) => k.event);
}

/** Each source's part names (fixed per source), learnt when its bundle is first built. */
const partNames = new Map<string, string[]>();
const bundles = new Map<string, BundleTemplate<{ familyId: string }, Record<string, Part<unknown>>>>();

/**
 * The wanted sources' parts as one statement, built and compiled once per set of sources
 * (platform/db/template.ts); each source's parts under its own prefix, so two sources may name a
 * part alike. The value is the family id of the caller's grant, which the grant here only carries
 * into the sources' queries.
 */
function timelineBundle(sources: readonly TimelineSource[]) {
  const key = sources.map((s) => s.name).join(',');
  let tpl = bundles.get(key);
  if (!tpl) {
    tpl = bundleTemplate((db, v: { familyId: string }) =>
      Object.fromEntries(
        sources.flatMap((source) => {
          const parts = source.parts(db, { subjectId: v.familyId } as Grant<'family'>);
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
  const sources = SOURCES.filter((source) => source.kinds.some((k) => wanted.has(k)));
  const rows: Record<string, unknown> = await read.fetchBundle(timelineBundle(sources), {
    familyId: read.grant.subjectId,
  });
  const events = sources.flatMap((source) => {
    const own = Object.fromEntries(
      (partNames.get(source.name) ?? []).map((key) => [key, rows[`${source.name}_${key}`] ?? []]),
    );
    return source.present(own).filter((e) => wanted.has(e.kind));
  });
  return { familyId, kinds, events: sortNewestFirst(events) };
}
