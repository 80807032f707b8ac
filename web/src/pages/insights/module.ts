import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const insightsModule = defineWebModule({
  name: 'insights',
  texts: { nl, en },
  routes: [
    {
      path: 'insights/patterns',
      roles: ['team_lead', 'policy'],
      page: lazyPage(() => import('./patterns-page'), 'PatternsPage'),
    },
  ],
  nav: [{ to: '/insights/patterns', label: 'insights.nav', roles: ['team_lead', 'policy'], order: 70, section: true }],
});
