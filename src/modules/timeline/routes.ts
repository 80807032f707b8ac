// /api/families/:familyId/timeline: everything that happened around a family, newest first.
import type { App } from '../../platform/http/types.js';
import * as s from './schemas.js';
import { readTimeline } from './service.js';

const tags = ['timeline'];

export function timelineRoutes(app: App): void {
  app.get(
    '/api/families/:familyId/timeline',
    {
      schema: {
        tags,
        summary:
          'The family timeline: trajectory, meetings, plan versions and sign-offs, measurements, story versions (newest first; ?kinds= to filter)',
        params: s.TimelineParams,
        querystring: s.TimelineQuery,
        response: { 200: s.Timeline },
      },
    },
    (req) => readTimeline(req.ctx, req.params.familyId, req.query),
  );
}
