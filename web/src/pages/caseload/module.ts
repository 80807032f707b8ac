import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const caseloadModule = defineWebModule({
  name: 'caseload',
  texts: { nl, en },
  routes: [
    {
      path: 'teams/:teamId/caseload',
      roles: ['team_lead'],
      page: lazyPage(() => import('./team-caseload-page'), 'TeamCaseloadPage'),
    },
  ],
  nav: [],
});
