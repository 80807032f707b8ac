import { z } from 'zod';
import { DEADLINE_STATES } from './deadline.js';
import { IsoDate, PlanContentBody, PlanContentOut } from './content.js';
import { pageOf, PageParam, PageSizeParam } from '../../platform/http/paging.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const DeadlineState = z.enum(DEADLINE_STATES).meta({ id: 'DeadlineState' });

export const FamilyParams = z.strictObject({ familyId: z.uuid() });
export const VersionParams = z.strictObject({
  familyId: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export const UpdatePlanBody = z
  .strictObject({
    /** The version the edit was based on; 0 when there is no plan yet. */
    baseVersion: z.number().int().min(0).max(1_000_000),
    content: PlanContentBody,
    note: z.string().trim().min(1).max(500).optional(),
  })
  .meta({ id: 'UpdatePlanBody' });
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>;

export const SignOffBody = z
  .strictObject({
    signedOn: IsoDate,
    /** Which family member agreed; taken from the portal login when the family signs itself. */
    signedByName: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .meta({ id: 'PlanSignOffBody' });
export type SignOffBody = z.infer<typeof SignOffBody>;

export const CompareQuery = z.strictObject({
  from: z.coerce.number().int().min(1).max(1_000_000),
  to: z.coerce.number().int().min(1).max(1_000_000),
});

export const SignOff = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    signedOn: z.string(),
    signedByName: z.string(),
    byPortalUser: z.boolean(),
    note: z.string().nullable(),
    recordedAt: z.date(),
  })
  .meta({ id: 'PlanSignOff' });
export type SignOff = z.infer<typeof SignOff>;

export const PlanVersionHeader = z
  .object({
    version: z.number().int(),
    createdAt: z.date(),
    author: z.object({ id: z.uuid(), name: z.string() }),
    note: z.string().nullable(),
    source: z.enum(['edit', 'meeting']),
    sourceMeetingId: z.uuid().nullable(),
    signOffs: z.array(SignOff),
  })
  .meta({ id: 'PlanVersionHeader' });
export type PlanVersionHeader = z.infer<typeof PlanVersionHeader>;

export const PlanVersion = PlanVersionHeader.extend({ content: PlanContentOut }).meta({ id: 'PlanVersion' });
export type PlanVersion = z.infer<typeof PlanVersion>;

export const Deadline = z
  .object({
    state: DeadlineState,
    startedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    daysLeft: z.number().int().nullable(),
    firstSignedOn: z.string().nullable(),
    currentVersion: z.number().int().nullable(),
    currentSigned: z.boolean(),
  })
  .meta({ id: 'PlanDeadline' });

export const PlanView = z
  .object({
    familyId: z.uuid(),
    familyReference: z.string(),
    current: PlanVersion.nullable(),
    versions: z
      .array(PlanVersionHeader)
      .describe(
        'The newest versions, newest first (at most 10); the others: GET /api/families/{familyId}/plan/versions',
      ),
    versionCount: z.number().int().min(0).describe('How many versions the plan has in all'),
    deadline: Deadline,
    abilities: z.object({ edit: z.boolean(), signOff: z.boolean() }),
  })
  .meta({ id: 'Plan' });
export type PlanView = z.infer<typeof PlanView>;

const Item = z.record(z.string(), z.unknown());
const SectionDiff = z.object({
  added: z.array(Item),
  removed: z.array(Item),
  changed: z.array(z.object({ id: z.string(), fields: z.array(z.string()), before: Item, after: Item })),
});
export const PlanComparison = z
  .object({
    from: PlanVersionHeader,
    to: PlanVersionHeader,
    sections: z.object({
      strengths: SectionDiff,
      concerns: SectionDiff,
      goals: SectionDiff,
      actions: SectionDiff,
      safetyAgreements: SectionDiff,
      reviews: SectionDiff,
    }),
  })
  .meta({ id: 'PlanComparison' });

/** A page of the plan's versions, newest first (the shared paging of platform/http/paging.ts; no search or sort). */
export const PlanVersionsQuery = z.strictObject({ page: PageParam, pageSize: PageSizeParam });
export const PlanVersionPage = pageOf(PlanVersionHeader, 'PlanVersionPage');

export const PlanDeadlineList = z
  .object({
    items: z.array(z.object({ familyId: z.uuid(), familyReference: z.string(), deadline: Deadline })),
  })
  .meta({ id: 'PlanDeadlineList' });
