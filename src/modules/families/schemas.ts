// One zod schema per endpoint of the family dossier: input (strict) and what leaves the server.
import { z } from 'zod';
import { pageOf, pagingFields } from '../../platform/http/paging.js';
import { isValidBsn } from '../../platform/bsn.js';
import { CONSENT_SCOPES, NETWORK_RELATIONS, STORY_KINDS } from '../../platform/db/schema.js';
import { ageOn, today } from '../../platform/clock.js';
import { NewTrajectory, Trajectory, TrajectoryStatus, UserRef } from '../trajectories/schemas.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const NetworkRelation = z.enum(NETWORK_RELATIONS).meta({ id: 'NetworkRelation' });
export const ConsentScope = z.enum(CONSENT_SCOPES).meta({ id: 'ConsentScope' });

export const IsoDate = z.iso.date();
const Name = z.string().trim().min(1).max(100);
export const Bsn = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'nine digits')
  .refine(isValidBsn, { message: 'not a valid BSN (elfproef)', params: { code: 'bsn' } });
const Postcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'postcode like 1234AB');
const HouseNumber = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$/, 'house number like 12 or 12A');
export const FamilyIdParams = z.strictObject({ familyId: z.uuid() });
export const PersonParams = z.strictObject({ familyId: z.uuid(), personId: z.uuid() });

export const NewPerson = z
  .strictObject({
    kind: z.enum(['child', 'parent', 'household']),
    givenName: Name,
    familyName: Name,
    birthDate: IsoDate.optional(),
    bsn: Bsn.optional(),
    hasAuthority: z.boolean().optional(),
    authorityNote: z.string().trim().max(1000).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.birthDate && p.birthDate > today())
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'birth date in the future' });
    if (p.kind === 'child') {
      if (!p.birthDate) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'a child needs a birth date' });
      else if (ageOn(p.birthDate, today()) > 23)
        ctx.addIssue({
          code: 'custom',
          path: ['birthDate'],
          message: 'children and young people are 0 to 23 years old',
        });
    }
    if (p.kind === 'parent' && p.hasAuthority === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['hasAuthority'],
        message: 'say whether this parent has authority (gezag)',
      });
    if (p.kind !== 'parent' && (p.hasAuthority !== undefined || p.authorityNote !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['hasAuthority'],
        message: 'authority (gezag) is recorded for parents and carers only',
      });
    }
  })
  .meta({ id: 'NewPerson' });
export type NewPerson = z.infer<typeof NewPerson>;

export const NewNetworkMember = z
  .strictObject({
    givenName: Name,
    familyName: Name,
    relation: NetworkRelation,
  })
  .meta({ id: 'NewNetworkMember' });
export type NewNetworkMember = z.infer<typeof NewNetworkMember>;

export const CreateFamilyBody = z
  .strictObject({
    teamId: z.uuid(),
    postcode: Postcode,
    houseNumber: HouseNumber,
    municipalityCode: z.string().regex(/^\d{4}$/, 'four digits'),
    neighbourhoodCode: z
      .string()
      .regex(/^BU\d{8}$/)
      .optional(),
    members: z.array(NewPerson).min(1).max(20),
    network: z.array(NewNetworkMember).max(20).optional(),
    trajectory: NewTrajectory,
    confirmDuplicate: z.boolean().optional(),
  })
  .meta({ id: 'CreateFamilyBody' });
export type CreateFamilyBody = z.infer<typeof CreateFamilyBody>;
export const FamilyCreated = z
  .object({ id: z.uuid(), reference: z.string(), trajectoryId: z.uuid() })
  .meta({ id: 'FamilyCreated' });

export const AddPersonBody = z
  .union([
    NewPerson,
    z.strictObject({
      kind: z.literal('network'),
      givenName: Name,
      familyName: Name,
      relation: NetworkRelation,
    }),
  ])
  .meta({ id: 'AddPersonBody' });
export type AddPersonBody = z.infer<typeof AddPersonBody>;

export const FAMILY_SORTS = ['recent', 'reference', 'reference_desc'] as const;
const familyPaging = pagingFields('FamilySort', FAMILY_SORTS);
/** The caseload list takes no filters in the URL, only its page: names, birth dates and postcodes go in a POST body (search). */
export const FamilyListQuery = z.strictObject(familyPaging).omit({ q: true });
export const FamilySearchBody = z
  .strictObject({
    ...familyPaging,
    name: z.string().trim().min(1).max(100).optional(),
    birthDate: IsoDate.optional(),
    postcode: Postcode.optional(),
    bsn: Bsn.optional(),
  })
  .meta({ id: 'FamilySearchBody' });
export type FamilySearch = z.infer<typeof FamilySearchBody>;

export const FamilySummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    postcode: z.string().nullable(),
    houseNumber: z.string().nullable(),
    municipalityName: z.string(),
    members: z.array(
      z.object({
        givenName: z.string(),
        familyName: z.string(),
        birthDate: z.string().nullable(),
        kind: z.enum(['child', 'parent', 'household']),
      }),
    ),
    status: TrajectoryStatus.nullable(),
    regisseur: UserRef.nullable(),
    myRelation: z.enum(['regisseur', 'member', 'team_lead']),
  })
  .meta({ id: 'FamilySummary' });
export const FamilyList = pageOf(FamilySummary, 'FamilyList');

