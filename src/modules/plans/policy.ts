// The family's own agreement with its plan. The portal is read-only for everything else
// (families/policy.ts), but signing one's own plan is the family's act: the portal user of this
// family may record it while a trajectory is open. Care professionals record a sign-off under the
// family policy's write rule instead (services authorize them on subject 'family').
import { sql } from 'kysely';
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, type DecideInput } from '../../platform/access/policy.js';
import { hasFamilyAccount } from '../../platform/access/relationships.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { familyPolicy } from '../families/policy.js';

async function hasOpenTrajectory(trx: Queryable, familyId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('trajectory')
    .select(sql<number>`1`.as('one'))
    .where('family_id', '=', familyId)
    .where('status', '<>', 'closed')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export const planAgreementPolicy = definePolicy({
  subjectType: 'family_plan_agreement',
  personalData: true,
  async decide(input: DecideInput) {
    const { trx, actor, action, subjectId } = input;
    if (!hasRole(actor, 'family')) return familyPolicy.decide(input);
    if (!subjectId) return deny('a family must be named');
    if (action !== 'create' && action !== 'read') return deny('the family portal may only sign its plan');
    if (!(await hasFamilyAccount(trx, actor.userId, subjectId))) return deny("not this family's own account");
    if (action === 'create' && !(await hasOpenTrajectory(trx, subjectId)))
      return deny('the trajectory is closed: read-only');
    return allow('family');
  },
  clientRef: (trx, id, memo) => familyPolicy.clientRef(trx, id, memo),
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    family_plan_agreement: true;
  }
}
