import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { BoardLayout } from './board-layout';

const figuresPage = lazyPage(() => import('./figures-page'), 'FiguresPage');

export const supportFamiliesModule = defineWebModule({
  name: 'support-families',
  texts: { nl, en },
  routes: [
    {
      path: 'buurtgezinnen',
      roles: ['coordinator'],
      layout: BoardLayout,
      redirect: 'aanvragen',
      children: [
        { path: 'aanvragen', page: lazyPage(() => import('./requests-page'), 'RequestsPage') },
        { path: 'aanvragen/:requestId', page: lazyPage(() => import('./request-page'), 'RequestPage') },
        { path: 'steungezinnen', page: lazyPage(() => import('./families-page'), 'FamiliesPage') },
        { path: 'steungezinnen/:familyId', page: lazyPage(() => import('./family-page'), 'FamilyPage') },
        { path: 'voorstel', page: lazyPage(() => import('./proposal-page'), 'ProposalPage') },
        { path: 'koppelingen', page: lazyPage(() => import('./matches-page'), 'MatchesPage') },
        { path: 'koppelingen/:matchId', page: lazyPage(() => import('./match-page'), 'MatchPage') },
        { path: 'herinneringen', page: lazyPage(() => import('./reminders-page'), 'RemindersPage') },
        { path: 'cijfers', page: figuresPage },
        { path: 'instellingen', page: lazyPage(() => import('./settings-page'), 'SettingsPage') },
      ],
    },
    // Policy advisers see the figures only, without the coordinator's menu.
    { path: 'buurtgezinnen-cijfers', roles: ['policy'], page: figuresPage },
  ],
  nav: [
    { to: '/buurtgezinnen', label: 'supportFamilies.nav', roles: ['coordinator'], order: 50, section: true },
    {
      to: '/buurtgezinnen-cijfers',
      label: 'supportFamilies.navFigures',
      roles: ['policy'],
      order: 55,
      section: true,
    },
  ],
});
