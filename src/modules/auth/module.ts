// The auth module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Login, second factor, sessions and the CSRF check on every cookie-authenticated write.
import { defineModule } from '../../platform/module.js';
import { installSessionHook } from './session-hook.js';
import { authRoutes } from './routes.js';
import { deleteExpiredSessions } from './sessions.js';

export const authModule = defineModule({
  name: 'auth',
  hooks: (app, { database, config }) => installSessionHook(app, database.kysely, config),
  routes: authRoutes,
  errors: {
    invalid_credentials: { nl: 'Gebruikersnaam of wachtwoord klopt niet.', en: 'Username or password is incorrect.' },
    invalid_totp: { nl: 'De code klopt niet of is al gebruikt.', en: 'The code is incorrect or was already used.' },
    totp_pending: { nl: 'Voer eerst de code van de tweede stap in.', en: 'Enter the second-factor code first.' },
    totp_not_started: {
      nl: 'Start eerst het instellen van tweestapsverificatie.',
      en: 'Start setting up two-factor authentication first.',
    },
    totp_required_by_role: {
      nl: 'Tweestapsverificatie is verplicht voor jouw rol.',
      en: 'Two-factor authentication is required for your role.',
    },
    account_locked: {
      nl: 'Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen.',
      en: 'This account is temporarily locked after too many failed attempts.',
    },
    csrf_failed: {
      nl: 'De beveiligingscontrole van het formulier is mislukt. Laad de pagina opnieuw.',
      en: 'The form security check failed. Reload the page.',
    },
  },
  jobs: ({ config, log }) => ({
    handlers: {
      'sessions.cleanup': async (_payload, { trx }) => {
        const n = await deleteExpiredSessions(trx, config);
        if (n > 0) log.info({ removed: n }, 'expired sessions removed');
      },
    },
    schedules: [{ name: 'sessions-cleanup', kind: 'sessions.cleanup', intervalSeconds: 600 }],
  }),
});
