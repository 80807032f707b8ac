// One zod schema per endpoint of the family's rights: the family's own pages and the professionals' queue.
import { z } from 'zod';
import { pagingFields, pageOf, PageParam, PageSizeParam } from '../../platform/http/paging.js';
import { ConsentOverview, ConsentScope } from '../families/schemas.js';
import { CONSENT_SCOPES } from '../../platform/db/schema.js';

const Text = (max: number) => z.string().trim().min(1).max(max);

export const RequestKind = z.enum(['correction', 'deletion', 'access_question']).meta({ id: 'FamilyRequestKind' });
export const RequestStatus = z.enum(['open', 'granted', 'refused', 'answered']).meta({ id: 'FamilyRequestStatus' });

export const PortalViewer = z
  .object({
    scope: z.enum(['household', 'own']).describe('household: a parent with authority sees the whole file'),
    kind: z.enum(['parent', 'child', 'network']),
    age: z.number().int().nullable(),
    hasAuthority: z.boolean(),
    mayDecideConsent: z.boolean().describe('The age rule (Jeugdwet 7.3.4) names this person for at least one child'),
  })
  .meta({ id: 'FamilyRightsViewer' });

export const StatementBody = z.strictObject({ title: Text(200), body: Text(5000) }).meta({ id: 'FamilyStatementBody' });
export const Statement = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    author: z.string().describe('Given name of the household member who wrote it'),
    mine: z.boolean(),
    createdAt: z.date(),
  })
  .meta({ id: 'FamilyStatement' });
export const StatementList = z.object({ items: z.array(Statement) }).meta({ id: 'FamilyStatementList' });

export const PortalConsentBody = z
  .strictObject({
    organisationId: z.uuid(),
    scopes: z
      .array(ConsentScope)
      .min(1)
      .max(CONSENT_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'duplicate scope'),
  })
  .meta({ id: 'PortalConsentBody' });
export const PortalWithdrawBody = z
  .strictObject({ note: z.string().trim().max(2000).optional() })
  .meta({ id: 'PortalWithdrawBody' });
/** The consent overview as the family sees it: the professionals' internal note on a record left out. */
export const FamilyConsentOverview = ConsentOverview.extend({
  consents: z.array(ConsentOverview.shape.consents.element.omit({ note: true })),
}).meta({ id: 'FamilyConsentOverview' });
export type FamilyConsentOverview = z.infer<typeof FamilyConsentOverview>;
export const PortalConsent = z
  .object({ viewer: PortalViewer, overview: FamilyConsentOverview })
  .meta({ id: 'PortalConsent' });

export const RightsRequestBody = z
  .strictObject({ kind: z.enum(['correction', 'deletion']), about: Text(300), body: Text(4000) })
  .meta({ id: 'FamilyRightsRequestBody' });
export const AccessQuestionBody = z.strictObject({ body: Text(4000) }).meta({ id: 'FamilyAccessQuestionBody' });
export const EntryParams = z.strictObject({ entryId: z.string().regex(/^[1-9][0-9]{0,17}$/) });

export const RightsRequest = z
  .object({
    id: z.uuid(),
    kind: RequestKind,
    about: z.string(),
    body: z.string(),
    mine: z.boolean(),
    submittedOn: z.string(),
    dueOn: z.string(),
    status: RequestStatus,
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    answeredByRole: z
      .string()
      .nullable()
      .describe('The role that answered (regisseur or privacy officer), never a name'),
  })
  .meta({ id: 'FamilyRightsRequest' });
export const RightsRequestList = z.object({ items: z.array(RightsRequest) }).meta({ id: 'FamilyRightsRequestList' });

export const AccessLogQuery = z.strictObject({ page: PageParam, pageSize: PageSizeParam });
export const AccessLogEntry = z
  .object({
    id: z.string().describe('The entry, to ask the privacy officer about it'),
    at: z.date(),
    action: z.string(),
    subjectType: z.string(),
    role: z.string().nullable(),
    organisation: z.string().nullable(),
    purpose: z.string(),
    emergency: z.boolean(),
    asked: z.boolean().describe('A question about this entry was already sent'),
  })
  .meta({ id: 'FamilyAccessLogEntry' });
export const AccessLogPage = pageOf(AccessLogEntry, 'FamilyAccessLogPage');

export const FamilyParams = z.strictObject({ familyId: z.uuid() });

// No search text in the URL (it could hold a name): the queue is short, paged and filtered by status.
export const QueueQuery = z
  .strictObject({
    ...pagingFields('FamilyRequestQueueSort', ['due', 'newest']),
    status: z.enum(['open', 'closed']).default('open'),
  })
  .omit({ q: true });
export const QueueItem = z
  .object({
    id: z.uuid(),
    familyId: z.uuid(),
    familyReference: z.string(),
    kind: RequestKind,
    about: z.string(),
    body: z.string(),
    auditEventId: z.string().nullable(),
    submittedOn: z.string(),
    dueOn: z.string(),
    daysLeft: z.number().int(),
    status: RequestStatus,
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
  })
  .meta({ id: 'FamilyRequestQueueItem' });
export const QueuePage = pageOf(QueueItem, 'FamilyRequestQueuePage');
export const AnswerBody = z
  .strictObject({ outcome: z.enum(['granted', 'refused', 'answered']), answer: Text(4000) })
  .meta({ id: 'FamilyRequestAnswerBody' });

export type StatementBody = z.infer<typeof StatementBody>;
export type PortalConsentBody = z.infer<typeof PortalConsentBody>;
export type RightsRequestBody = z.infer<typeof RightsRequestBody>;
export type AnswerBody = z.infer<typeof AnswerBody>;
export type QueueQuery = z.infer<typeof QueueQuery>;
export type RightsRequest = z.infer<typeof RightsRequest>;
