import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

const STEERING = ['team_lead', 'policy'] as const;
const OUTCOMES = ['team_lead', 'policy', 'contract_manager', 'provider'] as const;

export const insightsModule = defineWebModule({
  name: 'insights',
  texts: { nl, en },
  routes: [
    {
      path: 'insights/patterns',
      roles: [...STEERING],
      page: lazyPage(() => import('./patterns-page'), 'PatternsPage'),
    },
    {
      path: 'insights/outcomes',
      roles: [...OUTCOMES],
      page: lazyPage(() => import('./outcomes/outcomes-page'), 'OutcomesPage'),
    },
    {
      path: 'insights/entry-points',
      roles: [...STEERING],
      page: lazyPage(() => import('./outcomes/entry-points-page'), 'EntryPointsPage'),
    },
    {
      path: 'insights/pilots',
      roles: [...STEERING],
      page: lazyPage(() => import('./outcomes/pilots-page'), 'PilotsPage'),
    },
    {
      path: 'insights/contract-outcomes',
      roles: ['contract_manager', 'provider', 'policy'],
      page: lazyPage(() => import('./outcomes/contract-outcomes-page'), 'ContractOutcomesPage'),
    },
  ],
  nav: [
    { to: '/insights/patterns', label: 'insights.nav', roles: [...STEERING], order: 70, section: true },
    { to: '/insights/outcomes', label: 'outcomes.nav', roles: [...OUTCOMES], order: 71, section: true },
  ],
});
