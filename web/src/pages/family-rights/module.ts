import { CARE_ROLES } from '../../components/roles';
import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

const FAMILY = ['family'] as const;

/**
 * The family's rights (issue 15 items 4, 5, 7) under /mijn, and the professionals' side: the queue of
 * families' requests (regisseur, privacy officer) and the family's statements in the dossier.
 * The portal core owns /mijn itself and its menu; these pages carry their own link list until merged.
 */
export const familyRightsModule = defineWebModule({
  name: 'family-rights',
  texts: { nl, en },
  routes: [
    { path: 'mijn/verklaring', roles: FAMILY, page: lazyPage(() => import('./statement-page'), 'StatementPage') },
    { path: 'mijn/toestemming', roles: FAMILY, page: lazyPage(() => import('./consent-page'), 'ConsentPage') },
    { path: 'mijn/verzoeken', roles: FAMILY, page: lazyPage(() => import('./requests-page'), 'RequestsPage') },
    { path: 'mijn/wie-keek', roles: FAMILY, page: lazyPage(() => import('./who-looked-page'), 'WhoLookedPage') },
    { path: 'mijn/gegevens', roles: FAMILY, page: lazyPage(() => import('./data-page'), 'DataPage') },
    { path: 'mijn/berichten', roles: FAMILY, page: lazyPage(() => import('./messages-page'), 'MessagesPage') },
    {
      path: 'verzoeken-gezin',
      roles: ['professional', 'privacy_officer'],
      page: lazyPage(() => import('./queue-page'), 'QueuePage'),
    },
    {
      path: 'families/:familyId/verklaringen',
      roles: CARE_ROLES,
      page: lazyPage(() => import('./team-statements-page'), 'TeamStatementsPage'),
    },
  ],
  nav: [
    { to: '/mijn/verklaring', label: 'familyRights.navLabel', roles: FAMILY, order: 20, section: true },
    {
      to: '/verzoeken-gezin',
      label: 'familyRights.queue.nav',
      roles: ['professional', 'privacy_officer'],
      order: 95,
      section: true,
    },
  ],
});
