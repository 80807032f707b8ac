// The plans module's manifest, its one entry into the app (listed in src/modules/index.ts).
// The family plan: versions, goals, actions and sign-off.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { planRoutes } from './routes.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const PLANS_ERRORS = {
  plan_version_not_found: {
    nl: 'Deze versie van het plan bestaat niet.',
    en: 'This version of the plan does not exist.',
  },
  plan_missing: { nl: 'Er is nog geen plan om mee in te stemmen.', en: 'There is no plan to agree to yet.' },
  unknown_goal: {
    nl: 'Een actie verwijst naar een doel dat niet in het plan staat.',
    en: 'An action points at a goal that is not in the plan.',
  },
  sign_off_in_future: {
    nl: 'Een akkoord kan niet in de toekomst gedateerd worden.',
    en: 'A sign-off cannot be dated in the future.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof PLANS_ERRORS, true> {}
}

export const plansModule = defineModule({
  name: 'plans',
  routes: planRoutes,
  errors: PLANS_ERRORS,
});
