// Functional administration: only the admin role manages users, teams, organisations, security
// settings and reads the mail outbox. Admins never get case content from this.
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, type SubjectPolicy, type SubjectType } from '../../platform/access/policy.js';

function adminOnly(subjectType: SubjectType): SubjectPolicy {
  return definePolicy({
    subjectType,
    personalData: false,
    async decide({ actor }) {
      return hasRole(actor, 'admin') ? allow('admin') : deny('only administrators manage this');
    },
  });
}

export const userPolicy = adminOnly('user');
export const teamPolicy = adminOnly('team');
export const organisationPolicy = adminOnly('organisation');
export const rolePolicyPolicy = adminOnly('role_policy');
export const outboxPolicy = adminOnly('mail_outbox');

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    user: true;
    team: true;
    organisation: true;
    role_policy: true;
    mail_outbox: true;
  }
}
