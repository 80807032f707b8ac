// The caseload module's manifest, its one entry into the app (listed in src/modules/index.ts).
// A team lead's overview of the open trajectories per regisseur.
import { defineModule } from '../../platform/module.js';
import { caseloadRoutes } from './routes.js';
import { teamCaseloadOverviewPolicy } from './policy.js';

export const caseloadModule = defineModule({
  name: 'caseload',
  routes: caseloadRoutes,
  policies: [teamCaseloadOverviewPolicy],
});
