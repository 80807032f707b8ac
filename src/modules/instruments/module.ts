// The instruments module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Measuring instruments and progress per family.
import { defineModule } from '../../platform/module.js';
import { instrumentRoutes } from './routes.js';

export const instrumentsModule = defineModule({
  name: 'instruments',
  routes: instrumentRoutes,
});
