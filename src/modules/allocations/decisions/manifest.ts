// Allocation requests, the consultant's work queue, decisions (beschikkingen) with their allocations and the budget check, the decision letter.
// One part of the allocations module (src/modules/allocations/module.ts composes the parts).
import type { ErrorTexts } from '../../../platform/http/messages.js';
import type { SubjectPolicy } from '../../../platform/access/policy.js';
import type { App } from '../../../platform/http/types.js';
import type { ModuleDeps, ModuleJobs, JobDeps } from '../../../platform/module.js';
import type { SubjectParam } from '../../../platform/access/decide-first.js';
import { ESCALATE_LATE_REQUESTS, escalateLateRequests, jobClock } from './escalation.js';
import {
  allocationQueuePolicy,
  allocationRequestPolicy,
  decisionPolicy,
  familyAllocationsPolicy,
  placementArrangementsPolicy,
} from './policy.js';
import { decisionRoutes } from './routes.js';

export const DECISIONS_ERRORS = {
  allocation_person_not_in_family: {
    nl: 'Kies een jeugdige uit dit gezin.',
    en: 'Choose a youth of this family.',
  },
  allocation_request_handled: {
    nl: 'Over deze aanvraag is al besloten.',
    en: 'This request has already been decided.',
  },
  no_contract_for_product: {
    nl: 'Deze aanbieder heeft geen contract voor dit product in deze gemeente voor de hele periode. Kies een andere aanbieder, product of periode.',
    en: 'This provider has no contract for this product in this municipality for the whole period. Choose another provider, product or period.',
  },
  unit_not_contracted: {
    nl: 'Deze eenheid hoort niet bij het product in het contract. Kies de eenheid uit het contract.',
    en: 'This unit does not belong to the contracted product. Choose the contracted unit.',
  },
  no_contracted_tariff: {
    nl: 'Er is geen tarief voor dit product op de startdatum. Geef een budget op, of vraag de contractmanager het tarief vast te leggen.',
    en: 'There is no tariff for this product on the start date. Give a budget, or ask the contract manager to set the tariff.',
  },
  budget_line_missing: {
    nl: 'De gemeente heeft voor dit jaar geen budget voor deze post. Vraag de contractmanager het budget vast te leggen.',
    en: 'The municipality has no budget for this line in this year. Ask the contract manager to set the budget.',
  },
  over_budget_reason_required: {
    nl: 'Deze toewijzing kost meer dan er nog in het budget zit. Schrijf op waarom de hulp toch nodig is om door te gaan.',
    en: 'This allocation costs more than is left in the budget. State why the help is needed anyway to go on.',
  },
  allocation_stacking: {
    nl: 'Dit product is al toegewezen aan deze aanbieder voor deze jeugdige in een periode die overlapt (stapeling, TR302). Corrigeer of beëindig eerst die toewijzing.',
    en: 'This product is already allocated to this provider for this youth in an overlapping period (stacking, TR302). Correct or end that allocation first.',
  },
  allocation_not_correctable: {
    nl: 'Deze toewijzing kan niet worden gecorrigeerd: kies een lopende toewijzing van deze jeugdige.',
    en: 'This allocation cannot be corrected: choose a current allocation of this youth.',
  },
  arrangement_not_found: {
    nl: 'Dit arrangement bestaat niet met deze aanbieder in deze gemeente.',
    en: 'No such arrangement with this provider in this municipality.',
  },
  arrangement_full: {
    nl: 'Alle plaatsen in dit arrangement zijn bezet in deze periode.',
    en: 'All places in this arrangement are taken in this period.',
  },
} as const satisfies ErrorTexts;

export const decisionsPart: {
  routes: (app: App, deps: ModuleDeps) => void;
  policies: readonly SubjectPolicy[];
  subjectParams: readonly SubjectParam[];
  jobs?: (deps: JobDeps) => ModuleJobs;
} = {
  routes: (app) => decisionRoutes(app),
  policies: [
    allocationQueuePolicy,
    allocationRequestPolicy,
    decisionPolicy,
    familyAllocationsPolicy,
    placementArrangementsPolicy,
  ],
  subjectParams: [
    { param: 'requestId', subject: 'allocation_request' },
    { param: 'decisionId', subject: 'decision' },
  ],
  jobs: ({ log }) => ({
    handlers: {
      [ESCALATE_LATE_REQUESTS]: async (payload, { trx }) => {
        const n = await escalateLateRequests(trx, jobClock(payload));
        if (n > 0) log.info({ escalated: n }, 'late allocation requests escalated to consultants');
      },
    },
    schedules: [{ name: 'allocations-escalate-late', kind: ESCALATE_LATE_REQUESTS, intervalSeconds: 900 }],
  }),
};
