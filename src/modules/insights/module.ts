// The insights module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Neighbourhood patterns and collective activities, with small-number suppression.
import { defineModule } from '../../platform/module.js';
import { insightRoutes } from './routes.js';
import { neighbourhoodPatternsPolicy, collectiveActivityPolicy } from './policy.js';

export const insightsModule = defineModule({
  name: 'insights',
  routes: insightRoutes,
  policies: [neighbourhoodPatternsPolicy, collectiveActivityPolicy],
});
