// The overall assignment: propose, then accept or reject pairs (one at a time or a page at once).
import { z } from 'zod';
import type { App } from '../../../platform/http/types.js';
import { BulkPairBody, BulkPairSummary, PairBody, Proposal } from './schemas.js';
import * as assignment from './service.js';

const tags = ['support-families'];

export function assignmentRoutes(app: App, B: string): void {
  app.post(
    `${B}/assignment`,
    {
      schema: {
        tags,
        summary:
          'The optimal overall assignment of all open requests, compared with greedy picking (computes, stores nothing)',
        response: { 200: Proposal },
      },
    },
    (req) => assignment.proposeAssignment(req.ctx),
  );
  app.post(
    `${B}/pairs/accept`,
    {
      schema: {
        tags,
        summary: 'Accept a pair: a match is proposed to both families',
        body: PairBody,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await assignment.acceptPair(req.ctx, req.body)),
  );
  app.post(
    `${B}/pairs/accept-bulk`,
    {
      schema: {
        tags,
        summary:
          'Accept several pairs at once, each as POST pairs/accept would (own decision and audit row); says per pair what happened',
        body: BulkPairBody,
        response: { 200: BulkPairSummary },
      },
    },
    (req) => assignment.acceptPairs(req.ctx, req.body),
  );
  app.post(
    `${B}/pairs/reject`,
    {
      schema: {
        tags,
        summary: 'Reject a pair: never proposed again',
        body: PairBody,
        response: { 200: z.object({ status: z.string() }) },
      },
    },
    (req) => assignment.rejectPair(req.ctx, req.body),
  );
}
