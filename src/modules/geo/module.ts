// The geo module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Municipalities, neighbourhoods and postcodes.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { geoRoutes } from './routes.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const GEO_ERRORS = {
  neighbourhood_outside_municipality: {
    nl: 'Een buurt ligt niet in de gekozen gemeente.',
    en: 'A neighbourhood is not in the chosen municipality.',
  },
  unknown_municipality: { nl: 'Deze gemeente bestaat niet.', en: 'No such municipality.' },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof GEO_ERRORS, true> {}
}

export const geoModule = defineModule({
  name: 'geo',
  routes: geoRoutes,
  errors: GEO_ERRORS,
});
