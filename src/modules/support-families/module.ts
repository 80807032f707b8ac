// The support-families module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Support families: requests, volunteers, matching and check-ins.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { supportFamilyRoutes } from './routes.js';
import {
  supportRequestPolicy,
  supportFamilyPolicy,
  supportMatchPolicy,
  supportBoardPolicy,
  supportFiguresPolicy,
  coordinatorAreaPolicy,
  supportConfigurationPolicy,
} from './policy.js';
import { supportCheckInJob } from './lifecycle/checkins.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const SUPPORT_FAMILIES_ERRORS = {
  outside_area: {
    nl: 'Deze postcode ligt buiten jouw werkgebied als coördinator.',
    en: 'This postcode lies outside your area as coordinator.',
  },
  confirmation_invalid: {
    nl: 'Deze bevestigingslink werkt niet (meer): hij is onbekend, al gebruikt of verlopen.',
    en: 'This confirmation link is unknown, already used or expired.',
  },
  support_request_not_found: { nl: 'Deze aanvraag bestaat niet.', en: 'No such request.' },
  support_family_not_found: { nl: 'Dit steungezin bestaat niet.', en: 'No such support family.' },
  support_match_not_found: { nl: 'Deze koppeling bestaat niet.', en: 'No such match.' },
  support_request_not_open: {
    nl: 'Deze aanvraag wacht niet (meer) op een steungezin.',
    en: 'This request is not waiting for a support family.',
  },
  pair_not_eligible: {
    nl: 'Dit steungezin past niet (meer) bij deze aanvraag: screening, ruimte, afstand, steun, dagdelen of aantal kinderen.',
    en: 'This support family does not fit this request: screening, room, distance, support, days or number of children.',
  },
  match_transition_not_allowed: {
    nl: 'Deze stap kan nu niet in deze koppeling.',
    en: 'This step is not possible for this match now.',
  },
  match_precondition_missing: {
    nl: 'Voor deze stap ontbreekt nog iets.',
    en: 'Something is still missing for this step.',
  },
  support_family_vog_expired: {
    nl: 'De VOG van dit steungezin is verlopen. Leg eerst een nieuwe VOG vast.',
    en: "This support family's certificate of conduct (VOG) has expired. Record a new one first.",
  },
  support_match_ended: { nl: 'Deze koppeling is beëindigd.', en: 'This match has ended.' },
  reminder_done: { nl: 'Dit contactmoment is al afgevinkt.', en: 'This check-in was already done.' },
  support_kind_exists: {
    nl: 'Er is al een soort steun met deze code.',
    en: 'A kind of support with this code already exists.',
  },
  support_kind_not_found: { nl: 'Deze soort steun bestaat niet.', en: 'No such kind of support.' },
  not_a_coordinator: { nl: 'Deze gebruiker is geen coördinator.', en: 'This user is not a coordinator.' },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof SUPPORT_FAMILIES_ERRORS, true> {}
}

export const supportFamiliesModule = defineModule({
  name: 'support-families',
  routes: supportFamilyRoutes,
  policies: [
    supportRequestPolicy,
    supportFamilyPolicy,
    supportMatchPolicy,
    supportBoardPolicy,
    supportFiguresPolicy,
    coordinatorAreaPolicy,
    supportConfigurationPolicy,
  ],
  errors: SUPPORT_FAMILIES_ERRORS,
  jobs: () => ({
    handlers: { 'support.checkins': supportCheckInJob() },
    schedules: [{ name: 'support-checkins', kind: 'support.checkins', intervalSeconds: 3600 }],
  }),
});
