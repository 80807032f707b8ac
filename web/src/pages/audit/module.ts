import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const auditModule = defineWebModule({
  name: 'audit',
  texts: { nl, en },
  routes: [
    {
      path: 'audit',
      roles: ['privacy_officer'],
      page: lazyPage(() => import('./audit-page'), 'AuditPage'),
      children: [
        {
          path: 'noodtoegang/:accessId',
          page: lazyPage(() => import('./break-glass-review-page'), 'BreakGlassReviewPage'),
        },
      ],
    },
  ],
  nav: [{ to: '/audit', label: 'audit.nav', roles: ['privacy_officer'], order: 100, section: true }],
});
