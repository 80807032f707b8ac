import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { IdParams } from '../auth/schemas.js';
import { PrivilegedChangeList, PrivilegedChangeQuery } from '../accounts/privileged/schemas.js';
import { listPrivilegedChanges } from './privileged-changes.js';
import * as s from './schemas.js';
import { auditChoices, listBreakGlass, reviewBreakGlass, searchAudit, verifyAudit } from './service.js';

const tags = ['audit'];

export function auditRoutes(app: App): void {
  app.get(
    '/api/audit/events',
    {
      schema: {
        tags,
        summary: 'Search the NEN 7513 access log',
        querystring: s.AuditListQuery,
        response: { 200: s.AuditPage },
      },
    },
    (req) => searchAudit(req.ctx, req.query),
  );
  app.post(
    '/api/audit/events/search',
    {
      schema: {
        tags,
        summary: 'Search the NEN 7513 access log, also by username (in the body, never in a URL)',
        body: s.AuditSearchBody,
        response: { 200: s.AuditPage },
      },
    },
    (req) => searchAudit(req.ctx, req.body),
  );
  app.get(
    '/api/audit/choices',
    {
      schema: {
        tags,
        summary: 'What the log filters offer to pick from: event kinds, purposes, roles and people',
        response: { 200: s.AuditChoices },
      },
    },
    (req) => auditChoices(req.ctx),
  );
  app.get(
    '/api/audit/verify',
    { schema: { tags, summary: 'Verify the hash chain', response: { 200: s.VerifyResult } } },
    (req) => verifyAudit(req.ctx),
  );
  app.get(
    '/api/audit/privileged-changes',
    {
      schema: {
        tags,
        summary: 'Privileged changes (access to case content): who asked, who approved or rejected, when',
        querystring: PrivilegedChangeQuery,
        response: { 200: PrivilegedChangeList },
      },
    },
    (req) => listPrivilegedChanges(req.ctx, req.query.status),
  );
  app.get(
    '/api/audit/break-glass',
    {
      schema: {
        tags,
        summary: 'Break-the-glass uses to review',
        querystring: s.BreakGlassQuery,
        response: { 200: s.BreakGlassList },
      },
    },
    (req) => listBreakGlass(req.ctx, req.query.open),
  );
  app.post(
    '/api/audit/break-glass/:id/review',
    {
      schema: {
        tags,
        summary: 'Review a break-the-glass use',
        params: IdParams,
        body: s.ReviewBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await reviewBreakGlass(req.ctx, req.params.id, req.body.outcome, req.body.note);
      return reply.status(204).send(null);
    },
  );
}
