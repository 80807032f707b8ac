import { z } from 'zod';
import { MEETING_KINDS, PARTICIPANT_KINDS } from '../../platform/db/schema.js';
import { PlanView } from '../plans/schemas.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const MeetingKind = z.enum(MEETING_KINDS).meta({ id: 'MeetingKind' });
export const ParticipantKind = z.enum(PARTICIPANT_KINDS).meta({ id: 'ParticipantKind' });

export const ConcernKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and -, at most 40');
const Label = z.string().trim().min(1).max(200);
const IsoDate = z.iso.date();

export const FamilyParams = z.strictObject({ familyId: z.uuid() });
export const MeetingParams = z.strictObject({ familyId: z.uuid(), meetingId: z.uuid() });
export const ParticipantParams = z.strictObject({ familyId: z.uuid(), meetingId: z.uuid(), participantId: z.uuid() });

export const SharedConcernBody = z.strictObject({ key: ConcernKey, label: Label }).meta({ id: 'SharedConcernBody' });
export type SharedConcernBody = z.infer<typeof SharedConcernBody>;

export const RankedConcernBody = z.strictObject({
  /** The shared concern the table mapped this onto; created when new and a label is given. */
  concernKey: ConcernKey,
  concernLabel: Label.optional(),
  /** What the participant said, in their own words. */
  ownWords: z.string().trim().min(1).max(2000),
});

export const ParticipantBody = z
  .strictObject({
    kind: ParticipantKind,
    name: z.string().trim().min(1).max(200),
    roleLabel: z.string().trim().min(1).max(200),
    userId: z.uuid().optional(),
    safetyRating: z.number().int().min(0).max(10).nullable().optional(),
    strengths: z.array(z.string().trim().min(1).max(1000)).max(10).default([]),
    /** Up to three, in the participant's own order: the first is their biggest concern. */
    concerns: z
      .array(RankedConcernBody)
      .max(3)
      .default([])
      .refine(
        (cs) => new Set(cs.map((c) => c.concernKey)).size === cs.length,
        'each shared concern once per participant',
      ),
  })
  .meta({ id: 'MeetingParticipantBody' });
export type ParticipantBody = z.infer<typeof ParticipantBody>;

export const CreateMeetingBody = z
  .strictObject({
    kind: MeetingKind,
    heldOn: IsoDate,
    location: z.string().trim().min(1).max(200).optional(),
    concerns: z
      .array(SharedConcernBody)
      .max(30)
      .default([])
      .refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, 'duplicate concern key'),
    participants: z.array(ParticipantBody).max(30).default([]),
  })
  .meta({ id: 'CreateMeetingBody' });
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;

export const ConfirmTop3Body = z
  .strictObject({
    /** Shared concern keys in the table's order: the first is tackled first. */
    order: z
      .array(ConcernKey)
      .min(1)
      .max(3)
      .refine((o) => new Set(o).size === o.length, 'each concern once'),
    /** Required when the order differs from the computed (Borda) order. */
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .meta({ id: 'ConfirmTop3Body' });
export type ConfirmTop3Body = z.infer<typeof ConfirmTop3Body>;

export const TakeOverBody = z
  .strictObject({
    /** The plan version shown when taking over; 0 when there is no plan yet. */
    baseVersion: z.number().int().min(0).max(1_000_000),
  })
  .meta({ id: 'TakeOverBody' });

const Voice = z.object({
  participantId: z.uuid(),
  name: z.string(),
  roleLabel: z.string(),
  rank: z.number().int(),
  ownWords: z.string(),
});

export const Meeting = z
  .object({
    id: z.uuid(),
    familyId: z.uuid(),
    kind: MeetingKind,
    heldOn: z.string(),
    location: z.string().nullable(),
    createdAt: z.date(),
    createdBy: z.string(),
    concerns: z.array(z.object({ key: z.string(), label: z.string() })),
    participants: z.array(
      z.object({
        id: z.uuid(),
        position: z.number().int(),
        kind: ParticipantKind,
        name: z.string(),
        roleLabel: z.string(),
        userId: z.uuid().nullable(),
        safetyRating: z.number().int().nullable(),
        strengths: z.array(z.string()),
        concerns: z.array(
          z.object({
            rank: z.number().int(),
            concernKey: z.string(),
            concernLabel: z.string(),
            ownWords: z.string(),
            points: z.number().int(),
          }),
        ),
      }),
    ),
    computed: z.object({
      tallies: z.array(
        z.object({
          concernKey: z.string(),
          label: z.string(),
          points: z.number().int(),
          firstChoices: z.number().int(),
          mentions: z.number().int(),
          position: z.number().int(),
          tied: z.boolean(),
          voices: z.array(Voice),
        }),
      ),
      candidates: z.array(z.string()),
      ties: z.array(z.array(z.string())),
      decided: z.boolean(),
      order: z.array(z.string()),
      totalPoints: z.number().int(),
    }),
    safety: z.object({ count: z.number().int(), min: z.number().int(), max: z.number().int() }).nullable(),
    confirmed: z
      .object({
        order: z.array(
          z.object({ position: z.number().int(), concernKey: z.string(), label: z.string(), points: z.number().int() }),
        ),
        reason: z.string().nullable(),
        followsCount: z.boolean(),
        confirmedAt: z.date(),
        confirmedBy: z.string(),
      })
      .nullable(),
    planVersion: z.number().int().nullable(),
    abilities: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

export const MeetingSummary = z
  .object({
    id: z.uuid(),
    kind: MeetingKind,
    heldOn: z.string(),
    location: z.string().nullable(),
    participantCount: z.number().int(),
    confirmed: z.boolean(),
    planVersion: z.number().int().nullable(),
  })
  .meta({ id: 'MeetingSummary' });
export const MeetingList = z
  .object({ items: z.array(MeetingSummary), abilities: z.object({ edit: z.boolean() }) })
  .meta({ id: 'MeetingList' });

export const TakeOverResult = z.object({ meeting: Meeting, plan: PlanView }).meta({ id: 'TakeOverResult' });
