// The provider's own view (role provider): its allocations, its claims and their answers, and the
// counts for its start page. The message box itself is in exchange/routes.ts.
import type { App } from '../../../platform/http/types.js';
import { listProviderAllocations } from './allocations.js';
import { listProviderClaims } from './claims.js';
import * as s from './schemas.js';
import { providerWork } from './work.js';

const tags = ['allocations'];

export function providerRoutes(app: App): void {
  app.get(
    '/api/provider/allocations',
    {
      schema: {
        tags,
        summary:
          "Allocations to the provider's own organisation, paged; to search by allocation number or client name use POST /api/provider/allocations/search",
        querystring: s.ProviderAllocationQuery,
        response: { 200: s.ProviderAllocationPage },
      },
    },
    (req) => listProviderAllocations(req.ctx, req.query),
  );
  app.post(
    '/api/provider/allocations/search',
    {
      schema: {
        tags,
        summary:
          "Allocations to the provider's own organisation searched by allocation number or client name (a POST: names never go in a URL)",
        body: s.ProviderAllocationSearch,
        response: { 200: s.ProviderAllocationPage },
      },
    },
    (req) => listProviderAllocations(req.ctx, req.body),
  );
  app.get(
    '/api/provider/claims',
    {
      schema: {
        tags,
        summary:
          'Claims (JW323) the provider sent and their answers (JW325), with refused lines and return codes; to search use POST /api/provider/claims/search',
        querystring: s.ProviderClaimQuery,
        response: { 200: s.ProviderClaimPage },
      },
    },
    (req) => listProviderClaims(req.ctx, req.query),
  );
  app.post(
    '/api/provider/claims/search',
    {
      schema: {
        tags,
        summary: "The provider's claims searched by invoice number (a POST: free text never goes in a URL)",
        body: s.ProviderClaimSearch,
        response: { 200: s.ProviderClaimPage },
      },
    },
    (req) => listProviderClaims(req.ctx, req.body),
  );
  app.get(
    '/api/provider/work',
    {
      schema: {
        tags,
        summary: "The provider's work: allocations awaiting a start, refused claim lines, new messages",
        response: { 200: s.ProviderWork },
      },
    },
    (req) => providerWork(req.ctx),
  );
}
