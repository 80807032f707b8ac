// The meetings module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Kitchen-table meetings and their top-3 of shared concerns.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { meetingRoutes } from './routes.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const MEETINGS_ERRORS = {
  meeting_not_found: {
    nl: 'Dit gezin heeft geen tafelgesprek met dit kenmerk.',
    en: 'This family has no such meeting.',
  },
  participant_not_found: {
    nl: 'Deze deelnemer hoort niet bij dit tafelgesprek.',
    en: 'This meeting has no such participant.',
  },
  unknown_concern: {
    nl: 'Deze gedeelde zorg bestaat niet in dit tafelgesprek. Geef een omschrijving om hem toe te voegen.',
    en: 'This shared concern does not exist in this meeting. Give it a label to add it.',
  },
  meeting_confirmed: {
    nl: 'De top-3 van dit tafelgesprek is al vastgesteld en kan niet meer worden gewijzigd.',
    en: 'The top-3 of this meeting is confirmed and can no longer be changed.',
  },
  no_concerns_ranked: {
    nl: 'Nog niemand heeft zorgen genoemd. Voeg eerst deelnemers met hun zorgen toe.',
    en: 'No participant has ranked a concern yet. Add participants with their concerns first.',
  },
  reason_required: {
    nl: 'De volgorde wijkt af van de berekende top-3. Schrijf op waarom de tafel dat zo besluit.',
    en: 'The order differs from the computed top-3. Note why the table decides so.',
  },
  meeting_not_confirmed: {
    nl: 'Stel eerst samen met de tafel de top-3 vast.',
    en: 'Confirm the top-3 with the table first.',
  },
  meeting_taken_over: {
    nl: 'De uitkomst van dit tafelgesprek staat al in het gezinsplan.',
    en: "This meeting's result is already in the family plan.",
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof MEETINGS_ERRORS, true> {}
}

export const meetingsModule = defineModule({
  name: 'meetings',
  routes: meetingRoutes,
  errors: MEETINGS_ERRORS,
});
