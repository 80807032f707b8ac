import { z } from 'zod';
import { isValidBsn } from '../../platform/bsn.js';
import { MATCH_CONTACT_METHODS, MATCH_KINDS, RISK_GROUNDS } from '../../platform/db/schema.js';
import { pageOf, pagingFields } from '../../platform/http/paging.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const RiskGround = z.enum(RISK_GROUNDS).meta({ id: 'RiskGround' });
export const MatchContactMethod = z.enum(MATCH_CONTACT_METHODS).meta({ id: 'MatchContactMethod' });

const Bsn = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'nine digits')
  .refine(isValidBsn, { message: 'not a valid BSN (elfproef)', params: { code: 'bsn' } });
const IsoDate = z.iso.date();
const Postcode = z
  .string()
  .trim()
  .transform((p) => p.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[1-9][0-9]{3}[A-Z]{2}$/, 'Dutch postcode, e.g. 8011AB'));
const HouseNumber = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$/, 'house number with optional addition');

const registrationFields = {
  /** The young person's BSN (elfproef). Stored encrypted and as a keyed hash; never echoed. */
  bsn: Bsn,
  birthDate: IsoDate,
  /** Jeugdwet §7.1 risk ground a–l. */
  riskGround: RiskGround,
  contactName: z.string().trim().min(1).max(200),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'phone number'),
  contactEmail: z.email().max(200).optional(),
  /** The young person's address: used only as a keyed hash to find matches on the same address. */
  postcode: Postcode.optional(),
  houseNumber: HouseNumber.optional(),
  /** A parent's BSN: used only as a keyed hash to find matches on the same parent. */
  parentBsn: Bsn.optional(),
  /** Municipality of residence (CBS code); defaults to the registering organisation's. */
  municipalityCode: z
    .string()
    .regex(/^[0-9]{4}$/)
    .optional(),
  /** Earlier removal date than the legal maximum (two years, or the 23rd birthday). */
  endsOn: IsoDate.optional(),
};

const addressComplete = (b: { postcode?: string | undefined; houseNumber?: string | undefined }) =>
  (b.postcode === undefined) === (b.houseNumber === undefined);
const notSelfAsParent = (b: { bsn: string; parentBsn?: string | undefined }) => b.parentBsn !== b.bsn;

export const RegistrationBody = z
  .strictObject(registrationFields)
  .refine(addressComplete, { message: 'postcode and house number go together', path: ['houseNumber'] })
  .refine(notSelfAsParent, { message: 'the parent cannot be the young person', path: ['parentBsn'] })
  .meta({ id: 'InvolvementRegistrationBody' });
export type RegistrationBody = z.infer<typeof RegistrationBody>;

export const PartnerRegistrationBody = z
  .strictObject(registrationFields)
  .refine(addressComplete, { message: 'postcode and house number go together', path: ['houseNumber'] })
  .refine(notSelfAsParent, { message: 'the parent cannot be the young person', path: ['parentBsn'] })
  .meta({ id: 'PartnerRegistrationBody' });

export const RegistrationParams = z.strictObject({ registrationId: z.uuid() });
export const MatchParams = z.strictObject({ matchId: z.uuid() });
export const FamilyParams = z.strictObject({ familyId: z.uuid() });
export const MunicipalityParams = z.strictObject({ municipalityCode: z.string().regex(/^[0-9]{4}$/) });

export const REGISTRATION_SORTS = ['newest', 'oldest', 'ends_on'] as const;
export type RegistrationSort = (typeof REGISTRATION_SORTS)[number];
const registrationListFields = {
  informing: z.enum(['open']).optional(),
  ...pagingFields('InvolvementRegistrationSort', REGISTRATION_SORTS),
};
/** The list by URL: no free search (a BSN or a name never goes in a URL). */
export const RegistrationQuery = z.strictObject(registrationListFields).omit({ q: true });
/** The list searched by the young person's full BSN or the contact's name: a POST body. */
export const RegistrationSearch = z.strictObject(registrationListFields).meta({ id: 'InvolvementRegistrationSearch' });
export type RegistrationSearch = z.infer<typeof RegistrationSearch>;

/** attention: the open matches I coordinate whose contact is not yet recorded first. */
export const MATCH_SORTS = ['attention', 'newest'] as const;
export type MatchSort = (typeof MATCH_SORTS)[number];
const matchListFields = pagingFields('InvolvementMatchSort', MATCH_SORTS);
export const MatchQuery = z.strictObject(matchListFields).omit({ q: true });
/** The matches searched by a party's organisation or contact name, or the municipality: a POST body. */
export const MatchSearch = z.strictObject(matchListFields).meta({ id: 'InvolvementMatchSearch' });
export type MatchSearch = z.infer<typeof MatchSearch>;

