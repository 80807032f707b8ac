// The audit-log module's manifest, its one entry into the app (listed in src/modules/index.ts).
// The privacy officer's view of the audit log.
import { defineModule } from '../../platform/module.js';
import { auditRoutes } from './routes.js';
import { auditLogPolicy, privilegedChangeLogPolicy } from './policy.js';

export const auditLogModule = defineModule({
  name: 'audit-log',
  routes: auditRoutes,
  policies: [auditLogPolicy, privilegedChangeLogPolicy],
});
