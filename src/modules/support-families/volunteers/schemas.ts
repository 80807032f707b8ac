import { z } from 'zod';
import { pageOf, pagingFields } from '../../../platform/http/paging.js';
import { SUPPORT_FAMILY_STATUSES } from '../../../platform/db/schema.js';
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
import { ScreeningStep, SupportFrequency } from '../vocabulary.js';

export const familyFields = {
  givenName: Name,
  familyName: Name,
  email: Email,
  phone: Phone.optional(),
  postcode: PostcodeInput,
  offers: uniqueList(KindCode, 10),
  maxChildren: z.number().int().min(1).max(10),
  maxFamilies: z.number().int().min(1).max(5),
  frequency: SupportFrequency,
  languages: uniqueList(LanguageCode, 10),
  availability: uniqueList(SlotCode, 21),
  maxTravelKm: z.number().int().min(1).max(50),
  preferredAgeMin: z.number().int().min(0).max(17),
  preferredAgeMax: z.number().int().min(0).max(17),
  parentingExperience: LongText.optional(),
  fosterInterest: z.boolean().optional(),
  consent: z.literal(true),
};
export const PublicFamilyBody = z
  .strictObject({ ...familyFields, locale: z.enum(['nl', 'en']).optional(), website: z.string().max(200).optional() })
  .meta({ id: 'PublicSupportFamilyBody' });
export type PublicFamilyBody = z.infer<typeof PublicFamilyBody>;
export const CoordinatorFamilyBody = z
  .strictObject({ ...familyFields, email: Email.optional() })
  .meta({ id: 'CoordinatorSupportFamilyBody' });
export type CoordinatorFamilyBody = z.infer<typeof CoordinatorFamilyBody>;

// 'inactive': the family stopped (or never confirmed) — never a candidate, whatever its screening.
export const SCREENING_STATES = ['eligible', 'incomplete', 'expired', 'inactive'] as const;
export type ScreeningState = (typeof SCREENING_STATES)[number];
export const SUPPORT_FAMILY_SORTS = ['reference', 'newest', 'name'] as const;
const familyListFields = {
  screening: z.enum(SCREENING_STATES).optional(),
  ...pagingFields('SupportFamilySort', SUPPORT_FAMILY_SORTS),
};
/** The list by URL: no free search (a name never goes in a URL); searching is POST families/search. */
export const FamilyListQuery = z.strictObject(familyListFields).omit({ q: true });
export const FamilyListSearch = z.strictObject(familyListFields).meta({ id: 'SupportFamilySearch' });
export type FamilyListSearch = z.infer<typeof FamilyListSearch>;

export const ScreeningBody = z
  .strictObject({
    step: ScreeningStep,
    doneOn: z.iso.date(),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .meta({ id: 'SupportScreeningBody' });
export type ScreeningBody = z.infer<typeof ScreeningBody>;
export const FosterInterestBody = z.strictObject({ note: z.string().trim().min(1).max(2000).optional() });
export const FamilyStatusBody = z.strictObject({ status: z.enum(['registered', 'inactive']) });

const Step = z.object({
  step: ScreeningStep,
  doneOn: z.string(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.date(),
});
export const Screening = z
  .object({
    state: z.enum(SCREENING_STATES),
    vogExpiresOn: z.string().nullable(),
    steps: z.array(Step),
    missing: z.array(ScreeningStep),
  })
  .meta({ id: 'SupportScreening' });
export type Screening = z.infer<typeof Screening>;

export const FamilySummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: z.enum(SUPPORT_FAMILY_STATUSES),
    givenName: z.string(),
    familyName: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    neighbourhoodName: z.string().nullable(),
    offers: z.array(z.string()),
    maxFamilies: z.number().int(),
    currentMatches: z.number().int(),
    screeningState: z.enum(SCREENING_STATES),
    vogExpiresOn: z.string().nullable(),
    fosterInterest: z.boolean(),
  })
  .meta({ id: 'SupportFamilySummary' });
export type FamilySummary = z.infer<typeof FamilySummary>;
export const FamilyList = pageOf(FamilySummary, 'SupportFamilyList');
export const FamilyDetail = FamilySummary.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  postcode: z.string(),
  maxChildren: z.number().int(),
  frequency: SupportFrequency,
  languages: z.array(z.string()),
  availability: z.array(z.string()),
  maxTravelKm: z.number().int(),
  preferredAgeMin: z.number().int(),
  preferredAgeMax: z.number().int(),
  parentingExperience: z.string().nullable(),
  fosterInterestAt: z.date().nullable(),
  fosterInterestNote: z.string().nullable(),
  createdAt: z.date(),
  screening: Screening,
}).meta({ id: 'SupportFamilyDetail' });
export type FamilyDetail = z.infer<typeof FamilyDetail>;
