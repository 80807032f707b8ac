import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const authModule = defineWebModule({
  name: 'auth',
  texts: { nl, en },
  routes: [
    { path: 'login', public: true, page: lazyPage(() => import('./login-page'), 'LoginPage') },
    // Reached from the one-time link in the e-mail, so without a session.
    {
      path: 'wachtwoord-instellen',
      public: true,
      page: lazyPage(() => import('./set-password-page'), 'SetPasswordPage'),
    },
  ],
  nav: [],
});
