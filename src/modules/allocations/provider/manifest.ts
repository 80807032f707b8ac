// The provider's own view of its allocations and claims (role provider), beside the message box in exchange/.
// One part of the allocations module (src/modules/allocations/module.ts composes the parts).
import type { ErrorTexts } from '../../../platform/http/messages.js';
import type { SubjectPolicy } from '../../../platform/access/policy.js';
import type { App } from '../../../platform/http/types.js';
import type { ModuleDeps, ModuleJobs, JobDeps } from '../../../platform/module.js';
import type { SubjectParam } from '../../../platform/access/decide-first.js';
import { providerAllocationPolicy, providerClaimPolicy } from './policy.js';
import { providerRoutes } from './routes.js';

export const PROVIDER_ERRORS = {} as const satisfies ErrorTexts;

export const providerPart: {
  routes: (app: App, deps: ModuleDeps) => void;
  policies: readonly SubjectPolicy[];
  subjectParams: readonly SubjectParam[];
  jobs?: (deps: JobDeps) => ModuleJobs;
} = {
  routes: (app) => providerRoutes(app),
  policies: [providerAllocationPolicy, providerClaimPolicy],
  subjectParams: [],
};
