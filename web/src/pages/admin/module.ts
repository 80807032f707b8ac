import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { AdminLayout } from './admin-layout';

export const adminModule = defineWebModule({
  name: 'admin',
  texts: { nl, en },
  routes: [
    {
      path: 'admin',
      roles: ['admin'],
      layout: AdminLayout,
      redirect: 'users',
      children: [
        { path: 'users', page: lazyPage(() => import('./users-page'), 'UsersPage') },
        { path: 'users/new', page: lazyPage(() => import('./user-new-page'), 'UserNewPage') },
        { path: 'users/:userId', page: lazyPage(() => import('./user-detail-page'), 'UserDetailPage') },
        { path: 'teams', page: lazyPage(() => import('./teams-page'), 'TeamsPage') },
        { path: 'teams/new', page: lazyPage(() => import('./team-new-page'), 'TeamNewPage') },
        { path: 'teams/:teamId', page: lazyPage(() => import('./team-detail-page'), 'TeamDetailPage') },
        { path: 'organisations', page: lazyPage(() => import('./organisations-page'), 'OrganisationsPage') },
        { path: 'security', page: lazyPage(() => import('./security-page'), 'SecurityPage') },
        { path: 'outbox', page: lazyPage(() => import('./outbox-page'), 'OutboxPage') },
        { path: 'api-keys', page: lazyPage(() => import('./api-keys-page'), 'ApiKeysPage') },
        {
          path: 'match-coordinators',
          page: lazyPage(() => import('./match-coordinators-page'), 'MatchCoordinatorsPage'),
        },
      ],
    },
  ],
  nav: [{ to: '/admin', label: 'admin.nav.main', roles: ['admin'], order: 90, section: true }],
});
