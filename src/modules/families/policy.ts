// Need-to-know for a family's dossier. Relationship decides, not role alone:
// regisseur, trajectory team member, or lead of the trajectory's team — while the trajectory is
// open for writing; reading stays possible after closing for those who were involved.
// The family itself reads its own file. Anyone else only through a reasoned break-the-glass.
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, type Decision, type DecideInput } from '../../platform/access/policy.js';
import {
  activeBreakGlass,
  hasFamilyAccount,
  isRegisseurOfFamily,
  isTrajectoryMemberOfFamily,
  leadsTeamOfFamily,
} from '../../platform/access/relationships.js';

const CARE_ROLES = ['professional', 'team_lead', 'consultant'] as const;

async function decideFamily({ trx, actor, action, subjectId, now }: DecideInput): Promise<Decision> {
  if (!subjectId) return deny('a family must be named');
  const writing = action !== 'read' && action !== 'export';
  if (hasRole(actor, 'family')) {
    if (!(await hasFamilyAccount(trx, actor.userId, subjectId))) return deny("not this family's own account");
    return writing ? deny('the family portal is read-only here') : allow('family');
  }
  const careRole = CARE_ROLES.find((r) => hasRole(actor, r));
  if (!careRole) return deny('role has no access to dossiers');
  // Checked one at a time, lazily: the first relationship that holds decides, and no query is
  // left running (or unawaited) after the decision.
  const relations: Array<['professional' | 'team_lead', () => Promise<'open' | 'closed' | null>]> = [
    ['professional', () => isRegisseurOfFamily(trx, actor.userId, subjectId)],
    ['professional', () => isTrajectoryMemberOfFamily(trx, actor.userId, subjectId)],
    ['team_lead', () => leadsTeamOfFamily(trx, actor.userId, subjectId)],
  ];
  // A past role in a closed trajectory gives read access; writing needs a role in an open one.
  let closedRelation: Decision | null = null;
  for (const [via, check] of relations) {
    if (via === 'team_lead' && !hasRole(actor, 'team_lead')) continue;
    const state = await check();
    if (state === null) continue;
    const granted = allow(via === 'team_lead' ? 'team_lead' : careRole);
    if (state === 'open' || !writing) return granted;
    closedRelation ??= deny('the trajectory is closed: read-only');
  }
  if (closedRelation) return closedRelation;
  const glass = await activeBreakGlass(trx, actor.userId, subjectId, now);
  if (glass && !writing) return { allowed: true, role: careRole, emergency: { reason: glass.reason } };
  return deny(glass ? 'break-the-glass gives read access only' : 'no relationship with this family');
}

export const familyPolicy = definePolicy({
  subjectType: 'family',
  personalData: true,
  decide: decideFamily,
  async clientRef(trx, familyId) {
    const row = await trx.selectFrom('family').select('reference').where('id', '=', familyId).executeTakeFirst();
    return row?.reference ?? null;
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    family: true;
  }
}
