import { z } from 'zod';
import { pageOf, pagingFields, SearchParam, TotalCapped } from '../../platform/http/paging.js';
import { isValidBsn } from '../../platform/bsn.js';
import {
  CONTACT_METHODS,
  MELDCODE_STEPS,
  OUTREACH_OUTCOMES,
  PARTS_OF_DAY,
  REFERRAL_TARGETS,
  SIGNAL_CATEGORIES,
  SIGNAL_CHANNELS,
  SIGNAL_STATUSES,
  SIGNAL_URGENCIES,
  TRIAGE_OUTCOMES,
} from '../../platform/db/schema.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const SignalCategory = z.enum(SIGNAL_CATEGORIES).meta({ id: 'SignalCategory' });
export const SignalUrgency = z.enum(SIGNAL_URGENCIES).meta({ id: 'SignalUrgency' });
export const TriageOutcome = z.enum(TRIAGE_OUTCOMES).meta({ id: 'TriageOutcome' });
export const ReferralTarget = z.enum(REFERRAL_TARGETS).meta({ id: 'ReferralTarget' });
export const ContactMethod = z.enum(CONTACT_METHODS).meta({ id: 'ContactMethod' });
export const PartOfDay = z.enum(PARTS_OF_DAY).meta({ id: 'PartOfDay' });
export const OutreachOutcome = z.enum(OUTREACH_OUTCOMES).meta({ id: 'OutreachOutcome' });
export const MeldcodeStep = z.enum(MELDCODE_STEPS).meta({ id: 'MeldcodeStep' });

const IsoDate = z.iso.date();
const Name = z.string().trim().min(1).max(100);
export const Bsn = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'nine digits')
  .refine(isValidBsn, { message: 'not a valid BSN (elfproef)', params: { code: 'bsn' } });
export const Postcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'postcode like 1234AB');
export const HouseNumber = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$/, 'house number like 12 or 12A');
export const Category = SignalCategory;

/**
 * One signal as a partner sends it (web form, CSV row or partner API). Identified by BSN, or by
 * name + birth date; the address is always needed (it routes the signal to the neighbourhood team).
 * Payment arrears carry the amount (euro cents) and the date the arrears started.
 */
export const NewSignal = z
  .strictObject({
    bsn: Bsn.optional(),
    givenName: Name.optional(),
    familyName: Name.optional(),
    birthDate: IsoDate.optional(),
    postcode: Postcode,
    houseNumber: HouseNumber,
    category: Category,
    urgency: SignalUrgency.default('normal'),
    amountCents: z.number().int().min(1).max(99_999_999).optional(),
    arrearsSince: IsoDate.optional(),
    signalDate: IsoDate.optional(),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.bsn && !(s.givenName && s.familyName && s.birthDate)) {
      ctx.addIssue({ code: 'custom', path: ['bsn'], message: 'identity_required' });
    }
    if (s.category.endsWith('_arrears')) {
      if (s.amountCents === undefined)
        ctx.addIssue({ code: 'custom', path: ['amountCents'], message: 'amount_required' });
      if (!s.arrearsSince) ctx.addIssue({ code: 'custom', path: ['arrearsSince'], message: 'arrears_since_required' });
    } else if (s.amountCents !== undefined || s.arrearsSince) {
      ctx.addIssue({ code: 'custom', path: ['amountCents'], message: 'only_for_arrears' });
    }
  })
  .meta({ id: 'NewSignal' });
export type NewSignal = z.output<typeof NewSignal>;

