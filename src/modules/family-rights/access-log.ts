// "Who looked at my file" (NEN 7513, issue 15 item 5): the professionals' accesses to the family's
// data from the audit trail, newest first, paged. One decision statement and ONE page statement
// (the page, its total and the family's own audit row), over audit_event_client_access_idx.
// What a family sees of a professional is their role and organisation, not their name (docs/privacy.md).
import type { RequestContext } from '../../platform/access/context.js';
import { familyRead } from './access.js';
import * as q from './queries.js';

export async function accessLog(ctx: RequestContext, paging: { page: number; pageSize: number }) {
  const { read, viewer } = await familyRead(ctx, "who looked at the family's file (access log)");
  return read.page(q.accessLogQuery(read.db, viewer), paging, (r) => ({
    id: String(r.id),
    at: r.occurred_at,
    action: r.action,
    subjectType: r.subject_type,
    role: r.actor_role,
    organisation: r.organisation,
    purpose: r.purpose,
    emergency: r.emergency,
    asked: r.asked,
  }));
}
