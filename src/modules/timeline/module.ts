// The timeline module's manifest, its one entry into the app (listed in src/modules/index.ts).
// A family's timeline across the other modules.
import { defineModule } from '../../platform/module.js';
import { timelineRoutes } from './routes.js';

export const timelineModule = defineModule({
  name: 'timeline',
  routes: timelineRoutes,
  errors: {
    unknown_timeline_kind: {
      nl: 'Onbekend soort gebeurtenis voor de tijdlijn.',
      en: 'Unknown kind of timeline event.',
    },
  },
});
