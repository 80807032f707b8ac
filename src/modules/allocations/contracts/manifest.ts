// Contracts with providers, their products and tariffs, outcome criteria, budgets and the iJw code lists (contract manager).
// One part of the allocations module (src/modules/allocations/module.ts composes the parts).
import type { ErrorTexts } from '../../../platform/http/messages.js';
import type { SubjectPolicy } from '../../../platform/access/policy.js';
import type { App } from '../../../platform/http/types.js';
import type { ModuleDeps, ModuleJobs, JobDeps } from '../../../platform/module.js';
import type { SubjectParam } from '../../../platform/access/decide-first.js';
import { budgetPolicy, careArrangementPolicy, careProviderPolicy, contractPolicy } from './policy.js';
import { contractRoutes } from './routes.js';

export const CONTRACTS_ERRORS = {
  contract_not_found: { nl: 'Dit contract bestaat niet (meer).', en: 'This contract does not exist (any more).' },
  contract_product_not_found: {
    nl: 'Dit product hoort niet bij dit contract.',
    en: 'This product does not belong to this contract.',
  },
  contract_criterion_not_found: {
    nl: 'Dit outcomecriterium hoort niet bij dit contract.',
    en: 'This outcome criterion does not belong to this contract.',
  },
  contract_provider_not_found: { nl: 'Deze zorgaanbieder bestaat niet.', en: 'This care provider does not exist.' },
  contract_provider_agb_taken: {
    nl: 'Deze AGB-code hoort al bij een andere organisatie. Controleer de code.',
    en: 'This AGB code already belongs to another organisation. Check the code.',
  },
  contract_provider_name_taken: {
    nl: 'Er is al een organisatie met deze naam. Kies een andere naam.',
    en: 'An organisation with this name exists already. Choose another name.',
  },
  contract_reference_taken: {
    nl: 'Dit contractnummer is al in gebruik. Kies een ander nummer.',
    en: 'This contract reference is in use already. Choose another one.',
  },
  contract_municipality_out_of_region: {
    nl: 'Deze gemeente hoort niet bij jouw regio. Kies een gemeente uit je eigen regio.',
    en: 'This municipality is not in your region. Choose a municipality of your own region.',
  },
  contract_purchaser_shape: {
    nl: 'Een regionaal contract geldt voor alle gemeenten van de regio: kies dan geen gemeente.',
    en: 'A regional contract is for all municipalities of the region: choose no municipality.',
  },
  contract_period_invalid: {
    nl: 'De einddatum ligt voor de begindatum. Pas de periode aan.',
    en: 'The end date is before the start date. Correct the period.',
  },
  contract_code_unknown: {
    nl: 'Deze code staat niet in de iJw-codelijst. Kies een code uit de lijst.',
    en: 'This code is not in the iJw code list. Choose a code from the list.',
  },
  contract_unit_variant: {
    nl: 'Deze eenheid past niet bij de uitvoeringsvariant van het contract.',
    en: 'This unit does not fit the contract’s execution variant.',
  },
  contract_product_duplicate: {
    nl: 'Dit contract heeft dit product al (zelfde categorie en productcode).',
    en: 'This contract has this product already (same category and product code).',
  },
  contract_tariff_overlap: {
    nl: 'De geldigheid van dit tarief overlapt met een ander tarief van dit product. Laat het nieuwe tarief beginnen na het einde van het vorige.',
    en: 'This tariff’s validity overlaps another tariff of this product. Let the new tariff start after the previous one ends.',
  },
  contract_product_not_contracted: {
    nl: 'Er is geen contract met tarief voor dit product bij deze aanbieder. Kies een gecontracteerd product of geef een budget.',
    en: 'There is no contract with a tariff for this product at this provider. Choose a contracted product or give a budget.',
  },
  contract_in_use: {
    nl: 'Er zijn al toewijzingen onder dit contract gedaan aan deze aanbieder. De aanbieder kan daarom niet meer wijzigen; maak een nieuw contract.',
    en: 'Allocations were made to this provider under this contract, so the provider cannot change; make a new contract.',
  },
  contract_product_in_use: {
    nl: 'Dit product is al toegewezen. Categorie, productcode en eenheid blijven daarom gelijk; alleen de naam en de budgetregel kunnen wijzigen.',
    en: 'This product has been allocated, so category, product code and unit stay as they are; only the name and budget line can change.',
  },
  contract_arrangement_not_found: {
    nl: 'Dit arrangement bestaat niet (meer).',
    en: 'This arrangement does not exist (any more).',
  },
  contract_arrangement_school_unknown: {
    nl: 'Kies een school uit je eigen regio.',
    en: 'Choose a school of your own region.',
  },
  contract_arrangement_provider_not_contracted: {
    nl: 'Deze aanbieder heeft geen contract voor deze gemeente in deze periode. Maak eerst een contract of kies een andere aanbieder.',
    en: 'This provider has no contract for this municipality in this period. Make a contract first or choose another provider.',
  },
  contract_arrangement_capacity_below_placed: {
    nl: 'Er zijn nu meer jeugdigen geplaatst dan deze capaciteit. Kies een capaciteit van minstens het aantal geplaatste jeugdigen.',
    en: 'More youths are placed now than this capacity. Choose a capacity of at least the number placed.',
  },
  contract_arrangement_provider_placed: {
    nl: 'Een aanbieder met plaatsingen in dit arrangement kan er niet uit. Laat de aanbieder staan.',
    en: 'A provider with placements in this arrangement cannot leave it. Keep the provider.',
  },
} as const satisfies ErrorTexts;

export const contractsPart: {
  routes: (app: App, deps: ModuleDeps) => void;
  policies: readonly SubjectPolicy[];
  subjectParams: readonly SubjectParam[];
  jobs?: (deps: JobDeps) => ModuleJobs;
} = {
  routes: (app) => contractRoutes(app),
  policies: [contractPolicy, careProviderPolicy, budgetPolicy, careArrangementPolicy],
  subjectParams: [
    { param: 'contractId', subject: 'contract' },
    { param: 'arrangementId', subject: 'contract_arrangement' },
  ],
};
