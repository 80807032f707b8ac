import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const contractsModule = defineWebModule({
  name: 'contracts',
  texts: { nl, en },
  routes: [
    {
      path: 'contracts',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./contracts-page'), 'ContractsPage'),
    },
    {
      path: 'contracts/new',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./contract-form-page'), 'ContractFormPage'),
    },
    {
      path: 'contracts/providers',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./providers-page'), 'ProvidersPage'),
    },
    {
      path: 'contracts/arrangements',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./arrangements-page'), 'ArrangementsPage'),
    },
    {
      path: 'contracts/arrangements/new',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./arrangement-form-page'), 'ArrangementFormPage'),
    },
    {
      path: 'contracts/arrangements/:arrangementId',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./arrangement-page'), 'ArrangementPage'),
    },
    {
      path: 'contracts/arrangements/:arrangementId/edit',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./arrangement-form-page'), 'ArrangementFormPage'),
    },
    {
      path: 'contracts/:contractId/edit',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./contract-form-page'), 'ContractFormPage'),
    },
    {
      path: 'contracts/:contractId',
      roles: ['contract_manager'],
      page: lazyPage(() => import('./contract-page'), 'ContractPage'),
    },
    { path: 'budgets', roles: ['contract_manager'], page: lazyPage(() => import('./budgets-page'), 'BudgetsPage') },
  ],
  nav: [
    { to: '/contracts', label: 'contracts.nav.contracts', roles: ['contract_manager'], order: 60, section: true },
    { to: '/budgets', label: 'contracts.nav.budgets', roles: ['contract_manager'], order: 62, section: true },
  ],
});
