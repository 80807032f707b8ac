// The configurable list of support kinds (support_kind): every coordinator reads all of them,
// inactive ones included (existing records keep their kinds and must still be labelled); only a
// regional coordinator adds, renames, deactivates or reorders (policy 'support_configuration').
// A deactivated kind is no longer offered on the public forms nor accepted in new registrations
// (registration.ts checks against the active kinds).
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.js';
import { hasRegionWideArea } from '../area/area.js';
import type { KindChangeBody, NewKindBody } from './schemas.js';

const PURPOSE = 'buurtgezinnen';

async function list(trx: Tx, userId: string) {
  const rows = await trx
    .selectFrom('support_kind')
    .select(['code', 'label_nl', 'label_en', 'active', 'position'])
    .orderBy('position')
    .orderBy('code')
    .execute();
  return {
    items: rows.map((r) => ({
      code: r.code,
      label: { nl: r.label_nl, en: r.label_en },
      active: r.active,
      position: r.position,
    })),
    mayConfigure: await hasRegionWideArea(trx, userId),
  };
}

const change = (ctx: RequestContext, data: string, work: (trx: Tx) => Promise<void>) =>
  inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_configuration',
      id: null,
      action: 'update',
      purpose: PURPOSE,
      data,
    });
    await work(trx);
    return list(trx, grant.actor.userId);
  });

export function listKinds(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'support kinds',
    });
    return list(trx, grant.actor.userId);
  });
}

export function addKind(ctx: RequestContext, body: NewKindBody) {
  return change(ctx, `support kind added: ${body.code}`, async (trx) => {
    if (await trx.selectFrom('support_kind').select('code').where('code', '=', body.code).executeTakeFirst()) {
      throw new ConflictError('support_kind_exists', { detail: 'A support kind with this code already exists.' });
    }
    const last = await trx
      .selectFrom('support_kind')
      .select((eb) => eb.fn.max('position').as('p'))
      .executeTakeFirst();
    await trx
      .insertInto('support_kind')
      .values({
        code: body.code,
        label_nl: body.labelNl,
        label_en: body.labelEn,
        position: Number(last?.p ?? 0) + 1,
        active: true,
      })
      .execute();
  });
}

export function changeKind(ctx: RequestContext, code: string, body: KindChangeBody) {
  return change(ctx, `support kind changed: ${code}`, async (trx) => {
    const found = await trx
      .updateTable('support_kind')
      .set({
        ...(body.labelNl !== undefined ? { label_nl: body.labelNl } : {}),
        ...(body.labelEn !== undefined ? { label_en: body.labelEn } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
      })
      .where('code', '=', code)
      .returning('code')
      .executeTakeFirst();
    if (!found) throw new NotFoundError('support_kind_not_found', { detail: 'No such support kind.' });
  });
}

/** The new order names every kind exactly once (active or not), so no position is lost or doubled. */
export function reorderKinds(ctx: RequestContext, codes: string[]) {
  return change(ctx, 'support kinds reordered', async (trx) => {
    const all = (await trx.selectFrom('support_kind').select('code').forUpdate().execute()).map((r) => r.code).sort();
    if (new Set(codes).size !== codes.length || [...codes].sort().join(',') !== all.join(',')) {
      throw new ValidationError('invalid_input', {
        detail: 'Name every support kind exactly once.',
        errors: [{ path: 'codes', message: 'not_all_kinds' }],
      });
    }
    for (const [i, code] of codes.entries())
      await trx
        .updateTable('support_kind')
        .set({ position: i + 1 })
        .where('code', '=', code)
        .execute();
  });
}
