// The auth module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Login, second factor, sessions and the CSRF check on every cookie-authenticated write.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { installSessionHook } from './session-hook.js';
import { authRoutes } from './routes.js';
import { deleteExpiredSessions } from './sessions.js';
import { devIdpRoutes } from './dev-idp/routes.js';
import { oidcRoutes } from './oidc/routes.js';
import { deleteExpiredTransactions } from './oidc/transactions.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const AUTH_ERRORS = {
  current_session: {
    nl: 'Dit is de sessie waarin je nu werkt. Gebruik Uitloggen om die te beëindigen.',
    en: 'This is the session you are working in. Use Log out to end it.',
  },
  totp_already_enabled: {
    nl: 'Tweestapsverificatie staat al aan. Zet die eerst uit als je opnieuw wilt beginnen.',
    en: 'Two-factor authentication is already on. Turn it off first if you want to start again.',
  },
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
  login_throttled: {
    nl: 'Te veel mislukte inlogpogingen. Wacht het aangegeven aantal seconden en probeer het dan opnieuw. Wachtwoord vergeten? Vraag je beheerder om een nieuw wachtwoord.',
    en: 'Too many failed login attempts. Wait the number of seconds shown, then try again. Forgot your password? Ask your administrator for a new one.',
  },
  totp_locked: {
    nl: 'Te vaak een verkeerde code. De tweede inlogstap is tijdelijk geblokkeerd: wacht de aangegeven tijd en gebruik dan de actuele code uit je authenticator-app (controleer of de klok van je telefoon goed staat). Heb je dit niet zelf gedaan? Dan kent iemand anders je wachtwoord: meld het direct bij je beheerder.',
    en: 'Too many wrong codes. The second login step is temporarily locked: wait the time shown, then use the current code from your authenticator app (check that your phone’s clock is right). Was this not you? Then someone else knows your password: tell your administrator at once.',
  },
  csrf_failed: {
    nl: 'De beveiligingscontrole van het formulier is mislukt. Laad de pagina opnieuw.',
    en: 'The form security check failed. Reload the page.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof AUTH_ERRORS, true> {}
}

export const authModule = defineModule({
  name: 'auth',
  hooks: (app, { database, config }) => installSessionHook(app, database.kysely, config, database.reports),
  routes: (app, deps) => {
    authRoutes(app);
    oidcRoutes(app);
    devIdpRoutes(app, deps);
  },
  errors: AUTH_ERRORS,
  jobs: ({ config, log }) => ({
    handlers: {
      'sessions.cleanup': async (_payload, { trx }) => {
        const n = await deleteExpiredSessions(trx, config);
        const logins = await deleteExpiredTransactions(trx);
        if (n + logins > 0) log.info({ removed: n, loginTransactions: logins }, 'expired sessions removed');
      },
    },
    schedules: [{ name: 'sessions-cleanup', kind: 'sessions.cleanup', intervalSeconds: 600 }],
  }),
});
