// The accounts module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Functional administration: users, teams, organisations, security settings, the mail outbox.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { adminRoutes } from './routes.js';
import { userPolicy, teamPolicy, organisationPolicy, rolePolicyPolicy, outboxPolicy } from './policy.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const ACCOUNTS_ERRORS = {
  user_not_found: {
    nl: 'Deze gebruiker bestaat niet (meer). Ga terug naar de lijst met gebruikers.',
    en: 'This user does not exist (any more). Go back to the list of users.',
  },
  team_not_found: {
    nl: 'Dit team bestaat niet (meer). Ga terug naar de lijst met teams.',
    en: 'This team does not exist (any more). Go back to the list of teams.',
  },
  membership_not_found: {
    nl: 'Deze persoon is geen lid (meer) van het team. Laad de pagina opnieuw.',
    en: 'This person is not (or no longer) a member of the team. Reload the page.',
  },
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
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof ACCOUNTS_ERRORS, true> {}
}

export const accountsModule = defineModule({
  name: 'accounts',
  routes: adminRoutes,
  policies: [userPolicy, teamPolicy, organisationPolicy, rolePolicyPolicy, outboxPolicy],
  errors: ACCOUNTS_ERRORS,
});
