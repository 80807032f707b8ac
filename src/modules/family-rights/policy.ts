// Who may use the family's rights (issue 15, items 4 and 5) and who answers the requests.
// - family_rights: the subject is the portal login itself (its id is the user's own id, so nothing
//   personal is in a URL); allowed only for a family login that is a current household member.
//   Its audit rows carry the family's reference as client, like a professional's access.
// - family_rights_request: the queues and the answers. The privacy officer sees and answers every
//   request; the family's regisseur (of an open trajectory) sees and answers correction and
//   deletion requests of their families. A question about the access log is the privacy officer's.
import { sql } from 'kysely';
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, remember, type DecideInput, type Memo } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { findViewer } from './viewer.js';

export const familyRightsPolicy = definePolicy({
  subjectType: 'family_rights',
  personalData: true,
  async decide({ trx, actor, subjectId, memo }: DecideInput) {
    if (!hasRole(actor, 'family')) return deny('only a family login uses the family portal');
    if (subjectId !== actor.userId) return deny('a family login acts only as itself');
    const viewer = await findViewer(trx, actor.userId, memo);
    return viewer ? allow('family') : deny('this login is not a current member of a household');
  },
  async clientRef(trx: Queryable, userId: string, memo?: Memo) {
    return (await findViewer(trx, userId, memo))?.familyReference ?? null;
  },
});

function requestFacts(db: Queryable, requestId: string, userId: string, memo?: Memo) {
  return remember(memo, `family-rights-request:${requestId}:${userId}`, async () => {
    const row = await db
      .selectFrom('family_rights_request as r')
      .innerJoin('family as f', 'f.id', 'r.family_id')
      .select([
        'f.reference',
        'r.kind',
        sql<boolean>`exists (select 1 from trajectory t where t.family_id = r.family_id
          and t.regisseur_id = ${userId} and t.status <> 'closed')`.as('regisseur'),
      ])
      .where('r.id', '=', requestId)
      .executeTakeFirst();
    return row;
  });
}

export const familyRightsRequestPolicy = definePolicy({
  subjectType: 'family_rights_request',
  personalData: true,
  async decide({ trx, actor, subjectId, action, memo }: DecideInput) {
    const officer = hasRole(actor, 'privacy_officer');
    const professional = hasRole(actor, 'professional');
    if (!officer && !professional) return deny('only the regisseur and the privacy officer handle family requests');
    if (action !== 'read' && action !== 'search' && action !== 'update')
      return deny('requests are answered, not removed');
    if (subjectId === null) return allow(officer ? 'privacy_officer' : 'professional');
    const facts = await requestFacts(trx, subjectId, actor.userId, memo);
    // An unknown request is refused like a foreign one: its existence is not revealed.
    if (!facts) return deny('no such request in your queue');
    if (officer) return allow('privacy_officer');
    if (facts.kind === 'access_question') return deny('questions about the access log are for the privacy officer');
    return facts.regisseur ? allow('professional') : deny('not the regisseur of this family');
  },
  async clientRef(trx: Queryable, requestId: string) {
    const row = await trx
      .selectFrom('family_rights_request as r')
      .innerJoin('family as f', 'f.id', 'r.family_id')
      .select('f.reference')
      .where('r.id', '=', requestId)
      .executeTakeFirst();
    return row?.reference ?? null;
  },
});

declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    family_rights: true;
    family_rights_request: true;
  }
}
