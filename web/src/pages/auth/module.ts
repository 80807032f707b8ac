import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const authModule = defineWebModule({
  name: 'auth',
  texts: { nl, en },
  routes: [
    { path: 'login', public: true, page: lazyPage(() => import('./login-page'), 'LoginPage') },
    // Where a DigiD or staff-IdP login that did not end in a session lands (reason in ?reden=).
    {
      path: 'inloggen/mislukt',
      public: true,
      page: lazyPage(() => import('./login-failed-page'), 'LoginFailedPage'),
    },
    // Reached from the one-time link in the e-mail, so without a session.
    {
      path: 'wachtwoord-instellen',
      public: true,
      page: lazyPage(() => import('./set-password-page'), 'SetPasswordPage'),
    },
  ],
  nav: [],
});
