import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { CARE_ROLES } from '../../components/roles';

export const instrumentsModule = defineWebModule({
  name: 'instruments',
  texts: { nl, en },
  routes: [
    {
      path: 'families/:familyId/instruments',
      roles: CARE_ROLES,
      page: lazyPage(() => import('./instruments-page'), 'InstrumentsPage'),
    },
  ],
  nav: [],
});
