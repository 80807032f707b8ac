// The plans module's manifest, its one entry into the app (listed in src/modules/index.ts).
// The family plan: versions, goals, actions and sign-off.
import { defineModule } from '../../platform/module.js';
import { planRoutes } from './routes.js';
import { planAgreementPolicy } from './policy.js';

export const plansModule = defineModule({
  name: 'plans',
  routes: planRoutes,
  policies: [planAgreementPolicy],
  errors: {
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
  },
});
