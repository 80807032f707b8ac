// The iJw 3.2 message exchange: codec, message box per provider, partner API, incoming starts/stops/requests/claims and their answers.
// One part of the allocations module (src/modules/allocations/module.ts composes the parts).
import type { ErrorTexts } from '../../../platform/http/messages.js';
import type { SubjectPolicy } from '../../../platform/access/policy.js';
import type { App } from '../../../platform/http/types.js';
import type { ModuleDeps, ModuleJobs, JobDeps } from '../../../platform/module.js';
import type { SubjectParam } from '../../../platform/access/decide-first.js';

import { IJW_ERRORS } from '../ijw/errors.js';
import { produceJobs } from './produce.js';
import { ijwMessagePolicy } from './policy.js';
import { exchangeRoutes } from './routes.js';

export const EXCHANGE_ERRORS = { ...IJW_ERRORS } as const satisfies ErrorTexts;

export const exchangePart: {
  routes: (app: App, deps: ModuleDeps) => void;
  policies: readonly SubjectPolicy[];
  subjectParams: readonly SubjectParam[];
  jobs?: (deps: JobDeps) => ModuleJobs;
} = {
  routes: (app) => exchangeRoutes(app),
  policies: [ijwMessagePolicy],
  subjectParams: [{ param: 'messageId', subject: 'ijw_message', route: /^\/api\/provider\// }],
  jobs: produceJobs,
};
