import { z } from 'zod';
import { PRIVILEGED_CHANGE_KINDS, PRIVILEGED_CHANGE_STATUSES } from '../../../platform/db/schema.js';

const Person = z.object({ username: z.string(), displayName: z.string() });

export const PrivilegedChange = z
  .object({
    id: z.uuid(),
    kind: z.enum(PRIVILEGED_CHANGE_KINDS),
    summary: z.string(),
    status: z.enum(PRIVILEGED_CHANGE_STATUSES),
    target: z.object({ id: z.uuid(), username: z.string(), displayName: z.string() }),
    team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    requestedBy: Person,
    requestedAt: z.date(),
    decidedBy: Person.nullable(),
    decidedAt: z.date().nullable(),
    decisionNote: z.string().nullable(),
    canDecide: z.boolean(),
  })
  .meta({ id: 'PrivilegedChange' });
export const PrivilegedChangeList = z.object({ items: z.array(PrivilegedChange) }).meta({ id: 'PrivilegedChangeList' });
export const PrivilegedChangeQuery = z.strictObject({ status: z.enum(PRIVILEGED_CHANGE_STATUSES).optional() });
export const DecisionBody = z
  .strictObject({ note: z.string().trim().max(500).optional() })
  .meta({ id: 'PrivilegedChangeDecision' });

/** A change waiting for approval, as shown on the user and team pages. */
export const PendingChange = z.object({
  id: z.uuid(),
  kind: z.enum(PRIVILEGED_CHANGE_KINDS),
  summary: z.string(),
  requestedBy: z.string(),
  requestedAt: z.date(),
});
