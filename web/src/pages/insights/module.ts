import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import steeringEn from './steering.en.json';
import steeringNl from './steering.nl.json';

const STEERING = ['team_lead', 'policy'] as const;
const OUTCOMES = ['team_lead', 'policy', 'contract_manager', 'provider'] as const;

export const insightsModule = defineWebModule({
  name: 'insights',
  texts: { nl: { ...nl, ...steeringNl }, en: { ...en, ...steeringEn } },
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
      path: 'insights/outcome-settings',
      roles: ['policy', 'team_lead', 'contract_manager'],
      page: lazyPage(() => import('./outcomes/settings-page'), 'OutcomeSettingsPage'),
    },
    {
      path: 'insights/contract-outcomes',
      roles: ['contract_manager', 'provider', 'policy'],
      page: lazyPage(() => import('./outcomes/contract-outcomes-page'), 'ContractOutcomesPage'),
    },
    // Budget against spend (policy advisors, contract managers), signals that paid off (policy advisors,
    // team leads), the CBS delivery (team leads).
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
    { to: '/insights/patterns', label: 'insights.nav', roles: [...STEERING], order: 70, section: true },
    { to: '/insights/outcomes', label: 'outcomes.nav', roles: [...OUTCOMES], order: 71, section: true },
    { to: '/insights/budget', label: 'steering.nav.budget', roles: ['policy', 'contract_manager'], order: 71.2 },
    { to: '/insights/signal-outcomes', label: 'steering.nav.signals', roles: ['team_lead', 'policy'], order: 71.4 },
    { to: '/insights/cbs-delivery', label: 'steering.nav.cbs', roles: ['team_lead'], order: 71.6 },
  ],
});
