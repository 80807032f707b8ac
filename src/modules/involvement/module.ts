// The involvement module's manifest, its one entry into the app (listed in src/modules/index.ts).
// The referral index (verwijsindex): registrations, matches and their expiry.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { involvementRoutes } from './routes.js';
import {
  involvementRegistrationPolicy,
  involvementMatchPolicy,
  involvementCoordinatorPolicy,
  familyInvolvementPolicy,
} from './policy.js';
import { involvementJobs } from './jobs.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const INVOLVEMENT_ERRORS = {
  registration_not_born: { nl: 'De geboortedatum ligt in de toekomst.', en: 'The birth date lies in the future.' },
  registration_too_old: {
    nl: 'De verwijsindex is voor jongeren tot 23 jaar.',
    en: 'The referral index is for young people under 23.',
  },
  registration_ends_in_past: {
    nl: 'De einddatum moet in de toekomst liggen.',
    en: 'The removal date must lie in the future.',
  },
  registration_ends_too_late: {
    nl: 'De einddatum ligt hooguit twee jaar vooruit en niet na de 23e verjaardag.',
    en: 'The removal date may be at most two years away and not after the 23rd birthday.',
  },
  municipality_required: { nl: 'Kies de woongemeente.', en: 'Name the municipality of residence.' },
  organisation_not_designated: {
    nl: 'Jouw organisatie is niet aangewezen om in de verwijsindex te melden.',
    en: 'Your organisation is not designated to register in the referral index.',
  },
  already_registered: {
    nl: 'Jouw organisatie heeft deze jongere al gemeld in de verwijsindex.',
    en: 'Your organisation already has an active registration for this young person.',
  },
  already_informed: {
    nl: 'Het informeren is voor deze melding al vastgelegd.',
    en: 'Informing is already recorded for this registration.',
  },
  registration_not_found: { nl: 'Deze melding bestaat niet (meer).', en: 'No such registration.' },
  match_not_found: { nl: 'Deze match bestaat niet.', en: 'No such match.' },
  match_closed: { nl: 'Deze match is gesloten.', en: 'This match is closed.' },
  coordinator_not_eligible: {
    nl: 'Een matchcoördinator moet een actieve professional of teamleider zijn.',
    en: 'A match coordinator must be an active professional or team lead.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof INVOLVEMENT_ERRORS, true> {}
}

export const involvementModule = defineModule({
  name: 'involvement',
  routes: involvementRoutes,
  subjectParams: [
    { param: 'registrationId', subject: 'involvement_registration' },
    { param: 'matchId', subject: 'involvement_match', route: /^\/api\/involvement\// },
  ],
  policies: [
    involvementRegistrationPolicy,
    involvementMatchPolicy,
    involvementCoordinatorPolicy,
    familyInvolvementPolicy,
  ],
  errors: INVOLVEMENT_ERRORS,
  jobs: ({ log }) => involvementJobs(log),
});
