// The timeline module's manifest, its one entry into the app (listed in src/modules/index.ts).
// A family's timeline across the other modules.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { timelineRoutes } from './routes.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const TIMELINE_ERRORS = {
  unknown_timeline_kind: {
    nl: 'Onbekend soort gebeurtenis voor de tijdlijn.',
    en: 'Unknown kind of timeline event.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof TIMELINE_ERRORS, true> {}
}

export const timelineModule = defineModule({
  name: 'timeline',
  routes: timelineRoutes,
  errors: TIMELINE_ERRORS,
});
