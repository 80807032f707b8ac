// The partner-api module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Partner API keys, and the audit of every partner call.
import { defineModule } from '../../platform/module.js';
import { installPartnerAudit } from './audit-hook.js';
import { partnerApiKeyRoutes } from './routes.js';
import { partnerApiKeyPolicy } from './policy.js';

export const partnerApiModule = defineModule({
  name: 'partner-api',
  hooks: (app) => installPartnerAudit(app),
  routes: partnerApiKeyRoutes,
  policies: [partnerApiKeyPolicy],
  errors: {
    organisation_not_found: { nl: 'Deze organisatie bestaat niet.', en: 'No such organisation.' },
    api_key_revoked: { nl: 'Deze API-sleutel is ingetrokken.', en: 'This partner API key has been revoked.' },
    api_key_not_found: { nl: 'Deze API-sleutel bestaat niet.', en: 'No such API key.' },
  },
});
