import { z } from 'zod';
import { LEARNING_KINDS, REFLECTION_ACTION_STATUSES } from '../../platform/db/schema.js';
import { pageOf, pagingFields } from '../../platform/http/paging.js';
import { INDICATOR_KEYS } from './indicators.js';

const MunicipalityCode = z.string().regex(/^\d{4}$/);
const Text = (min: number, max: number) => z.string().trim().min(min).max(max);
export const LearningKind = z.enum(LEARNING_KINDS).meta({ id: 'LearningKind' });
export const ReflectionActionStatus = z.enum(REFLECTION_ACTION_STATUSES).meta({ id: 'ReflectionActionStatus' });
export const IndicatorKey = z.enum(INDICATOR_KEYS).meta({ id: 'IndicatorKey' });
const Ref = z.object({ id: z.uuid(), name: z.string() });

// ---- the meetlat ----------------------------------------------------------------------------

/** An indicator that evidences a step, with the region's current published figure where there is one. */
export const MeetlatEvidence = z.object({
  key: IndicatorKey,
  source: z.enum(['outcome', 'budget', 'signal_outcomes', 'support_families']),
  /** The outcome indicator behind the key, when it is one (its page shows definition and breakdowns). */
  indicator: z.string().nullable(),
  /** A share (0–1), a mean mark or a median of days; null when hidden (small numbers) or not shown here. */
  value: z.number().nullable(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
});
export const MeetlatStep = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  description: z.string(),
  indicators: z.array(z.string()),
  evidence: z.array(MeetlatEvidence),
});
export const MeetlatAssessment = z.object({
  id: z.uuid(),
  assessedOn: z.string(),
  focusStepId: z.uuid(),
  focusReason: z.string(),
  recordedBy: z.string(),
  positions: z.array(z.object({ stepId: z.uuid(), level: z.number().int(), reflection: z.string() })),
});
export const MeetlatView = z
  .object({
    region: z.object({ code: z.string(), name: z.string() }),
    meetlat: z
      .object({
        id: z.uuid(),
        name: z.string(),
        isExample: z.boolean(),
        levels: z.array(z.string()),
        steps: z.array(MeetlatStep),
        /** The half-year of the evidence figures (the last completed one), or null when this user sees none. */
        evidencePeriod: z.string().nullable(),
      })
      .nullable(),
    municipalities: z.array(z.object({ code: z.string(), name: z.string(), assessments: z.array(MeetlatAssessment) })),
    /** The municipality this user may position (a policy advisor's own), or null. */
    ownMunicipality: z.string().nullable(),
    abilities: z.object({ position: z.boolean(), import: z.boolean() }),
  })
  .meta({ id: 'MeetlatView' });
export type MeetlatView = z.infer<typeof MeetlatView>;

export const NewAssessment = z
  .strictObject({
    municipality: MunicipalityCode,
    assessedOn: z.iso.date(),
    focusStepId: z.uuid(),
    focusReason: Text(1, 2000),
    positions: z
      .array(z.strictObject({ stepId: z.uuid(), level: z.number().int().min(1).max(10), reflection: Text(1, 1000) }))
      .min(1)
      .max(20),
  })
  .meta({ id: 'NewMeetlatAssessment' });
export type NewAssessment = z.infer<typeof NewAssessment>;

export const MeetlatImport = z
  .strictObject({
    format: z.enum(['json', 'csv']),
    content: z.string().min(1).max(200_000),
    name: Text(1, 200).optional(),
    /** Check only: the report, nothing stored. */
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'MeetlatImport' });
export type MeetlatImport = z.infer<typeof MeetlatImport>;
export const MeetlatImportReport = z
  .object({
    stored: z.boolean(),
    name: z.string(),
    levels: z.array(z.string()),
    steps: z.array(z.object({ position: z.number().int(), title: z.string(), indicators: z.array(z.string()) })),
  })
  .meta({ id: 'MeetlatImportReport' });

// ---- the learning log -----------------------------------------------------------------------

export const NewLearningEntry = z
  .strictObject({
    kind: LearningKind,
    title: Text(3, 200),
    body: Text(1, 4000),
    municipality: MunicipalityCode,
    teamId: z.uuid().optional(),
    meetlatStepId: z.uuid().optional(),
    pilotId: z.uuid().optional(),
  })
  .meta({ id: 'NewLearningEntry' });
