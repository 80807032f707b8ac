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

/** The privacy officer's view of every privileged change (who asked, who decided, when). */
export const privilegedChangeLogPolicy = definePolicy({
  subjectType: 'privileged_change_log',
  personalData: false,
  decide: async ({ actor }) =>
    hasRole(actor, 'privacy_officer')
      ? allow('privacy_officer')
      : deny('only the privacy officer reviews privileged changes'),
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    audit_log: true;
    privileged_change_log: true;
  }
}
