import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { UnreadBadge } from './unread-badge';

export const inboxModule = defineWebModule({
  name: 'inbox',
  texts: { nl, en },
  routes: [{ path: 'inbox', page: lazyPage(() => import('./inbox-page'), 'InboxPage') }],
  nav: [{ to: '/inbox', label: 'inbox.nav', order: 20, badge: UnreadBadge }],
});