export type NewLearningEntry = z.infer<typeof NewLearningEntry>;

export const LearningEntrySearch = z
  .strictObject({
    municipality: MunicipalityCode,
    kind: LearningKind.optional(),
    /** open: not discussed yet, or with actions still open. */
    state: z.enum(['all', 'undiscussed', 'open_actions']).default('all'),
    ...pagingFields('LearningEntrySort', ['newest', 'oldest']),
  })
  .meta({ id: 'LearningEntrySearch' });
export type LearningEntrySearch = z.infer<typeof LearningEntrySearch>;

const Action = z.object({
  id: z.uuid(),
  description: z.string(),
  owner: Ref,
  dueOn: z.string(),
  status: ReflectionActionStatus,
});
export const LearningEntry = z
  .object({
    id: z.uuid(),
    kind: LearningKind,
    title: z.string(),
    body: z.string(),
    createdAt: z.string(),
    author: z.string(),
    team: Ref.nullable(),
    step: z.object({ id: z.uuid(), position: z.number().int(), title: z.string() }).nullable(),
    pilotId: z.uuid().nullable(),
    discussions: z.array(
      z.object({ meetingId: z.uuid(), meetingTitle: z.string(), heldOn: z.string(), decision: z.string() }),
    ),
    actions: z.array(Action),
  })
  .meta({ id: 'LearningEntry' });
export const LearningEntryPage = pageOf(LearningEntry, 'LearningEntryPage');

export const LearningContext = z
  .object({
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    teams: z.array(Ref.extend({ municipalityCode: z.string() })),
    steps: z.array(z.object({ id: z.uuid(), position: z.number().int(), title: z.string() })),
    /** Municipality codes where this user may write entries, and where they may record reflection meetings. */
    abilities: z.object({ write: z.array(z.string()), meet: z.array(z.string()) }),
  })
  .meta({ id: 'LearningContext' });

// ---- reflection meetings --------------------------------------------------------------------

export const NewReflectionMeeting = z
  .strictObject({
    municipality: MunicipalityCode,
    teamId: z.uuid().optional(),
    heldOn: z.iso.date(),
    title: Text(3, 200),
  })
  .meta({ id: 'NewReflectionMeeting' });
export type NewReflectionMeeting = z.infer<typeof NewReflectionMeeting>;

export const NewDiscussion = z
  .strictObject({
    entryId: z.uuid(),
    decision: Text(1, 2000),
    actions: z
      .array(z.strictObject({ description: Text(3, 500), ownerId: z.uuid(), dueOn: z.iso.date() }))
      .max(10)
      .default([]),
  })
  .meta({ id: 'NewReflectionDiscussion' });
export type NewDiscussion = z.infer<typeof NewDiscussion>;

export const ActionStatusChange = z.strictObject({ status: ReflectionActionStatus }).meta({ id: 'ActionStatusChange' });

export const ReflectionMeetingQuery = z.strictObject({
  municipality: MunicipalityCode,
  ...pagingFields('ReflectionMeetingSort', ['newest', 'oldest']),
});
export type ReflectionMeetingQuery = z.infer<typeof ReflectionMeetingQuery>;
export const ReflectionMeeting = z
  .object({
    id: z.uuid(),
    municipalityCode: z.string(),
    title: z.string(),
    heldOn: z.string(),
    team: Ref.nullable(),
    discussions: z.array(
      z.object({ entryId: z.uuid(), entryTitle: z.string(), entryKind: LearningKind, decision: z.string() }),
    ),
    actions: z.array(Action.extend({ entryId: z.uuid() })),
  })
  .meta({ id: 'ReflectionMeeting' });
export type ReflectionMeeting = z.infer<typeof ReflectionMeeting>;
export const ReflectionMeetingPage = pageOf(ReflectionMeeting, 'ReflectionMeetingPage');
export const ReflectionMeetingDetail = z
  .object({
    meeting: ReflectionMeeting,
    /** Entries of the municipality not yet discussed at this meeting (newest 100). */
    candidates: z.array(z.object({ id: z.uuid(), title: z.string(), kind: LearningKind })),
    owners: z.array(Ref),
    abilities: z.object({ discuss: z.boolean() }),
  })
  .meta({ id: 'ReflectionMeetingDetail' });
export const Created = z.object({ id: z.uuid() });
