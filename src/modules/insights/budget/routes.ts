// GET /api/insights/budget: budget against spend for policy advisors and contract managers.
import type { App } from '../../../platform/http/types.js';
import { BudgetSteering, BudgetSteeringQuery } from './schemas.js';
import { budgetSteering } from './service.js';

export function budgetRoutes(app: App): void {
  app.get(
    '/api/insights/budget',
    {
      schema: {
        tags: ['insights'],
        summary:
          'Budget against spend for a municipality or a region and year: per budget line (local and regional), municipality, provider, category and month, with a year-end forecast from the run rate and the cost per youth (counts of youths under 5 suppressed)',
        querystring: BudgetSteeringQuery,
        response: { 200: BudgetSteering },
      },
    },
    (req) => budgetSteering(req.ctx, req.query),
  );
}
