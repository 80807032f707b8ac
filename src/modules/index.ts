// The one place that names the capabilities. app.ts installs their hooks, routes, policies and
// error texts from this list and the job worker their jobs; adding a capability adds one line here.
// Order matters only for request hooks (auth's session hook runs before the partner API's audit hook).
import type { ModuleManifest } from '../platform/module.js';
import { healthModule } from './health/module.js';
import { authModule } from './auth/module.js';
import { accountsModule } from './accounts/module.js';
import { allocationsModule } from './allocations/module.js';
import { auditLogModule } from './audit-log/module.js';
import { caseloadModule } from './caseload/module.js';
import { familiesModule } from './families/module.js';
import { familyAuthorityModule } from './family-authority/module.js';
import { familyRightsModule } from './family-rights/module.js';
import { geoModule } from './geo/module.js';
import { inboxModule } from './inbox/module.js';
import { insightsModule } from './insights/module.js';
import { instrumentsModule } from './instruments/module.js';
import { involvementModule } from './involvement/module.js';
import { learningModule } from './learning/module.js';
import { meetingsModule } from './meetings/module.js';
import { partnerApiModule } from './partner-api/module.js';
import { plansModule } from './plans/module.js';
import { portalModule } from './portal/module.js';
import { supportFamiliesModule } from './support-families/module.js';
import { signalsModule } from './signals/module.js';
import { timelineModule } from './timeline/module.js';
import { trajectoriesModule } from './trajectories/module.js';

export const MODULES: readonly ModuleManifest[] = [
  healthModule,
  authModule,
  accountsModule,
  allocationsModule,
  auditLogModule,
  caseloadModule,
  familiesModule,
  familyAuthorityModule,
  familyRightsModule,
  geoModule,
  inboxModule,
  insightsModule,
  instrumentsModule,
  involvementModule,
  learningModule,
  meetingsModule,
  partnerApiModule,
  plansModule,
  portalModule,
  supportFamiliesModule,
  signalsModule,
  timelineModule,
  trajectoriesModule,
];
