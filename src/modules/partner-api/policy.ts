// Partner API keys are functional administration: only administrators create, list and revoke them.
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../platform/access/policy.js';

export const partnerApiKeyPolicy = definePolicy({
  subjectType: 'partner_api_key',
  personalData: false,
  async decide({ actor }) {
    return hasRole(actor, 'admin') ? allow('admin') : deny('only administrators manage partner API keys');
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    partner_api_key: true;
  }
}
