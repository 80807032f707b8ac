// /api/insights: neighbourhood patterns (suppressed aggregates) and collective activities.
import type { App } from '../../platform/http/types.js';
import { listActivities, registerActivity } from './activities.js';
import { neighbourhoodPattern, patternMunicipalities } from './patterns.js';
import * as s from './schemas.js';

const tags = ['insights'];

export function insightRoutes(app: App): void {
  app.get(
    '/api/insights/municipalities',
    {
      schema: {
        tags,
        summary: 'Municipalities whose neighbourhood patterns I may see',
        response: { 200: s.Municipalities },
      },
    },
    (req) => patternMunicipalities(req.ctx),
  );
  app.get(
    '/api/insights/patterns',
    {
      schema: {
        tags,
        summary:
          'Signals or outreach outcomes per neighbourhood for one month, small numbers suppressed (cells under 5 as "<5", secondary suppression, totals of shown cells only), and the 18-month trend',
        querystring: s.PatternQuery,
        response: { 200: s.Pattern },
      },
    },
    (req) => neighbourhoodPattern(req.ctx, req.query),
  );
  app.get(
    '/api/insights/activities',
    {
      schema: {
        tags,
        summary: 'Collective activities in a municipality',
        querystring: s.ActivityQuery,
        response: { 200: s.ActivityList },
      },
    },
    (req) => listActivities(req.ctx, req.query.municipality),
  );
  app.post(
    '/api/insights/activities',
    {
      schema: {
        tags,
        summary: 'Register a collective activity of a team (e.g. a budgeting course) in answer to a pattern',
        body: s.NewActivity,
        response: { 201: s.Activity.pick({ id: true }) },
      },
    },
    async (req, reply) => reply.status(201).send(await registerActivity(req.ctx, req.body)),
  );
}
