import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const familiesModule = defineWebModule({
  name: 'families',
  texts: { nl, en },
  routes: [
    { path: 'families', page: lazyPage(() => import('./families-page'), 'FamiliesPage') },
    { path: 'families/new', page: lazyPage(() => import('./family-new-page'), 'FamilyNewPage') },
    { path: 'families/:familyId', page: lazyPage(() => import('./dossier-page'), 'DossierPage') },
  ],
  nav: [
    {
      to: '/families',
      label: 'families.nav',
      roles: ['professional', 'team_lead', 'consultant'],
      order: 30,
      section: true,
    },
  ],
});
