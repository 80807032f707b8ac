// The insights module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Neighbourhood patterns, collective activities and outcome indicators, with small-number suppression.
import { defineModule } from '../../platform/module.js';
import { insightRoutes } from './routes.js';
import { neighbourhoodPatternsPolicy, collectiveActivityPolicy } from './policy.js';
import { outcomeRoutes } from './outcomes/routes.js';
import { outcomeIndicatorsPolicy } from './outcomes/policy.js';
import { outcomeSettingPolicy } from './outcomes/settings-policy.js';
import { budgetRoutes } from './budget/routes.js';
import { steeringBudgetPolicy } from './budget/policy.js';
import { signalOutcomeRoutes } from './signal-outcomes/routes.js';
import { cbsDeliveryRoutes } from './cbs-delivery/routes.js';
import { cbsDeliveryPolicy } from './cbs-delivery/policy.js';
import { FULL_SCHEDULE, isFullRefresh, refreshOutcomeSummary, REFRESH_JOB } from './outcomes/summary.js';

export const insightsModule = defineModule({
  name: 'insights',
  routes: (app) => {
    insightRoutes(app);
    outcomeRoutes(app);
    budgetRoutes(app);
    signalOutcomeRoutes(app);
    cbsDeliveryRoutes(app);
  },
  policies: [
    neighbourhoodPatternsPolicy,
    collectiveActivityPolicy,
    outcomeIndicatorsPolicy,
    outcomeSettingPolicy,
    steeringBudgetPolicy,
    cbsDeliveryPolicy,
  ],
  // The outcome summary the indicators read (migration 029): the marked families every five minutes,
  // everything once a night.
  jobs: ({ log }) => ({
    handlers: {
      [REFRESH_JOB]: async (payload, { trx }) => {
        const r = await refreshOutcomeSummary(trx, { full: isFullRefresh(payload) });
        log.info(r, 'outcome summary refreshed');
      },
    },
    schedules: [
      { name: 'insights-outcome-summary', kind: REFRESH_JOB, intervalSeconds: 300 },
      { name: FULL_SCHEDULE, kind: REFRESH_JOB, intervalSeconds: 86_400 },
    ],
  }),
});
