// The audit log itself is sensitive (it says who was involved with which family): privacy officers only.
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../platform/access/policy.js';

export const auditLogPolicy = definePolicy({
  subjectType: 'audit_log',
  personalData: true,
  async decide({ actor, action }) {
    if (!hasRole(actor, 'privacy_officer')) return deny('only privacy officers read the audit log');
    return action === 'read' || action === 'search' || action === 'update'
      ? allow('privacy_officer')
      : deny('the audit log is append-only');
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    audit_log: true;
  }
}
