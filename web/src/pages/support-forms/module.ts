import { defineWebModule, lazyPage } from '../../web-module';

/** The public forms of Buurtgezinnen: no session needed. Their texts belong to support-families (`supportFamilies.form`). */
export const supportFormsModule = defineWebModule({
  name: 'support-forms',
  texts: { nl: {}, en: {} },
  routes: [
    {
      path: 'buurtgezinnen/aanmelden',
      public: true,
      page: lazyPage(() => import('./request-form-page'), 'RequestFormPage'),
    },
    {
      path: 'buurtgezinnen/steungezin-worden',
      public: true,
      page: lazyPage(() => import('./family-form-page'), 'FamilyFormPage'),
    },
    { path: 'buurtgezinnen/bevestigen', public: true, page: lazyPage(() => import('./confirm-page'), 'ConfirmPage') },
  ],
  nav: [],
});
