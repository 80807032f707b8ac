import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { CARE_ROLES } from '../../components/roles';

const printPage = lazyPage(() => import('./plan-print-page'), 'PlanPrintPage');

export const plansModule = defineWebModule({
  name: 'plans',
  texts: { nl, en },
  routes: [
    { path: 'families/:familyId/plan', roles: CARE_ROLES, page: lazyPage(() => import('./plan-page'), 'PlanPage') },
    { path: 'families/:familyId/plan/print', roles: CARE_ROLES, page: printPage },
    {
      path: 'families/:familyId/plan/versions/:version',
      roles: CARE_ROLES,
      page: lazyPage(() => import('./plan-version-page'), 'PlanVersionPage'),
    },
    { path: 'families/:familyId/plan/versions/:version/print', roles: CARE_ROLES, page: printPage },
  ],
  nav: [],
});
