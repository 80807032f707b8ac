// The health module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Liveness and readiness for load balancers and monitoring.
import { defineModule } from '../../platform/module.js';
import { healthRoutes } from './routes.js';

export const healthModule = defineModule({
  name: 'health',
  routes: (app, { database, version }) => healthRoutes(app, database.kind, version, database.reports),
});
