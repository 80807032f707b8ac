// The family-rights module's manifest (listed in src/modules/index.ts): the family's statement,
// consent, requests, "who looked at my file", the copy of all its data, and the answering queue.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { familyRightsPolicy, familyRightsRequestPolicy } from './policy.js';
import { familyRightsRoutes } from './routes.js';

export const FAMILY_RIGHTS_ERRORS = {
  family_consent_not_yours: {
    nl: 'U beslist niet over deze toestemming. Onder 12 jaar beslissen ouders met gezag, vanaf 16 jaar de jongere zelf.',
    en: 'You do not decide on this consent. Under 12 parents with authority decide, from 16 the young person alone.',
  },
  family_consent_already_given: {
    nl: 'U heeft deze toestemming al gegeven.',
    en: 'You already gave this consent.',
  },
  access_entry_not_found: {
    nl: 'Deze regel staat niet in uw overzicht. Laad de pagina opnieuw.',
    en: 'This entry is not in your overview. Reload the page.',
  },
  family_request_already_answered: {
    nl: 'Dit verzoek is al beantwoord. Laad de lijst opnieuw.',
    en: 'This request has already been answered. Reload the list.',
  },
  family_request_outcome_mismatch: {
    nl: 'Een verzoek tot correctie of verwijdering wordt toegewezen of afgewezen; een vraag wordt beantwoord.',
    en: 'A correction or deletion is granted or refused; a question is answered.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof FAMILY_RIGHTS_ERRORS, true> {}
}

export const familyRightsModule = defineModule({
  name: 'family-rights',
  routes: familyRightsRoutes,
  policies: [familyRightsPolicy, familyRightsRequestPolicy],
  errors: FAMILY_RIGHTS_ERRORS,
});
