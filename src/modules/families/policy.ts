// Need-to-know for a family's dossier. Relationship decides, not role alone:
// regisseur, trajectory team member, or lead of the trajectory's team — while the trajectory is
// open for writing; reading stays possible after closing for those who were involved.
// Anyone else only through a reasoned break-the-glass. The family's own login is refused on every
// professional route: the family reads its file in the portal (/api/portal, /api/family-rights), where
// shields, the age bands and authority apply (family-authority); here it would see shielded items and
// the professionals' internal notes.
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, type Decision, type DecideInput, type Memo } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { familyFacts, rememberedFamilyReference, type RelationState } from '../../platform/access/relationships.js';

const CARE_ROLES = ['professional', 'team_lead', 'consultant'] as const;

async function decideFamily({ trx, actor, action, subjectId, now, memo }: DecideInput): Promise<Decision> {
  if (!subjectId) return deny('a family must be named');
  const writing = action !== 'read' && action !== 'export';
  const careRole = CARE_ROLES.find((r) => hasRole(actor, r));
  if (!careRole)
    return deny(
      hasRole(actor, 'family') ? 'the family reads its file in the portal' : 'role has no access to dossiers',
    );
  // Every relationship in one statement (familyFacts); the first that holds, in this order, decides.
  const facts = await familyFacts(trx, actor.userId, subjectId, now, memo);
  const relations: Array<['professional' | 'team_lead', RelationState]> = [
    ['professional', facts.regisseur],
    ['professional', facts.member],
    ['team_lead', facts.lead],
  ];
  // A past role in a closed trajectory gives read access; writing needs a role in an open one.
  let closedRelation: Decision | null = null;
  for (const [via, state] of relations) {
    if (via === 'team_lead' && !hasRole(actor, 'team_lead')) continue;
    if (state === null) continue;
    const granted = allow(via === 'team_lead' ? 'team_lead' : careRole);
    if (state === 'open' || !writing) return granted;
    closedRelation ??= deny('the trajectory is closed: read-only');
  }
  if (closedRelation) return closedRelation;
  const glass = facts.glassReason;
  if (glass !== null && !writing) return { allowed: true, role: careRole, emergency: { reason: glass } };
  return deny(glass !== null ? 'break-the-glass gives read access only' : 'no relationship with this family');
}

export const familyPolicy = definePolicy({
  subjectType: 'family',
  personalData: true,
  decide: decideFamily,
  async clientRef(trx: Queryable, familyId: string, memo?: Memo) {
    const remembered = rememberedFamilyReference(memo, familyId);
    if (remembered) return remembered;
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
