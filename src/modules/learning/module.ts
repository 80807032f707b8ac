// The learning module's manifest (listed in src/modules/index.ts): the meetlat and the learning log.
import { defineModule } from '../../platform/module.js';
import type { ErrorTexts } from '../../platform/http/messages.js';
import { learningRoutes } from './routes.js';
import {
  learningLogPolicy,
  meetlatPolicy,
  meetlatPositionPolicy,
  reflectionActionPolicy,
  reflectionMeetingPolicy,
} from './policy.js';

export const LEARNING_ERRORS = {
  personal_data_refused: {
    nl: 'Er staat iets in dat lijkt op persoonsgegevens (een BSN, e-mailadres, telefoonnummer of een geboortedatum bij een naam). Het logboek en de meetlat gaan over het werk, niet over personen: pas de gemarkeerde tekst aan.',
    en: 'Something looks like personal data (a BSN, e-mail address, phone number or a date of birth next to a name). The log and the meetlat are about the work, not about people: change the marked text.',
  },
  meetlat_definition_invalid: {
    nl: 'De meetlat kan zo niet worden geladen. Bekijk de meldingen per regel, pas het bestand aan en probeer het opnieuw. Er is niets opgeslagen.',
    en: 'The meetlat cannot be loaded like this. See the problems per line, correct the file and try again. Nothing was stored.',
  },
  meetlat_not_found: {
    nl: 'Je regio heeft nog geen meetlat. Laat een beleidsadviseur of beheerder eerst de meetlat laden.',
    en: 'Your region has no meetlat yet. Ask a policy advisor or administrator to load one first.',
  },
  learning_not_your_team: {
    nl: 'Je kunt alleen een team kiezen waar je zelf in werkt.',
    en: 'You can only choose a team you work in yourself.',
  },
  reflection_meeting_not_found: {
    nl: 'Dit reflectieoverleg bestaat niet (meer).',
    en: 'This reflection meeting does not exist (any more).',
  },
} as const satisfies ErrorTexts;
declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof LEARNING_ERRORS, true> {}
}

export const learningModule = defineModule({
  name: 'learning',
  routes: learningRoutes,
  policies: [meetlatPolicy, meetlatPositionPolicy, learningLogPolicy, reflectionMeetingPolicy, reflectionActionPolicy],
  errors: LEARNING_ERRORS,
});
