import { z } from 'zod';
import { pageOf, pagingFields } from '../../../platform/http/paging.js';
import { REFERRERS, SUPPORT_REQUEST_STATUSES } from '../../../platform/db/schema.js';
import {
  Email,
  KindCode,
  LanguageCode,
  LongText,
  Name,
  Phone,
  PostcodeInput,
  SlotCode,
  uniqueList,
} from '../vocabulary.js';
import { SupportReferrer } from '../vocabulary.js';

const requestFields = {
  givenName: Name,
  familyName: Name,
  phone: Phone.optional(),
  postcode: PostcodeInput,
  supportKinds: uniqueList(KindCode, 10),
  childAges: z.array(z.number().int().min(0).max(17)).min(1).max(12),
  languages: uniqueList(LanguageCode, 10),
  availability: uniqueList(SlotCode, 21),
  upbringing: LongText.optional(),
  offerBack: LongText.optional(),
  /** The form's consent text was shown and ticked. */
  consent: z.literal(true),
};

/** The public form: an e-mail address is needed for the confirmation link. `website` is a honeypot. */
export const PublicRequestBody = z
  .strictObject({
    ...requestFields,
    email: Email,
    locale: z.enum(['nl', 'en']).optional(),
    website: z.string().max(200).optional(),
  })
  .meta({ id: 'PublicSupportRequestBody' });
export type PublicRequestBody = z.infer<typeof PublicRequestBody>;

const ProfessionalReferrer = z.enum(
  REFERRERS.filter((r) => r !== 'self') as ['child_health_clinic', 'gp', 'school', 'neighbourhood_team', 'other'],
);
/** A professional refers a family (with its consent): confirmed at once, nothing readable afterwards. */
export const ReferralBody = z
  .strictObject({ ...requestFields, email: Email.optional(), referredBy: ProfessionalReferrer })
  .meta({ id: 'SupportReferralBody' });
export type ReferralBody = z.infer<typeof ReferralBody>;

/** The coordinator registers a family that called or walked in. */
export const CoordinatorRequestBody = z
  .strictObject({ ...requestFields, email: Email.optional(), referredBy: SupportReferrer })
  .meta({ id: 'CoordinatorSupportRequestBody' });
export type CoordinatorRequestBody = z.infer<typeof CoordinatorRequestBody>;

export const Received = z.object({ status: z.literal('received') }).meta({ id: 'SupportRegistrationReceived' });

export const IdParams = z.strictObject({ id: z.uuid() });
export const REQUEST_SORTS = ['waiting', 'newest', 'reference'] as const;
const requestListFields = {
  status: z.enum(SUPPORT_REQUEST_STATUSES).optional(),
  ...pagingFields('SupportRequestSort', REQUEST_SORTS),
};
/** The list by URL: no free search (a name never goes in a URL); searching is POST requests/search. */
export const RequestListQuery = z.strictObject(requestListFields).omit({ q: true });
export const RequestListSearch = z.strictObject(requestListFields).meta({ id: 'SupportRequestSearch' });
export type RequestListSearch = z.infer<typeof RequestListSearch>;
export const CloseRequestBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

const Place = { municipalityCode: z.string(), municipalityName: z.string(), neighbourhoodName: z.string().nullable() };
export const RequestSummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: z.enum(SUPPORT_REQUEST_STATUSES),
    givenName: z.string(),
    familyName: z.string(),
    ...Place,
    supportKinds: z.array(z.string()),
    childAges: z.array(z.number().int()),
    referredBy: SupportReferrer,
    createdAt: z.date(),
    waitingDays: z.number().int(),
  })
  .meta({ id: 'SupportRequestSummary' });
export type RequestSummary = z.infer<typeof RequestSummary>;
export const RequestList = pageOf(RequestSummary, 'SupportRequestList');
export const RequestDetail = RequestSummary.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  postcode: z.string(),
  languages: z.array(z.string()),
  availability: z.array(z.string()),
  upbringing: z.string().nullable(),
  offerBack: z.string().nullable(),
  channel: z.string(),
  confirmedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  closeReason: z.string().nullable(),
  consentVersion: z.string(),
}).meta({ id: 'SupportRequestDetail' });
export type RequestDetail = z.infer<typeof RequestDetail>;
