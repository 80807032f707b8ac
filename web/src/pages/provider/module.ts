import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

/** The contracted provider's administrator: its allocations, its message box and its claims (issue 13). */
export const providerModule = defineWebModule({
  name: 'provider',
  texts: { nl, en },
  routes: [
    {
      path: 'provider/allocations',
      roles: ['provider'],
      page: lazyPage(() => import('./allocations-page'), 'ProviderAllocationsPage'),
    },
    {
      path: 'provider/messages',
      roles: ['provider'],
      page: lazyPage(() => import('./messages-page'), 'MessageBoxPage'),
    },
    {
      path: 'provider/messages/:messageId',
      roles: ['provider'],
      page: lazyPage(() => import('./message-page'), 'MessagePage'),
    },
    { path: 'provider/claims', roles: ['provider'], page: lazyPage(() => import('./claims-page'), 'ClaimsPage') },
  ],
  nav: [
    { to: '/provider/allocations', label: 'provider.nav.allocations', roles: ['provider'], order: 30, section: true },
    { to: '/provider/messages', label: 'provider.nav.messages', roles: ['provider'], order: 32, section: true },
    { to: '/provider/claims', label: 'provider.nav.claims', roles: ['provider'], order: 34, section: true },
  ],
});
