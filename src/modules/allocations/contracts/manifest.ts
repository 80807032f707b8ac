// Contracts with providers, their products and tariffs, outcome criteria, budgets and the iJw code lists (contract manager).
// One part of the allocations module (src/modules/allocations/module.ts composes the parts).
import type { ErrorTexts } from '../../../platform/http/messages.js';
import type { SubjectPolicy } from '../../../platform/access/policy.js';
import type { App } from '../../../platform/http/types.js';
import type { ModuleDeps, ModuleJobs, JobDeps } from '../../../platform/module.js';
import type { SubjectParam } from '../../../platform/access/decide-first.js';

export const CONTRACTS_ERRORS = {} as const satisfies ErrorTexts;

export const contractsPart: {
  routes: (app: App, deps: ModuleDeps) => void;
  policies: readonly SubjectPolicy[];
  subjectParams: readonly SubjectParam[];
  jobs?: (deps: JobDeps) => ModuleJobs;
} = {
  routes: () => {},
  policies: [],
  subjectParams: [],
};
