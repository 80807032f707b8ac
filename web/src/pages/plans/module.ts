import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

const printPage = lazyPage(() => import('./plan-print-page'), 'PlanPrintPage');

export const plansModule = defineWebModule({
  name: 'plans',
  texts: { nl, en },
  routes: [
    { path: 'families/:familyId/plan', page: lazyPage(() => import('./plan-page'), 'PlanPage') },
    { path: 'families/:familyId/plan/print', page: printPage },
    {
      path: 'families/:familyId/plan/versions/:version',
      page: lazyPage(() => import('./plan-version-page'), 'PlanVersionPage'),
    },
    { path: 'families/:familyId/plan/versions/:version/print', page: printPage },
  ],
  nav: [],
});
