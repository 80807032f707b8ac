// The allocations module's manifest (listed in src/modules/index.ts): care allocation to contracted
// providers. Four parts, each in its own folder with its own routes, policies, errors and jobs:
// contracts/ (providers' contracts, products, tariffs, budgets, code lists), decisions/ (requests,
// the consultant's queue, decisions and allocations), exchange/ (the iJw 3.2 messages) and provider/
// (the provider's own view of its allocations and claims).
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule, type JobDeps, type ModuleJobs } from '../../platform/module.js';
import { CONTRACTS_ERRORS, contractsPart } from './contracts/manifest.js';
import { DECISIONS_ERRORS, decisionsPart } from './decisions/manifest.js';
import { EXCHANGE_ERRORS, exchangePart } from './exchange/manifest.js';
import { PROVIDER_ERRORS, providerPart } from './provider/manifest.js';

const PARTS = [contractsPart, decisionsPart, exchangePart, providerPart];

export const ALLOCATIONS_ERRORS = {
  ...CONTRACTS_ERRORS,
  ...DECISIONS_ERRORS,
  ...EXCHANGE_ERRORS,
  ...PROVIDER_ERRORS,
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof ALLOCATIONS_ERRORS, true> {}
}

function jobs(deps: JobDeps): ModuleJobs {
  const all = PARTS.map((part) => part.jobs?.(deps) ?? { handlers: {} });
  return {
    handlers: Object.assign({}, ...all.map((j) => j.handlers)) as ModuleJobs['handlers'],
    schedules: all.flatMap((j) => j.schedules ?? []),
  };
}

export const allocationsModule = defineModule({
  name: 'allocations',
  routes: (app, deps) => {
    for (const part of PARTS) part.routes(app, deps);
  },
  policies: PARTS.flatMap((part) => part.policies),
  subjectParams: PARTS.flatMap((part) => part.subjectParams),
  errors: ALLOCATIONS_ERRORS,
  jobs,
});
