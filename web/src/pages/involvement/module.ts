import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

/** Who registers in the referral index (the server's REGISTRANT_ROLES). */
const REGISTRANTS = ['professional', 'team_lead', 'signaller'] as const;

export const involvementModule = defineWebModule({
  name: 'involvement',
  texts: { nl, en },
  routes: [
    { path: 'involvement', roles: REGISTRANTS, page: lazyPage(() => import('./involvement-page'), 'InvolvementPage') },
    {
      path: 'involvement/registrations/:registrationId',
      roles: REGISTRANTS,
      page: lazyPage(() => import('./registration-page'), 'RegistrationPage'),
    },
    { path: 'involvement/matches', roles: REGISTRANTS, page: lazyPage(() => import('./matches-page'), 'MatchesPage') },
    {
      path: 'involvement/matches/:matchId',
      roles: REGISTRANTS,
      page: lazyPage(() => import('./matches-page'), 'MatchPage'),
    },
  ],
  nav: [
    {
      to: '/involvement',
      label: 'involvement.nav',
      roles: REGISTRANTS,
      order: 40,
      section: true,
    },
  ],
});
