// What the family does in its plan: marks its own actions done, comments on an action it sees, proposes a
// goal or a change, signs off the current version (the members who see the shared plan), and (a young
// person of 16 or 17) shields their own part from their parents. Each is
// one transaction: the portal decision and its audit row first, then the change — like a professional's.
import { authorize, refuse, requireActor, type Grant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { AuditAction } from '../../platform/db/schema.js';
import { fetchAll, one } from '../../platform/db/bundle.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { now, today } from '../../platform/clock.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { readContent } from '../plans/content.js';
import { advanceOnAgreedPlan } from '../trajectories/plan-agreed.js';
import { mayMarkDone, maySignOff, mayShieldFromParents } from '../family-authority/index.js';
import { portalContext } from './context.js';
import * as q from './queries.js';
import type { ProposalBody } from './schemas.js';

const PURPOSE = 'family portal';

async function portalWrite<T>(
  ctx: RequestContext,
  familyId: string,
  req: { action: AuditAction; data: string; event: string },
  work: (trx: Tx, grant: Grant<'portal_family'>) => Promise<T>,
): Promise<T> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, { subject: 'portal_family', id: familyId, purpose: PURPOSE, ...req });
    return work(trx, grant);
  });
}

/** The viewer, the current plan and whether the trajectory is open, inside the write's transaction (one statement). */
async function load(trx: Tx, grant: Grant<'portal_family'>) {
  const rows = await fetchAll(trx, {
    ...q.contextParts(trx, grant),
    current: one(
      trx
        .selectFrom('plan as p')
        .innerJoin('plan_version as v', (j) =>
          j.onRef('v.family_id', '=', 'p.family_id').onRef('v.version', '=', 'p.current_version'),
        )
        .select(['v.version', 'v.content'])
        .where('p.family_id', '=', grant.subjectId)
        .limit(1),
    ),
    open: one(
      trx
        .selectFrom('trajectory')
        .select('id')
        .where('family_id', '=', grant.subjectId)
        .where('status', '<>', 'closed')
        .limit(1),
    ),
    me: one(trx.selectFrom('app_user').select('display_name').where('id', '=', grant.actor.userId).limit(1)),
  });
  // The memo of this decision is gone; portalContext looks the account up again (one statement).
  const c = await portalContext(trx, grant, undefined, rows);
  if (!rows.open) throw new ConflictError('portal_trajectory_closed', { detail: 'The trajectory is closed.' });
  return {
    c,
    rows,
    content: rows.current ? readContent(rows.current.content) : null,
    name: rows.me?.display_name ?? '',
  };
}

/** The audited refusal of a write the portal decision allowed but the item's own rule does not. */
const deniedWrite = (familyId: string, action: AuditAction) => ({
  subject: 'portal_family' as const,
  id: familyId,
  action,
  purpose: PURPOSE,
});

/** An item the viewer may not see does not exist for them: 404, never 403, so nothing is revealed. */
function notFound(): never {
  throw new NotFoundError('portal_item_not_found', { detail: 'No such item in your plan.' });
}

export function markActionDone(ctx: RequestContext, familyId: string, actionId: string): Promise<void> {
  return portalWrite(
    ctx,
    familyId,
    { action: 'update', data: 'plan: an own action marked done', event: 'portal.action_done' },
    async (trx, grant) => {
      const { c, rows, content, name } = await load(trx, grant);
      const action = content?.actions.find((a) => a.id === actionId);
      if (!content || !rows.current || !action || !c.sees(c.planItem(actionId))) notFound();
      if (!mayMarkDone(c.viewer, c.personOf(actionId)))
        refuse(ctx, deniedWrite(familyId, 'update'), 'only the owner marks an action done', 'portal_not_your_action');
      if (action.status === 'done') return;
      const next = {
        ...content,
        actions: content.actions.map((a) => (a.id === actionId ? { ...a, status: 'done' as const } : a)),
      };
      const written = await q.appendFamilyVersion(trx, grant, {
        baseVersion: rows.current.version,
        content: next,
        note: `Actie afgerond door ${name}`,
        authorName: name,
      });
      if (written === undefined) throw new ConflictError('stale_version', { detail: 'The plan changed meanwhile.' });
    },
  );
}