export const RecordContactBody = z
  .strictObject({
    /** Only that and how contact was made ("phoned on 3 March"), never case content. */
    note: z.string().trim().min(1).max(500).optional(),
    /** How: shown to every party (the note only to the coordinators). */
    method: MatchContactMethod.optional(),
  })
  .meta({ id: 'RecordMatchContactBody' });
export type RecordContactBody = z.infer<typeof RecordContactBody>;
export const SetCoordinatorBody = z
  .strictObject({ userId: z.uuid().nullable() })
  .meta({ id: 'SetMatchCoordinatorBody' });

const Audience = z.enum(['parents', 'youth_and_parents', 'youth']);
const Organisation = z.object({ id: z.uuid(), name: z.string() });

export const HistoryNotice = z.object({
  organisationName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  registeredAt: z.date(),
  endedAt: z.date(),
});

export const RegistrationView = z
  .object({
    id: z.uuid(),
    organisation: Organisation,
    municipalityCode: z.string(),
    bsnMasked: z.string(),
    birthDate: z.string(),
    age: z.number().int(),
    riskGround: RiskGround,
    contactName: z.string(),
    contactPhone: z.string(),
    contactEmail: z.string().nullable(),
    registeredAt: z.date(),
    registeredBy: z.string().nullable(),
    via: z.enum(['web', 'api']),
    endsOn: z.string(),
    informing: z.object({ audience: Audience, informedAt: z.date().nullable() }),
    matches: z.array(z.object({ id: z.uuid(), kind: z.enum(MATCH_KINDS) })),
    historyNotices: z.array(HistoryNotice),
  })
  .meta({ id: 'InvolvementRegistration' });
export type RegistrationView = z.infer<typeof RegistrationView>;

export const RegistrationList = pageOf(RegistrationView, 'InvolvementRegistrationList');
export type RegistrationList = z.infer<typeof RegistrationList>;

export const RegistrationCreated = z
  .object({
    registration: RegistrationView,
    /** Matches this registration created or joined. */
    matches: z.array(z.object({ id: z.uuid(), kind: z.enum(MATCH_KINDS), created: z.boolean() })),
    /** Whether an archived earlier registration gave its one-off notice. */
    historyNotice: z.boolean(),
  })
  .meta({ id: 'InvolvementRegistrationCreated' });
export type RegistrationCreated = z.infer<typeof RegistrationCreated>;

export const PartnerRegistrationReceipt = z
  .object({
    id: z.uuid(),
    endsOn: z.string(),
    matched: z.boolean(),
    historyNotice: z.boolean(),
  })
  .meta({ id: 'PartnerRegistrationReceipt' });

const Party = z.object({
  organisationName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string().nullable(),
  registeredAt: z.date(),
  mine: z.boolean(),
});

export const MatchView = z
  .object({
    id: z.uuid(),
    kind: z.enum(MATCH_KINDS),
    municipality: z.object({ code: z.string(), name: z.string() }),
    createdAt: z.date(),
    coordinator: z.object({ name: z.string(), source: z.enum(['regisseur', 'municipality', 'none']) }).nullable(),
    contactRecordedAt: z.date().nullable(),
    contactRecordedBy: z.string().nullable(),
    /** Only for the match's coordinator(s); null for the other parties. */
    contactNote: z.string().nullable(),
    contactMethod: MatchContactMethod.nullable(),
    closedAt: z.date().nullable(),
    parties: z.array(Party),
    /**
     * Which young person the match is about, on the one-match read only (null in the list): the name
     * and dossier number where the reader works with the family (regisseur or trajectory member), the
     * birth date from the reader's own organisation's registration; null when neither applies.
     */
    child: z
      .object({
        name: z.string().nullable(),
        familyId: z.uuid().nullable(),
        familyReference: z.string().nullable(),
        birthDate: z.string().nullable(),
      })
      .nullable(),
    abilities: z.object({ recordContact: z.boolean() }),
  })
  .meta({ id: 'InvolvementMatch' });
export type MatchView = z.infer<typeof MatchView>;
export const MatchList = pageOf(MatchView, 'InvolvementMatchList', {
  /** How many of all the listed matches (search applied) await the caller's follow-up: open, contact not yet recorded, coordinated by the caller. */
  awaitingMe: z.number().int().min(0),
});
export type MatchList = z.infer<typeof MatchList>;

export const FamilyInvolvement = z
  .object({
    items: z.array(
      z.object({
        personId: z.uuid(),
        personName: z.string(),
        organisationName: z.string(),
        contactName: z.string(),
        contactPhone: z.string(),
        contactEmail: z.string().nullable(),
        registeredAt: z.date(),
        endsOn: z.string(),
      }),
    ),
  })
  .meta({ id: 'FamilyInvolvement' });

export const CoordinatorList = z
  .object({
    items: z.array(
      z.object({
        municipalityCode: z.string(),
        municipalityName: z.string(),
        user: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'MatchCoordinatorList' });