export const Person = z
  .object({
    id: z.uuid(),
    kind: z.enum(['child', 'parent', 'household', 'network']),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable(),
    age: z.number().int().nullable(),
    bsnMasked: z.string().nullable(),
    hasAuthority: z.boolean().nullable(),
    authorityNote: z.string().nullable(),
    networkRelation: NetworkRelation.nullable(),
    /** Optimistic version: send it back with an edit or a removal. */
    version: z.number().int(),
    /** Set once the person left the household or network (soft removal: the history stays). */
    removedOn: z.string().nullable(),
    removedReason: z.string().nullable(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;
export const ConsentParams = z.strictObject({ familyId: z.uuid(), consentId: z.uuid() });

/** Only the fields given change; which fields fit which kind of person is checked against the stored kind. */
export const EditPersonBody = z
  .strictObject({
    version: z.number().int().min(1),
    givenName: Name.optional(),
    familyName: Name.optional(),
    birthDate: IsoDate.nullable().optional(),
    bsn: Bsn.nullable().optional(),
    hasAuthority: z.boolean().optional(),
    authorityNote: z.string().trim().max(1000).nullable().optional(),
    relation: NetworkRelation.optional(),
    confirmDuplicate: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.birthDate && p.birthDate > today())
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'birth date in the future' });
    const changes = Object.entries(p).filter(
      ([k, v]) => k !== 'version' && k !== 'confirmDuplicate' && v !== undefined,
    );
    if (changes.length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'nothing to change' });
  })
  .meta({ id: 'EditPersonBody' });
export type EditPersonBody = z.infer<typeof EditPersonBody>;

export const RemovePersonBody = z
  .strictObject({
    version: z.number().int().min(1),
    /** The day the person left the household or the network. */
    removedOn: IsoDate.refine((d) => d <= today(), 'not in the future'),
    reason: z.string().trim().min(1).max(1000).optional(),
  })
  .meta({ id: 'RemovePersonBody' });
export type RemovePersonBody = z.infer<typeof RemovePersonBody>;

export const WithdrawConsentBody = z
  .strictObject({
    withdrawnOn: IsoDate.refine((d) => d <= today(), 'not in the future'),
    note: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'WithdrawConsentBody' });
export type WithdrawConsentBody = z.infer<typeof WithdrawConsentBody>;

export const RevealedBsn = z.object({ bsn: z.string() }).meta({ id: 'RevealedBsn' });

export const Story = z
  .object({
    kind: z.enum(STORY_KINDS),
    version: z.number().int(),
    body: z.string(),
    toldBy: z.string().nullable(),
    inOwnWords: z.boolean(),
    author: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'Story' });
export const WriteStoryBody = z
  .strictObject({
    body: z.string().trim().min(1).max(20000),
    toldBy: z.string().trim().max(200).optional(),
    inOwnWords: z.boolean().optional(),
    /** The version this edit is based on (0 for the first); a stale edit is refused. */
    baseVersion: z.number().int().min(0),
  })
  .meta({ id: 'WriteStoryBody' });
export type WriteStoryBody = z.infer<typeof WriteStoryBody>;
export const StoryParams = z.strictObject({ familyId: z.uuid(), kind: z.enum(STORY_KINDS) });

export const ConsentBody = z
  .strictObject({
    organisationId: z.uuid(),
    scopes: z
      .array(ConsentScope)
      .min(1)
      .max(CONSENT_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'duplicate scope'),
    givenOn: IsoDate,
    givenByPersonIds: z.array(z.uuid()).min(1).max(20),
    // The recording professional's note on the record (how and where it was given): internal, like a plan
    // version's note. The family's portal and its copy of all data leave it out (family-never-sees).
    note: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .describe("The recording professional's internal note; never shown to the family."),
  })
  .meta({ id: 'ConsentBody' });
export type ConsentBody = z.infer<typeof ConsentBody>;

export const ConsentOverview = z
  .object({
    complete: z.boolean(),
    children: z.array(
      z.object({
        personId: z.uuid(),
        name: z.string(),
        age: z.number().int(),
        rule: z.enum(['parents', 'youth_and_parents', 'youth']),
        required: z.array(z.object({ personId: z.uuid(), name: z.string() })),
      }),
    ),
    consents: z.array(
      z.object({
        id: z.uuid(),
        organisation: z.object({ id: z.uuid(), name: z.string() }),
        scopes: z.array(ConsentScope),
        givenOn: z.string(),
        givenBy: z.array(z.object({ personId: z.uuid(), name: z.string() })),
        note: z.string().nullable(),
        complete: z.boolean(),
        missing: z.array(z.object({ personId: z.uuid(), name: z.string() })),
      }),
    ),
    /** Consents the family withdrew: shown as withdrawn, no longer counted. */
    withdrawn: z.array(
      z.object({
        id: z.uuid(),
        organisation: z.object({ id: z.uuid(), name: z.string() }),
        scopes: z.array(ConsentScope),
        givenOn: z.string(),
        withdrawnOn: z.string(),
        note: z.string().nullable(),
      }),
    ),
    organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'ConsentOverview' });
export type ConsentOverview = z.infer<typeof ConsentOverview>;

export const Dossier = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    postcode: z.string().nullable(),
    houseNumber: z.string().nullable(),
    municipality: z.object({ code: z.string(), name: z.string() }),
    neighbourhood: z.object({ code: z.string(), name: z.string() }).nullable(),
    story: Story.nullable(),
    intake: Story.nullable(),
    members: z.array(Person),
    network: z.array(Person),
    /** People who left the household or network (soft-removed), most recent first. */
    formerMembers: z.array(Person),
    trajectory: Trajectory.nullable(),
    consent: ConsentOverview,
    /** Read under break-the-glass: the web shows the emergency banner. */
    emergency: z.boolean(),
    abilities: z.object({
      edit: z.boolean(),
      openTrajectory: z.boolean(),
      readInvolvement: z.boolean(),
    }),
  })
  .meta({ id: 'Dossier' });
export type Dossier = z.infer<typeof Dossier>;
