// Professionals shield an item from the family only with a documented legal reason from a fixed list and
// a review date (design principle 4: everything else is the family's to see). The shield is a write on
// the family's dossier (need-to-know with write access); the privacy officer sees every active shield.
import { sql } from 'kysely';
import { authorize, authorizeRead, refuse, requireActor } from '../../platform/access/authorize.js';
import { hasRole } from '../../platform/access/actor.js';
import type { RequestContext } from '../../platform/access/context.js';
import { today } from '../../platform/clock.js';
import { many } from '../../platform/db/bundle.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Paging } from '../../platform/http/paging.js';
import type { ShieldBody } from './shield-schemas.js';
import { readContent, SECTIONS, type PlanContent } from '../plans/content.js';

const planItemIds = (c: PlanContent) => new Set(SECTIONS.flatMap((s) => c[s].map((i) => i.id)));

const PURPOSE = 'care';

const shieldColumns = [
  's.id',
  's.item_kind',
  's.item_ref',
  's.reason',
  's.explanation',
  sql<string>`s.review_on::text`.as('review_on'),
  's.shielded_at',
  'u.display_name as shielded_by_name',
] as const;

function present(r: {
  id: string;
  item_kind: string;
  item_ref: string;
  reason: string;
  explanation: string;
  review_on: string;
  shielded_at: Date;
  shielded_by_name: string;
}) {
  return {
    id: r.id,
    itemKind: r.item_kind as 'plan_item' | 'meeting',
    itemRef: r.item_ref,
    reason: r.reason as ShieldBody['reason'],
    explanation: r.explanation,
    reviewOn: r.review_on,
    reviewDue: r.review_on <= today(),
    shieldedAt: r.shielded_at,
    shieldedByName: r.shielded_by_name,
  };
}

export async function listShields(ctx: RequestContext, familyId: string) {
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
    data: 'items shielded from the family',
  });
  const { rows } = await read.fetch({
    rows: many(
      read.db
        .selectFrom('family_shield as s')
        .innerJoin('app_user as u', 'u.id', 's.shielded_by')
        .select(shieldColumns)
        .where('s.family_id', '=', familyId)
        .where('s.lifted_at', 'is', null)
        .orderBy('s.shielded_at', 'desc'),
    ),
  });
  return { items: rows.map(present) };
}

export function createShield(ctx: RequestContext, familyId: string, body: ShieldBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: PURPOSE,
      data: `shield from the family (${body.reason})`,
      event: 'family.item_shielded',
    });
    if (body.reviewOn <= today())
      throw new ValidationError('shield_review_in_past', {
        detail: 'The review date must lie in the future.',
        errors: [{ path: 'reviewOn', message: 'shield_review_in_past' }],
      });
    const exists =
      body.itemKind === 'meeting'
        ? await trx
            .selectFrom('meeting')
            .select('id')
            .where('family_id', '=', familyId)
            .where('id', '=', body.itemRef)
            .executeTakeFirst()
        : await trx
            .selectFrom('plan as p')
            .innerJoin('plan_version as v', (j) =>
              j.onRef('v.family_id', '=', 'p.family_id').onRef('v.version', '=', 'p.current_version'),
            )
            .select('v.content')
            .where('p.family_id', '=', familyId)
            .executeTakeFirst()
            .then((v) => (v && planItemIds(readContent(v.content)).has(body.itemRef) ? v : undefined));
    if (!exists) throw new NotFoundError('shield_item_not_found', { detail: 'No such item in this family.' });
    const row = await trx
      .insertInto('family_shield')
      .values({
        family_id: grant.subjectId,
        item_kind: body.itemKind,
        item_ref: body.itemRef,
        reason: body.reason,
        explanation: body.explanation,
        review_on: body.reviewOn,
        shielded_by: grant.actor.userId,
      })
      .onConflict((oc) => oc.columns(['family_id', 'item_kind', 'item_ref']).where('lifted_at', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new ConflictError('shield_exists', { detail: 'This item is already shielded.' });
    return { id: row.id };
  });
}

export function liftShield(ctx: RequestContext, familyId: string, shieldId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: PURPOSE,
      data: 'shield lifted: the item is visible to the family again',
      event: 'family.item_unshielded',
    });
    const row = await trx
      .updateTable('family_shield')
      .set({ lifted_at: sql<Date>`now()`, lifted_by: grant.actor.userId })
      .where('id', '=', shieldId)
      .where('family_id', '=', grant.subjectId)
      .where('lifted_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new NotFoundError('shield_not_found', { detail: 'No such active shield.' });
  });
}

/** Every active shield of every family, review date first: the privacy officer's register. */
export async function shieldRegister(ctx: RequestContext, paging: Pick<Paging, 'page' | 'pageSize'>) {
  const read = await authorizeRead(ctx, {
    subject: 'shield_register',
    id: null,
    action: 'read',
    purpose: 'supervision',
    data: 'register of shielded items',
  });
  return read.page(
    read.db
      .selectFrom('family_shield as s')
      .innerJoin('app_user as u', 'u.id', 's.shielded_by')
      .innerJoin('family as f', 'f.id', 's.family_id')
      .select([...shieldColumns, 'f.reference as family_reference', 's.family_id'])
      .where('s.lifted_at', 'is', null)
      .orderBy('s.review_on')
      .orderBy('s.id'),
    paging,
    (r) => ({ ...present(r), familyReference: r.family_reference, familyId: r.family_id }),
  );
}
