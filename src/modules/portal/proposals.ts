// The family's proposals as the regisseur (and the team) handle them on the plan page: accepted — a
// proposed goal is then taken into the plan as a new version — or declined with a reason the family reads.
import { notifyFamily } from '../family-authority/notify-family.js';
import { sql } from 'kysely';
import { abilities } from '../../platform/access/abilities.js';
import { authorize, authorizeRead, refuse, requireActor } from '../../platform/access/authorize.js';
import { hasRole } from '../../platform/access/actor.js';
import type { RequestContext } from '../../platform/access/context.js';
import { many } from '../../platform/db/bundle.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { appendPlanVersion, currentContent, newItemId } from '../plans/service.js';
import type { ProposalAnswerBody } from './shield-schemas.js';

const PURPOSE = 'care';

export async function listProposals(ctx: RequestContext, familyId: string) {
  // The family reads its own file through the portal (and never the professionals' reasons for a shield).
  // inTransaction writes the refusal's denied audit row.
  if (hasRole(requireActor(ctx), 'family'))
    await inTransaction(ctx.db, async () =>
      refuse(
        ctx,
        { subject: 'family', id: familyId, action: 'read', purpose: PURPOSE },
        'a professional list',
        'forbidden',
      ),
    );
  const read = await authorizeRead(ctx, {
    subject: 'family',
    id: familyId,
    action: 'read',
    purpose: PURPOSE,
    data: "the family's proposals",
  });
  const { rows } = await read.fetch({
    rows: many(
      read.db
        .selectFrom('plan_proposal')
        .select([
          'id',
          'kind',
          'body',
          'proposed_by_name',
          'proposed_at',
          'status',
          'answer',
          'answered_by_name',
          'answered_at',
          'plan_version',
        ])
        .where('family_id', '=', familyId)
        .orderBy(sql`status = 'open'`, 'desc')
        .orderBy('proposed_at', 'desc')
        .limit(100),
    ),
  });
  const { canAnswer } = await abilities(
    read.db,
    read.grant.actor,
    { canAnswer: { subject: 'family', id: familyId, action: 'update' } },
    read.memo,
  );
  return {
    canAnswer,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      body: r.body,
      proposedByName: r.proposed_by_name,
      proposedAt: r.proposed_at,
      status: r.status,
      answer: r.answer,
      answeredByName: r.answered_by_name,
      answeredAt: r.answered_at,
      planVersion: r.plan_version,
    })),
  };
}

export function answerProposal(ctx: RequestContext, familyId: string, proposalId: string, body: ProposalAnswerBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: PURPOSE,
      data: `a proposal of the family ${body.outcome}`,
      event: `plan.proposal_${body.outcome}`,
    });
    const proposal = await trx
      .selectFrom('plan_proposal')
      .select(['kind', 'body', 'status', 'proposed_by'])
      .where('id', '=', proposalId)
      .where('family_id', '=', grant.subjectId)
      .forUpdate()
      .executeTakeFirst();
    if (!proposal) throw new NotFoundError('proposal_not_found', { detail: 'No such proposal.' });
    if (proposal.status !== 'open')
      throw new ConflictError('proposal_answered', { detail: 'This proposal was answered already.' });
    let planVersion: number | null = null;
    if (body.outcome === 'accepted' && proposal.kind === 'goal') {
      const { version, content } = await currentContent(trx, grant);
      const goal = { id: newItemId(), domain: 'other' as const, what: proposal.body, byWhen: null, howWeKnow: '' };
      planVersion = await appendPlanVersion(
        trx,
        grant,
        version,
        { ...content, goals: [...content.goals, goal] },
        'Doel van het gezin overgenomen',
        null,
      );
    }
    const me = await trx
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', grant.actor.userId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('plan_proposal')
      .set({
        status: body.outcome,
        answer: body.answer ?? null,
        answered_by: grant.actor.userId,
        answered_by_name: me.display_name,
        answered_at: sql<Date>`now()`,
        plan_version: planVersion,
      })
      .where('id', '=', proposalId)
      .execute();
    // The one who proposed hears there is an answer (content-free: the e-mail never says what); the portal
    // shows a proposal only to its own author.
    await notifyFamily(trx, grant.subjectId, 'family_proposal_answered', { item: 'own', userId: proposal.proposed_by });
  });
}
