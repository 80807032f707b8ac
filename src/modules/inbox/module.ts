// The inbox module's manifest, its one entry into the app (listed in src/modules/index.ts).
// A user's own inbox and self-service.
import { defineModule } from '../../platform/module.js';
import { inboxRoutes } from './routes.js';

export const inboxModule = defineModule({
  name: 'inbox',
  routes: inboxRoutes,
});
