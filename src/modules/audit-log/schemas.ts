import { z } from 'zod';
import { AUDIT_ACTIONS, ROLES } from '../../platform/db/schema.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const AuditAction = z.enum(AUDIT_ACTIONS).meta({ id: 'AuditAction' });

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'not a date');

export const AuditQuery = z.strictObject({
  userId: z.uuid().optional(),
  username: z.string().trim().toLowerCase().max(64).optional(),
  subjectType: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  subjectId: z.string().max(64).optional(),
  clientRef: z.string().max(40).optional(),
  /** An event kind as the log names it (`family.read`); the web offers the kinds the log holds. */
  event: z
    .string()
    .regex(/^[a-z_]{1,40}(\.[a-z_]{1,40}){0,3}$/)
    .optional(),
  purpose: z
    .string()
    .regex(/^[a-z_ ]{1,40}$/)
    .optional(),
  role: z.enum([...ROLES, 'partner_api']).optional(),
  from: Day.optional(),
  to: Day.optional(),
  action: AuditAction.optional(),
  outcome: z.enum(['allowed', 'denied', 'failed']).optional(),
  emergency: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
/** A username names a person: it is searched in a POST body (/api/audit/events/search), never in a URL. */
export const AuditListQuery = AuditQuery.omit({ username: true });
export const AuditSearchBody = AuditQuery.meta({ id: 'AuditSearchBody' });

export const AuditEvent = z
  .object({
    id: z.number().int(),
    occurredAt: z.date(),
    event: z.string(),
    action: AuditAction,
    outcome: z.enum(['allowed', 'denied', 'failed']),
    actorUsername: z.string().nullable(),
    /** The person's display name, so the log names people rather than accounts. */
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    actorOrganisation: z.string().nullable(),
    onBehalfOf: z.string().nullable(),
    purpose: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    /** What a person recognises the subject by: the dossier reference of a family, a user's name. */
    subjectLabel: z.string().nullable(),
    clientRef: z.string().nullable(),
    dataDescription: z.string().nullable(),
    emergency: z.boolean(),
    emergencyReason: z.string().nullable(),
    requestId: z.string().nullable(),
    sealed: z.boolean(),
  })
  .meta({ id: 'AuditEvent' });

export const AuditPage = z
  .object({ items: z.array(AuditEvent), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AuditPage' });

export const AuditChoices = z
  .object({
    events: z.array(z.string()),
    purposes: z.array(z.string()),
    roles: z.array(z.string()),
    people: z.array(z.object({ id: z.uuid(), name: z.string(), username: z.string() })),
  })
  .meta({ id: 'AuditChoices' });

export const VerifyResult = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    unsealed: z.number().int(),
    oldestUnsealedAt: z.date().nullable(),
    firstBroken: z
      .object({ chainSeq: z.number().int(), id: z.number().int().nullable(), reason: z.string() })
      .nullable(),
  })
  .meta({ id: 'AuditVerifyResult' });

export const BreakGlassList = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        username: z.string(),
        userName: z.string(),
        familyReference: z.string(),
        reason: z.string(),
        openedAt: z.date(),
        expiresAt: z.date(),
        reviewedAt: z.date().nullable(),
        reviewOutcome: z.enum(['justified', 'unjustified']).nullable(),
        reviewNote: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'BreakGlassList' });
export const BreakGlassQuery = z.strictObject({
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const ReviewBody = z
  .strictObject({ outcome: z.enum(['justified', 'unjustified']), note: z.string().trim().min(1).max(2000) })
  .meta({ id: 'BreakGlassReviewBody' });
