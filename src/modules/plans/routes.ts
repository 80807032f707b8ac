// /api/families/:familyId/plan — the one living, versioned plan of a family.
import type { App } from '../../platform/http/types.js';
import { PlanVersion } from './schemas.js';
import * as s from './schemas.js';
import * as plans from './service.js';

const tags = ['plans'];

export function planRoutes(app: App): void {
  app.get(
    '/api/families/:familyId/plan',
    {
      schema: {
        tags,
        summary: 'The current plan, its newest versions and their count, and the 6-week deadline',
        params: s.FamilyParams,
        response: { 200: s.PlanView },
      },
    },
    (req) => plans.readPlan(req.ctx, req.params.familyId),
  );
  app.put(
    '/api/families/:familyId/plan',
    {
      schema: {
        tags,
        summary: 'Save the plan as a new version (409 stale_version when based on an old one)',
        params: s.FamilyParams,
        body: s.UpdatePlanBody,
        response: { 200: s.PlanView },
      },
    },
    (req) => plans.updatePlan(req.ctx, req.params.familyId, req.body),
  );
  app.get(
    '/api/families/:familyId/plan/versions',
    {
      schema: {
        tags,
        summary: "A page of the plan's versions, newest first, with their sign-offs",
        params: s.FamilyParams,
        querystring: s.PlanVersionsQuery,
        response: { 200: s.PlanVersionPage },
      },
    },
    (req) => plans.listPlanVersions(req.ctx, req.params.familyId, req.query),
  );
  app.get(
    '/api/families/:familyId/plan/versions/:version',
    { schema: { tags, summary: 'One version of the plan', params: s.VersionParams, response: { 200: PlanVersion } } },
    (req) => plans.readPlanVersion(req.ctx, req.params.familyId, req.params.version),
  );
  app.get(
    '/api/families/:familyId/plan/compare',
    {
      schema: {
        tags,
        summary: 'Compare two versions: added, removed and changed items per section',
        params: s.FamilyParams,
        querystring: s.CompareQuery,
        response: { 200: s.PlanComparison },
      },
    },
    (req) => plans.comparePlan(req.ctx, req.params.familyId, req.query.from, req.query.to),
  );
  app.post(
    '/api/families/:familyId/plan/versions/:version/sign-off',
    {
      schema: {
        tags,
        summary: "Record the family's agreement with the current version",
        params: s.VersionParams,
        body: s.SignOffBody,
        response: { 201: s.PlanView },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await plans.signOff(req.ctx, req.params.familyId, req.params.version, req.body)),
  );
  app.get(
    '/api/me/plan-deadlines',
    {
      schema: {
        tags,
        summary: 'Plans of my families with their 6-week deadline (running late first to see)',
        response: { 200: s.PlanDeadlineList },
      },
    },
    (req) => plans.myPlanDeadlines(req.ctx),
  );
}
