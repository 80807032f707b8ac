// The families module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Families, their members, consent, search and break-the-glass access.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { familyRoutes } from './routes.js';
import { familyPolicy } from './policy.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const FAMILIES_ERRORS = {
  bsn_not_in_emergency: {
    nl: 'Via de noodtoegang (break-the-glass) kun je het dossier lezen, maar niet het volledige BSN.',
    en: 'Break-the-glass gives read access to the dossier, not the full BSN.',
  },
  postcode_outside_municipality: {
    nl: 'De postcode ligt in een andere gemeente.',
    en: 'The postcode lies in another municipality.',
  },
  possible_duplicate: {
    nl: 'Mogelijk is dit gezinslid al bekend bij een team. Neem contact op met de regisseur van dat team, of bevestig dat het iemand anders is.',
    en: "This family member may already be known to a team. Contact that team's regisseur, or confirm that this is someone else.",
  },
  duplicate_bsn_in_request: { nl: 'Hetzelfde BSN is twee keer ingevuld.', en: 'The same BSN is given twice.' },
  bsn_already_in_family: {
    nl: 'Dit BSN staat al bij een lid van dit gezin.',
    en: 'This BSN is already recorded for a member of this family.',
  },
  bsn_not_recorded: { nl: 'Van deze persoon is geen BSN vastgelegd.', en: 'No BSN is recorded for this person.' },
  family_not_found: { nl: 'Dit gezin bestaat niet.', en: 'No such family.' },
  person_not_found: { nl: 'Deze persoon hoort niet bij dit gezin.', en: 'No such person in this family.' },
  consent_giver_not_in_family: {
    nl: 'Toestemming kan alleen gegeven worden door leden van dit huishouden.',
    en: 'Consent can only be given by members of this household.',
  },
  stale_person: {
    nl: 'Iemand anders heeft de gegevens van deze persoon intussen gewijzigd. Laad opnieuw en doe je wijziging nog eens.',
    en: 'Someone else changed this person in the meantime. Reload and make your change again.',
  },
  person_removed: {
    nl: 'Deze persoon hoort niet meer bij het gezin; de gegevens kunnen niet meer worden gewijzigd.',
    en: 'This person has left the family; their details can no longer be changed.',
  },
  last_household_member: {
    nl: 'Dit is het laatste lid van het huishouden. Een gezin zonder leden kan niet blijven bestaan: sluit dan het traject af.',
    en: 'This is the last member of the household: a family without members cannot remain. Close the trajectory instead.',
  },
  removed_before_birth: {
    nl: 'De datum van vertrek ligt voor de geboortedatum.',
    en: 'The day of leaving lies before the birth date.',
  },
  field_not_for_kind: {
    nl: 'Sommige gegevens worden voor dit soort persoon niet vastgelegd.',
    en: 'Some of these details are not recorded for this kind of person.',
  },
  consent_not_found: { nl: 'Deze toestemming hoort niet bij dit gezin.', en: 'No such consent for this family.' },
  consent_already_withdrawn: {
    nl: 'Deze toestemming is al ingetrokken.',
    en: 'This consent has already been withdrawn.',
  },
  withdrawn_before_given: {
    nl: 'Toestemming kan niet worden ingetrokken voor de dag waarop ze is gegeven.',
    en: 'A consent cannot be withdrawn before the day it was given.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof FAMILIES_ERRORS, true> {}
}

export const familiesModule = defineModule({
  name: 'families',
  routes: familyRoutes,
  subjectParams: [{ param: 'familyId', subject: 'family' }],
  policies: [familyPolicy],
  errors: FAMILIES_ERRORS,
});
