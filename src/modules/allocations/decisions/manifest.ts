// Allocation requests, the consultant's work queue, decisions (beschikkingen) with their allocations and the budget check, the decision letter.
// One part of the allocations module (src/modules/allocations/module.ts composes the parts).
import type { ErrorTexts } from '../../../platform/http/messages.js';
import type { SubjectPolicy } from '../../../platform/access/policy.js';
import type { App } from '../../../platform/http/types.js';
import type { ModuleDeps, ModuleJobs, JobDeps } from '../../../platform/module.js';
import type { SubjectParam } from '../../../platform/access/decide-first.js';

export const DECISIONS_ERRORS = {} as const satisfies ErrorTexts;

export const decisionsPart: {
  routes: (app: App, deps: ModuleDeps) => void;
  policies: readonly SubjectPolicy[];
  subjectParams: readonly SubjectParam[];
  jobs?: (deps: JobDeps) => ModuleJobs;
} = {
  routes: () => {},
  policies: [],
  subjectParams: [],
};
