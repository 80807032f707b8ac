// GET /api/insights/signal-outcomes: signals that paid off, per neighbourhood and month.
import type { App } from '../../../platform/http/types.js';
import { SignalOutcomes, SignalOutcomesQuery } from './schemas.js';
import { signalOutcomes } from './service.js';

export function signalOutcomeRoutes(app: App): void {
  app.get(
    '/api/insights/signal-outcomes',
    {
      schema: {
        tags: ['insights'],
        summary:
          'Signals that paid off per neighbourhood for one month — signals, outreach closed, households reached, follow-up help, evictions prevented, signals that became a trajectory — each measure suppressed on its own (under 5 hidden, secondary suppression), and the 18-month trend of published totals',
        querystring: SignalOutcomesQuery,
        response: { 200: SignalOutcomes },
      },
    },
    (req) => signalOutcomes(req.ctx, req.query),
  );
}
