import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { PortalLayout } from './portal-layout';
import './portal.css';

const other = () => import('./other-pages');

/** The family's own Keukentafel under /mijn, and the privacy officer's register of shielded items. */
export const portalModule = defineWebModule({
  name: 'portal',
  texts: { nl, en },
  routes: [
    {
      path: 'mijn',
      roles: ['family'],
      layout: PortalLayout,
      page: lazyPage(() => import('./start-page'), 'PortalStartPage'),
      children: [
        { path: 'plan', page: lazyPage(() => import('./plan-page'), 'PortalPlanPage') },
        { path: 'gesprekken', page: lazyPage(other, 'PortalMeetingsPage') },
        { path: 'team', page: lazyPage(other, 'PortalTeamPage') },
        { path: 'zorg', page: lazyPage(other, 'PortalCarePage') },
        { path: 'tijdlijn', page: lazyPage(other, 'PortalTimelinePage') },
      ],
    },
    {
      path: 'privacy/shields',
      roles: ['privacy_officer'],
      page: lazyPage(() => import('./shield-register-page'), 'ShieldRegisterPage'),
    },
  ],
  nav: [
    { to: '/mijn', label: 'portal.nav.main', roles: ['family'], order: 12, section: true },
    { to: '/privacy/shields', label: 'portal.register.nav', roles: ['privacy_officer'], order: 96 },
  ],
});
