import { CARE_ROLES } from '../../components/roles';
import { defineWebModule, lazyPage } from '../../web-module';
import { PortalLayout } from '../portal/portal-layout';
import en from './en.json';
import nl from './nl.json';

const FAMILY = ['family'] as const;

/**
 * The family's rights (issue 15 items 4, 5, 7) under /mijn, and the professionals' side: the queue of
 * families' requests (regisseur, privacy officer) and the family's statements in the dossier.
 * The portal core owns /mijn and its menu (RIGHTS_NAV links these pages); they render in its layout.
 */
export const familyRightsModule = defineWebModule({
  name: 'family-rights',
  texts: { nl, en },
  routes: [
    {
      path: 'mijn/verklaring',
      roles: FAMILY,
      layout: PortalLayout,
      page: lazyPage(() => import('./statement-page'), 'StatementPage'),
    },
    {
      path: 'mijn/toestemming',
      roles: FAMILY,
      layout: PortalLayout,
      page: lazyPage(() => import('./consent-page'), 'ConsentPage'),
    },
    {
      path: 'mijn/verzoeken',
      roles: FAMILY,
      layout: PortalLayout,
      page: lazyPage(() => import('./requests-page'), 'RequestsPage'),
    },
    {
      path: 'mijn/wie-keek',
      roles: FAMILY,
      layout: PortalLayout,
      page: lazyPage(() => import('./who-looked-page'), 'WhoLookedPage'),
    },
    {
      path: 'mijn/gegevens',
      roles: FAMILY,
      layout: PortalLayout,
      page: lazyPage(() => import('./data-page'), 'DataPage'),
    },
    {
      path: 'mijn/berichten',
      roles: FAMILY,
      layout: PortalLayout,
      page: lazyPage(() => import('./messages-page'), 'MessagesPage'),
    },
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
    {
      to: '/verzoeken-gezin',
      label: 'familyRights.queue.nav',
      roles: ['professional', 'privacy_officer'],
      order: 95,
      section: true,
    },
  ],
});
