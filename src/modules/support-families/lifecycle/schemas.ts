import { z } from 'zod';
import { pageOf, pagingFields } from '../../../platform/http/paging.js';
import { FamilyRef, RequestRef } from '../suggestions/schemas.js';
import { SupportEndReason, SupportMatchStatus } from '../vocabulary.js';

export const MATCH_SORTS = ['newest', 'oldest', 'reference'] as const;
export type MatchSort = (typeof MATCH_SORTS)[number];
const matchListFields = {
  status: SupportMatchStatus.optional(),
  ...pagingFields('SupportMatchSort', MATCH_SORTS),
};
/** The list by URL: no free search (a name never goes in a URL); searching is POST matches/search. */
export const MatchListQuery = z.strictObject(matchListFields).omit({ q: true });
export const MatchListSearch = z.strictObject(matchListFields).meta({ id: 'SupportMatchSearch' });
export type MatchListSearch = z.infer<typeof MatchListSearch>;
export const MatchSummary = z
  .object({
    id: z.uuid(),
    status: SupportMatchStatus,
    request: RequestRef,
    family: FamilyRef,
    score: z.number(),
    proposedAt: z.date(),
    startedAt: z.date().nullable(),
    endedAt: z.date().nullable(),
    endReason: SupportEndReason.nullable(),
    openReminders: z.number().int(),
  })
  .meta({ id: 'SupportMatchSummary' });
export const MatchList = pageOf(MatchSummary, 'SupportMatchList');

export const EVENT_INPUT_KINDS = [
  'introduction_request',
  'introduction_family',
  'accepted_request',
  'accepted_family',
  'checkin',
  'foster_interest',
] as const;
export const MatchEventBody = z
  .strictObject({
    kind: z.enum(EVENT_INPUT_KINDS),
    happenedOn: z.iso.date(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .meta({ id: 'SupportMatchEventBody' });
export type MatchEventBody = z.infer<typeof MatchEventBody>;
export const AgreementBody = z
  .strictObject({ what: z.string().trim().min(1).max(1000), howOften: z.string().trim().min(1).max(200) })
  .meta({ id: 'SupportAgreementBody' });
export type AgreementBody = z.infer<typeof AgreementBody>;
export const TransitionBody = z
  .strictObject({
    to: SupportMatchStatus,
    endReason: SupportEndReason.optional(),
    note: z.string().trim().min(1).max(2000).optional(),
    evaluation: z.string().trim().min(1).max(4000).optional(),
  })
  .meta({ id: 'SupportTransitionBody' });
export type TransitionBody = z.infer<typeof TransitionBody>;

export const MatchDetail = MatchSummary.extend({
  requestAccepted: z.boolean(),
  familyAccepted: z.boolean(),
  evaluation: z.string().nullable(),
  endNote: z.string().nullable(),
  next: z.array(SupportMatchStatus),
  events: z.array(
    z.object({
      kind: z.string(),
      toStatus: z.string().nullable(),
      happenedOn: z.string(),
      note: z.string().nullable(),
      recordedBy: z.string(),
    }),
  ),
  agreements: z.array(z.object({ what: z.string(), howOften: z.string(), recordedAt: z.date() })),
  reminders: z.array(
    z.object({ id: z.number().int(), offsetDays: z.number().int(), dueAt: z.date(), doneAt: z.date().nullable() }),
  ),
  fosterInterest: z.boolean(),
}).meta({ id: 'SupportMatchDetail' });

const Side = z.object({
  otherGivenName: z.string(),
  otherNeighbourhood: z.string().nullable(),
  contact: z.object({ familyName: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
});
/** What each family may be told about the other: first name and neighbourhood until both accept. */
export const Introduction = z
  .object({ bothAccepted: z.boolean(), toRequestFamily: Side, toSupportFamily: Side })
  .meta({ id: 'SupportIntroduction' });

export const ReminderList = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        matchId: z.uuid(),
        offsetDays: z.number().int(),
        dueAt: z.date(),
        request: RequestRef,
        family: FamilyRef,
      }),
    ),
  })
  .meta({ id: 'SupportReminderList' });
export const ReminderParams = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
