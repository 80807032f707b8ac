import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { CARE_ROLES } from '../../components/roles';

export const familiesModule = defineWebModule({
  name: 'families',
  texts: { nl, en },
  routes: [
    { path: 'families', roles: CARE_ROLES, page: lazyPage(() => import('./families-page'), 'FamiliesPage') },
    {
      path: 'families/new',
      roles: ['professional', 'team_lead'],
      page: lazyPage(() => import('./family-new-page'), 'FamilyNewPage'),
    },
    { path: 'families/:familyId', roles: CARE_ROLES, page: lazyPage(() => import('./dossier-page'), 'DossierPage') },
  ],
  nav: [
    {
      to: '/families',
      label: 'families.nav',
      roles: CARE_ROLES,
      order: 30,
      section: true,
    },
  ],
});
