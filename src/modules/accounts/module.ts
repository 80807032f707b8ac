// The accounts module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Functional administration: users, teams, organisations, security settings, the mail outbox.
import { defineModule } from '../../platform/module.js';
import { adminRoutes } from './routes.js';
import { userPolicy, teamPolicy, organisationPolicy, rolePolicyPolicy, outboxPolicy } from './policy.js';

export const accountsModule = defineModule({
  name: 'accounts',
  routes: adminRoutes,
  policies: [userPolicy, teamPolicy, organisationPolicy, rolePolicyPolicy, outboxPolicy],
  errors: {
    weak_password: {
      nl: 'Het wachtwoord moet minstens 12 tekens hebben.',
      en: 'The password must have at least 12 characters.',
    },
    agb_required: {
      nl: 'Een zorgaanbieder heeft een AGB-code van 8 cijfers.',
      en: 'A care provider needs an 8-digit AGB code.',
    },
    agb_not_allowed: { nl: 'Alleen zorgaanbieders hebben een AGB-code.', en: 'Only care providers have an AGB code.' },
    last_admin: {
      nl: 'Er moet minstens één actieve beheerder blijven.',
      en: 'At least one active administrator must remain.',
    },
  },
});
