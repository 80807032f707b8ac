// "My caseload" and the team lead's caseload overview.
import type { App } from '../../platform/http/types.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['caseload'];

export function caseloadRoutes(app: App): void {
  app.get(
    '/api/me/caseload',
    {
      schema: {
        tags,
        summary:
          'My families (regisseur or member) with review dates, plan deadline, overdue actions and new meeting results',
        querystring: s.MyCaseloadQuery,
        response: { 200: s.MyCaseload },
      },
    },
    (req) => service.myCaseload(req.ctx, req.query),
  );
  app.post(
    '/api/me/caseload/search',
    {
      schema: {
        tags,
        summary:
          'My families searched by dossier number or the name of a household member (a POST: names never go in a URL)',
        body: s.MyCaseloadSearch,
        response: { 200: s.MyCaseload },
      },
    },
    (req) => service.myCaseload(req.ctx, req.body),
  );
  app.get(
    '/api/teams/:teamId/caseload',
    {
      schema: {
        tags,
        summary:
          "Team lead: load per regisseur (counts by status, plan late) and a filtered page of the team's open trajectories",
        params: s.TeamCaseloadParams,
        querystring: s.TeamCaseloadQuery,
        response: { 200: s.TeamCaseload },
      },
    },
    (req) => service.teamCaseload(req.ctx, req.params.teamId, req.query),
  );
}
