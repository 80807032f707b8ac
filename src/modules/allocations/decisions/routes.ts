// The decisions part's endpoints: requests from the plan, the consultant's queue, the decision with its
// budget check, and reading decisions (the letter, the family's list).
import type { App } from '../../../platform/http/types.js';
import { listPlacementArrangements } from './arrangements.js';
import { readRejectedClaims } from './claims.js';
import { checkDecision, decideRequest } from './decide.js';
import { listFamilyDecisions, readDecision } from './letter.js';
import { readQueue, readRequest } from './queue.js';
import { createAllocationRequest } from './requests.js';
import * as s from './schemas.js';

const tags = ['allocations'];

export function decisionRoutes(app: App): void {
  app.post(
    '/api/families/:familyId/allocation-requests',
    {
      schema: {
        tags,
        summary:
          "Ask for specialised help from the family's plan: a request for one youth, answer due in 5 working days",
        params: s.FamilyParams,
        body: s.NewAllocationRequest,
        response: { 201: s.CreatedRequest },
      },
    },
    async (req, reply) => reply.status(201).send(await createAllocationRequest(req.ctx, req.params.familyId, req.body)),
  );
  app.get(
    '/api/families/:familyId/decisions',
    {
      schema: {
        tags,
        summary:
          "The family's decisions with their allocations (newest first) and its requests for help with their state",
        params: s.FamilyParams,
        response: { 200: s.DecisionList },
      },
    },
    (req) => listFamilyDecisions(req.ctx, req.params.familyId),
  );
  app.get(
    '/api/allocation-requests',
    {
      schema: {
        tags,
        summary:
          "The consultant's work queue: requests of their municipality by answer date (late ones flagged); to search use POST /api/allocation-requests/search",
        querystring: s.QueueQuery,
        response: { 200: s.Queue },
      },
    },
    (req) => readQueue(req.ctx, req.query),
  );
  app.post(
    '/api/allocation-requests/search',
    {
      schema: {
        tags,
        summary:
          "The consultant's work queue searched by family reference, youth's first name or question (a POST: names never go in a URL)",
        body: s.QueueSearch,
        response: { 200: s.Queue },
      },
    },
    (req) => readQueue(req.ctx, req.body),
  );
  app.get(
    '/api/rejected-claim-lines',
    {
      schema: {
        tags,
        summary:
          'Claim lines the municipality rejected (JW325) on allocations of its decisions; to search use POST /api/rejected-claim-lines/search',
        querystring: s.RejectedClaimQuery,
        response: { 200: s.RejectedClaims },
      },
    },
    (req) => readRejectedClaims(req.ctx, req.query),
  );
  app.post(
    '/api/rejected-claim-lines/search',
    {
      schema: {
        tags,
        summary: 'Rejected claim lines searched by family reference, first name, provider or decision reference',
        body: s.RejectedClaimSearch,
        response: { 200: s.RejectedClaims },
      },
    },
    (req) => readRejectedClaims(req.ctx, req.body),
  );
  app.get(
    '/api/allocation-requests/:requestId',
    {
      schema: {
        tags,
        summary: 'One request with the minimum of the family needed to decide and the contracted products',
        params: s.RequestParams,
        response: { 200: s.RequestDetail },
      },
    },
    (req) => readRequest(req.ctx, req.params.requestId),
  );
  app.post(
    '/api/allocation-requests/:requestId/budget-check',
    {
      schema: {
        tags,
        summary: 'Expected cost of proposed allocations against the remaining budget of their lines (writes nothing)',
        params: s.RequestParams,
        body: s.BudgetCheckInput,
        response: { 200: s.BudgetCheck },
      },
    },
    (req) => checkDecision(req.ctx, req.params.requestId, req.body.products),
  );
  app.post(
    '/api/allocation-requests/:requestId/decision',
    {
      schema: {
        tags,
        summary: 'Decide a request: grant one or more allocated products, or reject with a WJ759 reason',
        params: s.RequestParams,
        body: s.DecisionInput,
        response: { 201: s.DecisionView },
      },
    },
    async (req, reply) => reply.status(201).send(await decideRequest(req.ctx, req.params.requestId, req.body)),
  );
  app.get(
    '/api/placement-arrangements',
    {
      schema: {
        tags,
        summary:
          "Tailored and education-care arrangements of the consultant's municipality open in a period, with places taken and free (no client data)",
        querystring: s.PlacementArrangementQuery,
        response: { 200: s.PlacementArrangements },
      },
    },
    (req) => listPlacementArrangements(req.ctx, req.query),
  );
  app.get(
    '/api/decisions/:decisionId',
    {
      schema: {
        tags,
        summary: 'One decision with its allocations (the decision letter is printed from it)',
        params: s.DecisionParams,
        response: { 200: s.DecisionView },
      },
    },
    (req) => readDecision(req.ctx, req.params.decisionId),
  );
}
