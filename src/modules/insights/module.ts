// The insights module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Neighbourhood patterns, collective activities and outcome indicators, with small-number suppression.
import { defineModule } from '../../platform/module.js';
import { insightRoutes } from './routes.js';
import { neighbourhoodPatternsPolicy, collectiveActivityPolicy } from './policy.js';
import { outcomeRoutes } from './outcomes/routes.js';
import { outcomeIndicatorsPolicy } from './outcomes/policy.js';

export const insightsModule = defineModule({
  name: 'insights',
  routes: (app, deps) => {
    insightRoutes(app);
    outcomeRoutes(app);
    void deps;
  },
  policies: [neighbourhoodPatternsPolicy, collectiveActivityPolicy, outcomeIndicatorsPolicy],
});
