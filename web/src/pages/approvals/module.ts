import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

/** The four-eyes queue: a second administrator, or the team lead for a membership, decides on granting changes. */
export const approvalsModule = defineWebModule({
  name: 'approvals',
  texts: { nl, en },
  routes: [
    {
      path: 'approvals',
      roles: ['admin', 'team_lead'],
      page: lazyPage(() => import('./approvals-page'), 'ApprovalsPage'),
    },
  ],
  nav: [{ to: '/approvals', label: 'privileged.nav', roles: ['admin', 'team_lead'], order: 95, section: true }],
});
