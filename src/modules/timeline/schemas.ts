// The family timeline: one list of typed events from every capability, newest first.
import { z } from 'zod';

export const TIMELINE_KINDS = [
  'trajectory_opened',
  'status_changed',
  'handover',
  'trajectory_closed',
  'meeting_held',
  'top3_confirmed',
  'meeting_taken_over',
  'plan_version',
  'plan_signed',
  'measurement',
  'story_version',
  'intake_version',
  'family_statement',
  'person_added',
  'person_removed',
  'consent_withdrawn',
  'decision_made',
  'allocation_made',
  'allocation_withdrawn',
  'care_started',
  'care_stopped',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const TimelineKind = z.enum(TIMELINE_KINDS).meta({ id: 'TimelineKind' });

export const TimelineParams = z.strictObject({ familyId: z.uuid() });
/** How many events a timeline answers by default, and at most (the page asks for more in steps). */
export const TIMELINE_LIMIT = 50;
export const TIMELINE_MAX_LIMIT = 500;

export const TimelineQuery = z.strictObject({
  /** Comma-separated kinds; unknown kinds are refused (400), not ignored. */
  kinds: z
    .string()
    .max(400)
    .regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/, 'comma-separated kinds')
    .optional(),
  /** The newest this many events (older ones: ask again with a larger limit). */
  limit: z.coerce.number().int().min(1).max(TIMELINE_MAX_LIMIT).default(TIMELINE_LIMIT),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

/** Where the UI can go to read more: a meeting, the plan at a version, a decision (its letter), the family's own statements. */
export const TimelineLink = z
  .discriminatedUnion('to', [
    z.object({ to: z.literal('meeting'), meetingId: z.uuid() }),
    z.object({ to: z.literal('plan'), version: z.number().int() }),
    z.object({ to: z.literal('decision'), decisionId: z.uuid() }),
    z.object({ to: z.literal('family_statements') }),
  ])
  .meta({ id: 'TimelineLink' });
export type TimelineLink = z.infer<typeof TimelineLink>;

export const TimelineEvent = z
  .object({
    /** Stable per event (kind + source row), for list keys. */
    id: z.string(),
    kind: TimelineKind,
    at: z.date(),
    /** True when only the date of `at` is meaningful (held on, measured on, signed on). */
    allDay: z.boolean(),
    /** Values for the kind's title text: names, versions, codes — never free-text content or BSNs. */
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    actor: z.string().nullable(),
    link: TimelineLink.nullable(),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = z
  .object({
    familyId: z.uuid(),
    kinds: z.array(TimelineKind),
    /** The limit applied: `events` are the newest this many (or fewer). */
    limit: z.number().int().min(1),
    /** Whether there are older events than these (ask with a larger limit). */
    hasMore: z.boolean(),
    /** Newest first. */
    events: z.array(TimelineEvent),
  })
  .meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof Timeline>;
