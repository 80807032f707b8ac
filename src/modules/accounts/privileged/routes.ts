// /api/privileged-changes: the four-eyes queue for administrators and team leads.
import type { App } from '../../../platform/http/types.js';
import { IdParams } from '../../auth/schemas.js';
import * as s from './schemas.js';
import { decideChange, listChanges } from './service.js';

const tags = ['administration'];

export function privilegedChangeRoutes(app: App): void {
  app.get(
    '/api/privileged-changes',
    {
      schema: {
        tags,
        summary: 'Privileged changes the caller may decide on (admins: all; team leads: their teams)',
        querystring: s.PrivilegedChangeQuery,
        response: { 200: s.PrivilegedChangeList },
      },
    },
    (req) => listChanges(req.ctx, req.query.status),
  );
  app.post(
    '/api/privileged-changes/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve a pending change (a second person: never the requester or the account itself)',
        params: IdParams,
        body: s.DecisionBody,
        response: { 200: s.PrivilegedChange },
      },
    },
    (req) => decideChange(req.ctx, req.params.id, 'approved', req.body.note),
  );
  app.post(
    '/api/privileged-changes/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a pending change',
        params: IdParams,
        body: s.DecisionBody,
        response: { 200: s.PrivilegedChange },
      },
    },
    (req) => decideChange(req.ctx, req.params.id, 'rejected', req.body.note),
  );
}
