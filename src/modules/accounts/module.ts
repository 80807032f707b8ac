// The accounts module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Functional administration: users, teams, organisations, security settings, the mail outbox.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { adminRoutes } from './routes.js';
import { userPolicy, teamPolicy, organisationPolicy, rolePolicyPolicy, outboxPolicy } from './policy.js';
import { privilegedChangePolicy } from './privileged/policy.js';

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
  // Separation of duties (privileged/): four eyes on every change that gives access to case content.
  own_account_change: {
    nl: 'Je kunt je eigen rollen, teams, gebied of toegang niet wijzigen; een andere beheerder doet dat.',
    en: 'You cannot change your own roles, teams, area or access; another administrator does that.',
  },
  privileged_change_own_request: {
    nl: 'Je kunt je eigen verzoek niet goedkeuren of afwijzen: dat doet een tweede persoon.',
    en: 'You cannot approve or reject your own request: a second person does that.',
  },
  privileged_change_own_access: {
    nl: 'Je kunt niet beslissen over een wijziging van je eigen toegang.',
    en: 'You cannot decide on a change to your own access.',
  },
  privileged_change_already_pending: {
    nl: 'Er wacht al een wijziging van deze soort voor dit account op goedkeuring.',
    en: 'A change of this kind for this account is already waiting for approval.',
  },
  privileged_change_decided: { nl: 'Over deze wijziging is al beslist.', en: 'This change was already decided on.' },
  privileged_change_not_found: { nl: 'Deze wijziging bestaat niet.', en: 'No such change.' },
  privileged_change_target_inactive: {
    nl: 'Dit account is niet meer actief; de wijziging kan niet worden doorgevoerd.',
    en: 'The account is no longer active; the change cannot be applied.',
  },
  admin_password_not_allowed: {
    nl: 'Een account met toegang tot dossiers kiest zelf een wachtwoord via de link die het per e-mail krijgt.',
    en: 'An account with access to case content chooses its own password with the link it receives by e-mail.',
  },
  email_required_for_link: {
    nl: 'Voor een eenmalige link heeft de gebruiker een e-mailadres nodig.',
    en: 'The user needs an e-mail address to receive a one-time link.',
  },
  password_link_invalid: {
    nl: 'Deze link is onbekend, al gebruikt of verlopen. Vraag de beheerder om een nieuwe.',
    en: 'This link is unknown, used or expired. Ask the administrator for a new one.',
  },
  totp_not_enabled: {
    nl: 'Deze gebruiker heeft geen tweestapsverificatie om opnieuw in te stellen.',
    en: 'This user has no second factor to reset.',
  },
  already_member: {
    nl: 'Deze gebruiker is al lid van het team in deze rol.',
    en: 'This user is already a member of the team in this role.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof ACCOUNTS_ERRORS, true> {}
}

export const accountsModule = defineModule({
  name: 'accounts',
  routes: adminRoutes,
  policies: [userPolicy, teamPolicy, organisationPolicy, rolePolicyPolicy, outboxPolicy, privilegedChangePolicy],
  errors: ACCOUNTS_ERRORS,
});
