// The coordinator's settings: their own criterion weights, the shared VOG validity and check-in
// days (changed only by a regional coordinator, policy 'support_configuration'); and the
// administrator's part, setting a coordinator's area.
import { z } from 'zod';
import { authorize, refuse } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { pendingFor } from '../accounts/privileged/queries.js';
import { recordAppliedChange, requestChange } from '../accounts/privileged/request.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { coordinatorAreaRows, coordinatorMunicipalities, hasRegionWideArea, setCoordinatorArea } from './area/area.js';
import { getSettings, getWeights } from './settings-store.js';
import type { Weights } from './suggestions/scoring.js';

const PURPOSE = 'buurtgezinnen';

export const AreaBody = z
  .strictObject({
    municipalities: z.array(z.string().regex(/^[0-9]{4}$/)).max(400),
    regions: z.array(z.string().regex(/^[A-Z0-9-]{2,20}$/)).max(50),
  })
  .meta({ id: 'CoordinatorAreaBody' });
export const Area = z
  .object({
    municipalities: z.array(z.string()),
    regions: z.array(z.string()),
    effective: z.array(z.string()),
    /** A wider area waits for a second administrator ("wacht op goedkeuring"). */
    pending: z
      .object({
        municipalities: z.array(z.string()),
        regions: z.array(z.string()),
        requestedBy: z.string(),
        requestedAt: z.date(),
      })
      .nullable(),
  })
  .meta({ id: 'CoordinatorArea' });

async function presentArea(trx: Tx, userId: string) {
  const [pending] = (await pendingFor(trx, { userIds: [userId] })).filter((c) => c.kind === 'coordinator_area');
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    ...(await coordinatorAreaRows(trx, userId)),
    effective: await coordinatorMunicipalities(trx, userId),
    pending: pending
      ? {
          municipalities: list(pending.payload.municipalities),
          regions: list(pending.payload.regions),
          requestedBy: pending.r_name,
          requestedAt: pending.requested_at,
        }
      : null,
  };
}

async function load(trx: Parameters<Parameters<typeof inTransaction>[1]>[0], userId: string) {
  const settings = await getSettings(trx);
  const codes = await coordinatorMunicipalities(trx, userId);
  const area = codes.length
    ? await trx.selectFrom('municipality').select(['code', 'name']).where('code', 'in', codes).orderBy('name').execute()
    : [];
  // The computed ability goes to the page, so it offers the form only to whom may use it.
  return {
    ...settings,
    weights: await getWeights(trx, userId),
    area,
    mayConfigure: await hasRegionWideArea(trx, userId),
  };
}

export function readSettings(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'settings',
    });
    return load(trx, grant.actor.userId);
  });
}

export function saveWeights(ctx: RequestContext, weights: Weights) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'update',
      purpose: PURPOSE,
      data: 'criterion weights',
    });
    await trx
      .insertInto('coordinator_weights')
      .values({ user_id: grant.actor.userId, weights: JSON.stringify(weights) })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ weights: JSON.stringify(weights), updated_at: new Date() }),
      )
      .execute();
    return load(trx, grant.actor.userId);
  });
}

export function saveSettings(ctx: RequestContext, body: { vogValidityMonths: number; checkinDays: number[] }) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_configuration',
      id: null,
      action: 'update',
      purpose: PURPOSE,
      data: 'VOG validity and check-in days',
    });
    const days = [...new Set(body.checkinDays)].sort((a, b) => a - b);
    await trx
      .updateTable('support_settings')
      .set({
        vog_validity_months: body.vogValidityMonths,
        checkin_days: days,
        updated_at: new Date(),
        updated_by: grant.actor.userId,
      })
      .execute();
    return load(trx, grant.actor.userId);
  });
}

export function readArea(ctx: RequestContext, userId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'coordinator_area',
      id: userId,
      action: 'read',
      purpose: 'administration',
      data: 'coordinator area',
    });
    const user = await trx.selectFrom('app_user').select('roles').where('id', '=', userId).executeTakeFirst();
    if (!user?.roles.includes('coordinator'))
      throw new NotFoundError('not_a_coordinator', { detail: 'This user is not a coordinator.' });
    return presentArea(trx, userId);
  });
}

/**
 * An area gives access to the requests and support families in it: narrowing it takes effect at
 * once, widening it waits for a second administrator. Nobody sets their own area.
 */
export function writeArea(ctx: RequestContext, userId: string, body: z.infer<typeof AreaBody>) {
  return inTransaction(ctx.db, async (trx) => {
    const request = {
      subject: 'coordinator_area' as const,
      id: userId,
      action: 'update' as const,
      purpose: 'administration',
      data: 'coordinator area',
    };
    if (ctx.actor?.userId === userId) refuse(ctx, request, 'nobody sets their own area', 'own_account_change');
    const grant = await authorize(trx, ctx, request);
    const user = await trx.selectFrom('app_user').select('roles').where('id', '=', userId).executeTakeFirst();
    if (!user?.roles.includes('coordinator'))
      throw new NotFoundError('not_a_coordinator', { detail: 'This user is not a coordinator.' });
    const municipalities = [...new Set(body.municipalities)];
    const regions = [...new Set(body.regions)];
    const knownM = municipalities.length
      ? await trx.selectFrom('municipality').select('code').where('code', 'in', municipalities).execute()
      : [];
    const knownR = regions.length
      ? await trx.selectFrom('region').select('code').where('code', 'in', regions).execute()
      : [];
    if (knownM.length !== municipalities.length || knownR.length !== regions.length)
      throw new ValidationError('unknown_reference', { detail: 'Unknown municipality or region.' });
    const now = await coordinatorAreaRows(trx, userId);
    const narrower =
      now.municipalities.length + now.regions.length > 0 &&
      municipalities.every((m) => now.municipalities.includes(m)) &&
      regions.every((r) => now.regions.includes(r));
    const summary = `area: ${[...municipalities, ...regions].join(', ') || 'none'}`;
    const change = {
      kind: 'coordinator_area' as const,
      targetUserId: userId,
      payload: { municipalities, regions },
      summary,
    };
    if (narrower) {
      await setCoordinatorArea(trx, userId, { municipalities, regions });
      if (municipalities.length + regions.length < now.municipalities.length + now.regions.length)
        await recordAppliedChange(trx, ctx, grant.actor, change);
    } else {
      await requestChange(trx, ctx, grant.actor, change);
    }
    return presentArea(trx, userId);
  });
}
