import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const decisionsModule = defineWebModule({
  name: 'decisions',
  texts: { nl, en },
  routes: [
    { path: 'decisions', roles: ['consultant'], page: lazyPage(() => import('./queue-page'), 'DecisionQueuePage') },
    {
      path: 'decisions/requests/:requestId',
      roles: ['consultant'],
      page: lazyPage(() => import('./request-page'), 'DecisionRequestPage'),
    },
    {
      path: 'decisions/families/:familyId',
      roles: ['consultant'],
      page: lazyPage(() => import('./family-decisions'), 'FamilyDecisionsPage'),
    },
    { path: 'decisions/:decisionId/letter', page: lazyPage(() => import('./letter-page'), 'DecisionLetterPage') },
  ],
  nav: [{ to: '/decisions', label: 'decisions.nav', roles: ['consultant'], order: 25, section: true }],
});
