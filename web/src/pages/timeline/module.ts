import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { CARE_ROLES } from '../../components/roles';

export const timelineModule = defineWebModule({
  name: 'timeline',
  texts: { nl, en },
  routes: [
    {
      path: 'families/:familyId/timeline',
      roles: CARE_ROLES,
      page: lazyPage(() => import('./timeline-page'), 'TimelinePage'),
    },
  ],
  nav: [],
});
