// The audit-log module's manifest, its one entry into the app (listed in src/modules/index.ts).
// The privacy officer's view of the audit log.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { auditRoutes } from './routes.js';
import { auditLogPolicy, privilegedChangeLogPolicy } from './policy.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const AUDIT_LOG_ERRORS = {
  break_glass_not_found: {
    nl: 'Deze noodtoegang bestaat niet. Ga terug naar de lijst om te beoordelen.',
    en: 'This emergency access does not exist. Go back to the review list.',
  },
  already_reviewed: {
    nl: 'Iemand heeft deze noodtoegang al beoordeeld. Laad de lijst opnieuw.',
    en: 'Someone already reviewed this emergency access. Reload the list.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof AUDIT_LOG_ERRORS, true> {}
}

export const auditLogModule = defineModule({
  name: 'audit-log',
  routes: auditRoutes,
  policies: [auditLogPolicy, privilegedChangeLogPolicy],
  errors: AUDIT_LOG_ERRORS,
});
