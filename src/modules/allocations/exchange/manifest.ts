// The iJw 3.2 message exchange: codec, message box per provider, partner API, incoming starts/stops/requests/claims and their answers.
// One part of the allocations module (src/modules/allocations/module.ts composes the parts).
import type { ErrorTexts } from '../../../platform/http/messages.js';
import type { SubjectPolicy } from '../../../platform/access/policy.js';
import type { App } from '../../../platform/http/types.js';
import type { ModuleDeps, ModuleJobs, JobDeps } from '../../../platform/module.js';
import type { SubjectParam } from '../../../platform/access/decide-first.js';

export const EXCHANGE_ERRORS = {} as const satisfies ErrorTexts;

export const exchangePart: {
  routes: (app: App, deps: ModuleDeps) => void;
  policies: readonly SubjectPolicy[];
  subjectParams: readonly SubjectParam[];
  jobs?: (deps: JobDeps) => ModuleJobs;
} = {
  routes: () => {},
  policies: [],
  subjectParams: [],
};
