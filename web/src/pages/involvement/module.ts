import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const involvementModule = defineWebModule({
  name: 'involvement',
  texts: { nl, en },
  routes: [
    { path: 'involvement', page: lazyPage(() => import('./involvement-page'), 'InvolvementPage') },
    {
      path: 'involvement/registrations/:registrationId',
      page: lazyPage(() => import('./registration-page'), 'RegistrationPage'),
    },
    { path: 'involvement/matches', page: lazyPage(() => import('./matches-page'), 'MatchesPage') },
    { path: 'involvement/matches/:matchId', page: lazyPage(() => import('./matches-page'), 'MatchPage') },
  ],
  nav: [
    {
      to: '/involvement',
      label: 'involvement.nav',
      roles: ['professional', 'team_lead', 'signaller'],
      order: 40,
      section: true,
    },
  ],
});