export const SubmitResult = z
  .object({
    status: z.enum(['accepted', 'duplicate', 'rejected']),
    reference: z.string().nullable(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({ id: 'SignalSubmitResult' });
export type SubmitResult = z.infer<typeof SubmitResult>;

/** The partner API takes a small batch per call; larger lists go through the CSV upload. */
export const PARTNER_SIGNALS_MAX = 500;
export const PartnerSignalsBody = z
  .strictObject({ signals: z.array(NewSignal).min(1).max(PARTNER_SIGNALS_MAX) })
  .meta({ id: 'PartnerSignalsBody' });
export type PartnerSignalsBody = z.output<typeof PartnerSignalsBody>;
export const PartnerSignalsReceipt = z
  .object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    results: z.array(SubmitResult.extend({ index: z.number().int() })),
  })
  .meta({ id: 'PartnerSignalsReceipt' });
export type PartnerSignalsReceipt = z.infer<typeof PartnerSignalsReceipt>;

export const Submission = z
  .object({
    reference: z.string(),
    category: Category,
    urgency: SignalUrgency,
    channel: z.enum(SIGNAL_CHANNELS),
    signalDate: z.string(),
    receivedAt: z.date(),
    status: z.enum(SIGNAL_STATUSES),
    batchLine: z.number().int().nullable(),
  })
  .meta({ id: 'SignalSubmission' });
export const SubmissionList = pageOf(Submission, 'SignalSubmissionList', { categories: z.array(Category) });
export const SUBMISSION_SORTS = ['received_desc', 'received_asc', 'signal_date_desc', 'reference'] as const;
/** The signaller searches by reference only: the list holds nothing about the person. */
export const SubmissionQuery = z
  .strictObject({
    ...pagingFields('SignalSubmissionSort', SUBMISSION_SORTS),
    status: z.enum(SIGNAL_STATUSES).optional(),
    /** A signal reference (or part of one): a code, not personal data, so it may be in the URL. */
    reference: SearchParam,
  })
  .omit({ q: true });
export type SubmissionQuery = z.infer<typeof SubmissionQuery>;

export const BatchRejection = z.object({ line: z.number().int(), field: z.string().nullable(), reason: z.string() });
export const BatchReport = z
  .object({
    id: z.uuid(),
    fileName: z.string().nullable(),
    encoding: z.string(),
    delimiter: z.string(),
    uploadedAt: z.date(),
    rowsTotal: z.number().int(),
    rowsAccepted: z.number().int(),
    rowsDuplicate: z.number().int(),
    rowsRejected: z.number().int(),
    rejections: z.array(BatchRejection),
  })
  .meta({ id: 'SignalBatchReport' });
export type BatchReport = z.infer<typeof BatchReport>;
export const BatchList = z
  .object({ items: z.array(BatchReport.omit({ rejections: true })) })
  .meta({ id: 'SignalBatchList' });
export const BatchParams = z.strictObject({ batchId: z.uuid() });
export const UploadQuery = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/)
    .optional(),
});

export const SignalParams = z.strictObject({ signalId: z.uuid() });

// --- triage ---
export const QUEUE_SORTS = [
  'priority',
  'triaged_desc',
  'received_desc',
  'received_asc',
  'signal_date_desc',
  'reference',
] as const;
const queueFields = {
  teamId: z.uuid(),
  state: z.enum(['open', 'late', 'triaged', 'all']).default('open'),
  category: Category.optional(),
  urgency: SignalUrgency.optional(),
  ...pagingFields('SignalQueueSort', QUEUE_SORTS),
  // Without a sort, an open queue is by priority and a triaged one by the latest decision (triage.ts).
  sort: z.enum(QUEUE_SORTS).meta({ id: 'SignalQueueSort' }).optional(),
};
/** The queue by URL: no free search, because a name never goes in a URL. */
export const QueueQuery = z.strictObject(queueFields).omit({ q: true });
/** The queue searched by reference, name or signal date (yyyy-mm-dd or dd-mm-yyyy): a POST body. */
export const QueueSearch = z.strictObject(queueFields).meta({ id: 'SignalQueueSearch' });
export type QueueSearch = z.infer<typeof QueueSearch>;
export type QueueQuery = z.infer<typeof QueueQuery>;

const Sla = z.object({
  dueOn: z.string(),
  workingDaysLeft: z.number().int(),
  late: z.boolean(),
  escalated: z.boolean(),
});
export const QueueItem = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    category: Category,
    urgency: SignalUrgency,
    status: z.enum(SIGNAL_STATUSES),
    organisationName: z.string(),
    signalDate: z.string(),
    receivedAt: z.date(),
    displayName: z.string(),
    postcode: z.string(),
    houseNumber: z.string(),
    neighbourhoodName: z.string().nullable(),
    routedTo: z.enum(['regisseur', 'team']),
    triageOutcome: TriageOutcome.nullable(),
    sla: Sla,
  })
  .meta({ id: 'SignalQueueItem' });
