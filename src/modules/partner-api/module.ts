// The partner-api module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Partner API keys, and the audit of every partner call.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { installPartnerAudit } from './audit-hook.js';
import { partnerApiKeyRoutes } from './routes.js';
import { partnerApiKeyPolicy } from './policy.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const PARTNER_API_ERRORS = {
  organisation_not_found: { nl: 'Deze organisatie bestaat niet.', en: 'No such organisation.' },
  api_key_revoked: { nl: 'Deze API-sleutel is ingetrokken.', en: 'This partner API key has been revoked.' },
  api_key_not_found: { nl: 'Deze API-sleutel bestaat niet.', en: 'No such API key.' },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof PARTNER_API_ERRORS, true> {}
}

export const partnerApiModule = defineModule({
  name: 'partner-api',
  hooks: (app) => installPartnerAudit(app),
  routes: partnerApiKeyRoutes,
  policies: [partnerApiKeyPolicy],
  errors: PARTNER_API_ERRORS,
});
