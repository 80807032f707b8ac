// Steering pages beside the neighbourhood patterns: budget against spend (policy advisors, contract
// managers), signals that paid off (policy advisors, team leads), the CBS delivery (team leads).
import { defineWebModule, lazyPage } from '../../web-module';
import en from './steering.en.json';
import nl from './steering.nl.json';

export const steeringModule = defineWebModule({
  name: 'steering',
  texts: { nl, en },
  routes: [
    {
      path: 'insights/budget',
      roles: ['policy', 'contract_manager'],
      page: lazyPage(() => import('./budget-page'), 'BudgetPage'),
    },
    {
      path: 'insights/signal-outcomes',
      roles: ['team_lead', 'policy'],
      page: lazyPage(() => import('./signal-outcomes-page'), 'SignalOutcomesPage'),
    },
    {
      path: 'insights/cbs-delivery',
      roles: ['team_lead'],
      page: lazyPage(() => import('./cbs-delivery-page'), 'CbsDeliveryPage'),
    },
  ],
  nav: [
    { to: '/insights/budget', label: 'steering.nav.budget', roles: ['policy', 'contract_manager'], order: 71 },
    { to: '/insights/signal-outcomes', label: 'steering.nav.signals', roles: ['team_lead', 'policy'], order: 72 },
    { to: '/insights/cbs-delivery', label: 'steering.nav.cbs', roles: ['team_lead'], order: 73 },
  ],
});