export const Queue = pageOf(QueueItem, 'SignalQueue', {
  totalCapped: TotalCapped,
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const ContactAttempt = z.object({
  id: z.uuid(),
  method: ContactMethod,
  attemptedOn: z.string(),
  partOfDay: PartOfDay,
  reached: z.boolean(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.date(),
});
const MeldcodeStepRecord = z.strictObject({
  step: MeldcodeStep,
  on: IsoDate,
  note: z.string().trim().min(1).max(1000),
});
export const Meldcode = z
  .strictObject({
    steps: z.array(MeldcodeStepRecord).min(1).max(5),
    decision: z.enum(['report_veilig_thuis', 'help', 'report_and_help']),
  })
  .meta({ id: 'MeldcodeRecord' });

export const SignalDetail = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    category: Category,
    urgency: SignalUrgency,
    status: z.enum(SIGNAL_STATUSES),
    channel: z.enum(SIGNAL_CHANNELS),
    organisationName: z.string(),
    signalDate: z.string(),
    receivedAt: z.date(),
    person: z.object({
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      birthDate: z.string().nullable(),
      bsnMasked: z.string().nullable(),
    }),
    address: z.object({
      postcode: z.string(),
      houseNumber: z.string(),
      municipalityName: z.string(),
      neighbourhoodName: z.string().nullable(),
    }),
    amountCents: z.number().int().nullable(),
    arrearsSince: z.string().nullable(),
    note: z.string().nullable(),
    routedTo: z.enum(['regisseur', 'team']),
    team: z.object({ id: z.uuid(), name: z.string() }),
    familyId: z.uuid().nullable(),
    sla: Sla,
    triage: z
      .object({
        outcome: TriageOutcome,
        reason: z.string().nullable(),
        referredTo: ReferralTarget.nullable(),
        meldcode: Meldcode.nullable(),
        by: z.string(),
        at: z.date(),
      })
      .nullable(),
    contactAttempts: z.array(ContactAttempt),
    outreach: z
      .object({
        outcome: OutreachOutcome,
        evictionPrevented: z.boolean().nullable(),
        note: z.string().nullable(),
        at: z.date(),
      })
      .nullable(),
    abilities: z.object({ triage: z.boolean(), recordOutreach: z.boolean() }),
  })
  .meta({ id: 'SignalDetail' });
export type SignalDetail = z.infer<typeof SignalDetail>;

export const TriageBody = z
  .strictObject({
    outcome: TriageOutcome,
    reason: z.string().trim().min(3).max(1000).optional(),
    referredTo: ReferralTarget.optional(),
    meldcode: Meldcode.optional(),
    /** For 'linked': the family whose trajectory takes this signal in (defaults to the matched family). */
    familyId: z.uuid().optional(),
    /** For 'new_trajectory': who the signal is about in the new household, and its regisseur. */
    newTrajectory: z
      .strictObject({
        personKind: z.enum(['child', 'parent', 'household']),
        birthDate: IsoDate.optional(),
        regisseurId: z.uuid().optional(),
      })
      .optional(),
  })
  .meta({ id: 'TriageBody' });
export type TriageBody = z.infer<typeof TriageBody>;

export const ContactAttemptBody = z
  .strictObject({
    method: ContactMethod,
    attemptedOn: IsoDate,
    partOfDay: PartOfDay,
    reached: z.boolean(),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .meta({ id: 'ContactAttemptBody' });
export type ContactAttemptBody = z.infer<typeof ContactAttemptBody>;

export const OutreachOutcomeBody = z
  .strictObject({
    outcome: OutreachOutcome,
    evictionPrevented: z.boolean().optional(),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .meta({ id: 'OutreachOutcomeBody' });
export type OutreachOutcomeBody = z.infer<typeof OutreachOutcomeBody>;