export function commentOnAction(ctx: RequestContext, familyId: string, actionId: string, body: string) {
  requireActor(ctx);
  return portalWrite(
    ctx,
    familyId,
    { action: 'create', data: 'plan: a comment on an action', event: 'portal.action_commented' },
    async (trx, grant) => {
      const { c, content, name } = await load(trx, grant);
      if (!content?.actions.some((a) => a.id === actionId) || !c.sees(c.planItem(actionId))) notFound();
      const row = await trx
        .insertInto('plan_action_comment')
        .values({
          family_id: grant.subjectId,
          action_id: actionId,
          body,
          author_id: grant.actor.userId,
          author_name: name,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id };
    },
  );
}

export function propose(ctx: RequestContext, familyId: string, body: ProposalBody) {
  return portalWrite(
    ctx,
    familyId,
    { action: 'create', data: `plan: a proposed ${body.kind}`, event: 'portal.proposal_made' },
    async (trx, grant) => {
      const { name } = await load(trx, grant);
      const row = await trx
        .insertInto('plan_proposal')
        .values({
          family_id: grant.subjectId,
          kind: body.kind,
          body: body.body,
          proposed_by: grant.actor.userId,
          proposed_by_name: name,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id };
    },
  );
}

export function shieldOwnPart(ctx: RequestContext, familyId: string, itemId: string, shielded: boolean) {
  return portalWrite(
    ctx,
    familyId,
    {
      action: 'update',
      data: shielded ? 'plan: own part shielded from parents' : 'plan: own part shown to parents again',
      event: shielded ? 'portal.part_shielded' : 'portal.part_unshielded',
    },
    async (trx, grant) => {
      const { c } = await load(trx, grant);
      const item = c.planItem(itemId);
      if (!c.sees(item)) notFound();
      if (!mayShieldFromParents(c.viewer, item))
        refuse(
          ctx,
          deniedWrite(familyId, 'update'),
          'from 16 a young person shields own parts only',
          'portal_shield_not_allowed',
        );
      await trx
        .updateTable('plan_item_person')
        .set(
          shielded
            ? { youth_shielded_at: now(), youth_shielded_by: grant.actor.userId }
            : { youth_shielded_at: null, youth_shielded_by: null },
        )
        .where('family_id', '=', grant.subjectId)
        .where('item_id', '=', itemId)
        .execute();
    },
  );
}

/**
 * The family's agreement with the current plan version (Jeugdwet 4.1.2: the plan is made with the family),
 * signed by the household member behind the login, dated today. Only who sees the whole shared plan signs
 * it; signing a version twice changes nothing. The dossier moves on as when a professional records it.
 */
export function signOffPlan(ctx: RequestContext, familyId: string, version: number): Promise<void> {
  return portalWrite(
    ctx,
    familyId,
    { action: 'create', data: `plan version ${version}: the family's agreement`, event: 'portal.plan_signed_off' },
    async (trx, grant) => {
      const { c, rows, name } = await load(trx, grant);
      if (!maySignOff(c.viewer))
        refuse(
          ctx,
          deniedWrite(familyId, 'create'),
          'only who sees the shared plan agrees to it',
          'portal_sign_off_not_allowed',
        );
      const current = rows.current?.version;
      if (current === undefined)
        throw new ConflictError('plan_missing', { detail: 'There is no plan to agree to yet.' });
      if (version !== current)
        throw new ConflictError('stale_version', {
          detail: `Only the current version can be signed: version ${version} was followed by version ${current}.`,
        });
      const signed = await trx
        .selectFrom('plan_sign_off')
        .select('id')
        .where('family_id', '=', grant.subjectId)
        .where('version', '=', version)
        .where('signed_by_user_id', '=', grant.actor.userId)
        .executeTakeFirst();
      if (signed) return;
      await trx
        .insertInto('plan_sign_off')
        .values({
          family_id: grant.subjectId,
          version,
          signed_on: today(),
          signed_by_name: name,
          signed_by_user_id: grant.actor.userId,
          note: null,
          recorded_by: grant.actor.userId,
        })
        .execute();
      await advanceOnAgreedPlan(trx, grant.subjectId, grant.actor.userId);
    },
  );
}
