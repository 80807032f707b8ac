import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const authModule = defineWebModule({
  name: 'auth',
  texts: { nl, en },
  routes: [{ path: 'login', public: true, page: lazyPage(() => import('./login-page'), 'LoginPage') }],
  nav: [],
});
