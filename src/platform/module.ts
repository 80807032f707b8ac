// The one shape a capability plugs into the app with. Each folder under src/modules/ exports one
// ModuleManifest from its module.ts, and src/modules/index.ts lists them: app.ts and the job worker
// iterate that list, so the platform never names a module and adding one touches no shared file.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { SubjectParam } from './access/decide-first.js';
import type { SubjectPolicy } from './access/policy.js';
import type { Database } from './db/connect.js';
import type { ErrorTexts } from './http/messages.js';
import type { App } from './http/types.js';
import type { JobHandler, Schedule } from './jobs/worker.js';

/** What a module's routes and hooks may need from the running app. */
export interface ModuleDeps {
  config: Config;
  database: Database;
  version: string;
}

/** What a module's background jobs may need; the job gets its transaction from the worker. */
export interface JobDeps {
  config: Config;
  log: Logger;
}

export interface ModuleJobs {
  /** Job kind → handler. Kinds are global: prefix them with the module ('signals.escalate_late'). */
  handlers: Readonly<Record<string, JobHandler>>;
  schedules?: readonly Schedule[];
}

export interface ModuleManifest {
  readonly name: string;
  /** Request hooks. All modules' hooks are installed before any route, in the order of the module list. */
  readonly hooks?: (app: App, deps: ModuleDeps) => void;
  readonly routes?: (app: App, deps: ModuleDeps) => void;
  /** The access policies of the subject types this module owns (see platform/access/policy.ts). */
  readonly policies?: readonly SubjectPolicy[];
  /** Path parameters that name a subject: need-to-know is decided before their input is judged. */
  readonly subjectParams?: readonly SubjectParam[];
  /** Dutch and English texts of the problem codes this module throws. */
  readonly errors?: ErrorTexts;
  readonly jobs?: (deps: JobDeps) => ModuleJobs;
}

/** Identity, for the type check and a greppable name. */
export function defineModule(manifest: ModuleManifest): ModuleManifest {
  return manifest;
}
