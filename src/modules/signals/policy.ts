// Who may do what with signals:
// - 'signal_submission' (no id, or a batch id): a signaller of a partner organisation that may
//   signal something submits signals and reads its own organisation's submissions — reference,
//   category, date and status only, never what the team did with it.
// - 'signal_queue' (id = team): members of the team (professional or team lead) see its triage queue.
// - 'signal' (id = signal): the team the signal was routed to, and the regisseur it was routed to,
//   read and triage it and record the outreach. Signallers never read a signal, not even their own.
import { firstRole, hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { isMemberOfTeam } from '../../platform/access/relationships.js';
import { categoriesFor } from './categories.js';

export const signalSubmissionPolicy = definePolicy({
  subjectType: 'signal_submission',
  personalData: true,
  async decide({ trx, actor, action, subjectId }) {
    if (!hasRole(actor, 'signaller')) return deny('only designated signallers of partner organisations submit signals');
    const org = await trx
      .selectFrom('organisation')
      .select('type')
      .where('id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!org || categoriesFor(org.type).length === 0) return deny('this organisation type does not signal');
    if (subjectId && action === 'read') {
      const batch = await trx
        .selectFrom('signal_batch')
        .select('organisation_id')
        .where('id', '=', subjectId)
        .executeTakeFirst();
      if (batch?.organisation_id !== actor.organisationId) return deny('not an upload of your organisation');
    }
    return allow('signaller');
  },
});

export const signalQueuePolicy = definePolicy({
  subjectType: 'signal_queue',
  personalData: true,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a team must be named');
    const role = firstRole(actor, 'team_lead', 'professional');
    if (!role) return deny('only team members triage signals');
    if (!(await isMemberOfTeam(trx, actor.userId, subjectId))) return deny('not a member of this team');
    return allow(role);
  },
});

async function signalOf(trx: Queryable, id: string) {
  return trx
    .selectFrom('signal')
    .select(['team_id', 'regisseur_id', 'reference'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export const signalPolicy = definePolicy({
  subjectType: 'signal',
  personalData: true,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a signal must be named');
    const role = firstRole(actor, 'team_lead', 'professional');
    if (!role) return deny('only the team and regisseur the signal was routed to read it');
    const signal = await signalOf(trx, subjectId);
    if (!signal) return deny('no such signal');
    if (signal.regisseur_id === actor.userId) return allow(role);
    if (await isMemberOfTeam(trx, actor.userId, signal.team_id)) return allow(role);
    return deny('the signal was routed to another team');
  },
  async clientRef(trx, subjectId) {
    return (await signalOf(trx, subjectId))?.reference ?? null;
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    signal_submission: true;
    signal_queue: true;
    signal: true;
  }
}
