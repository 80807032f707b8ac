// The geo module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Municipalities, neighbourhoods and postcodes.
import { defineModule } from '../../platform/module.js';
import { geoRoutes } from './routes.js';

export const geoModule = defineModule({
  name: 'geo',
  routes: geoRoutes,
  errors: {
    neighbourhood_outside_municipality: {
      nl: 'Een buurt ligt niet in de gekozen gemeente.',
      en: 'A neighbourhood is not in the chosen municipality.',
    },
    unknown_municipality: { nl: 'Deze gemeente bestaat niet.', en: 'No such municipality.' },
  },
});
