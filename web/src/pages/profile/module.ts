import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const profileModule = defineWebModule({
  name: 'profile',
  texts: { nl, en },
  routes: [{ path: 'profile', page: lazyPage(() => import('./profile-page'), 'ProfilePage') }],
  nav: [{ to: '/profile', label: 'profile.nav', order: 80 }],
});
