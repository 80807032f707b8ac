import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

const readers = ['policy', 'team_lead', 'professional'] as const;

export const learningModule = defineWebModule({
  name: 'learning',
  texts: { nl, en },
  routes: [
    {
      path: 'learning/meetlat',
      roles: [...readers, 'admin'],
      page: lazyPage(() => import('./meetlat-page'), 'MeetlatPage'),
    },
    {
      path: 'learning/meetlat/position',
      roles: ['policy'],
      page: lazyPage(() => import('./position-page'), 'PositionPage'),
    },
    {
      path: 'learning/meetlat/load',
      roles: ['policy', 'admin'],
      page: lazyPage(() => import('./load-page'), 'LoadMeetlatPage'),
    },
    { path: 'learning/log', roles: readers, page: lazyPage(() => import('./log-page'), 'LogPage') },
    { path: 'learning/meetings', roles: readers, page: lazyPage(() => import('./meetings-page'), 'MeetingsPage') },
    { path: 'learning/meetings/:id', roles: readers, page: lazyPage(() => import('./meeting-page'), 'MeetingPage') },
  ],
  nav: [
    { to: '/learning/meetlat', label: 'learning.nav.meetlat', roles: [...readers, 'admin'], order: 72, section: true },
    { to: '/learning/log', label: 'learning.nav.log', roles: readers, order: 74, section: true },
  ],
});
