// The municipality's measuring choices (issue 14): which ending reasons count as drop-out (03, or 03 +
// 04), the local look-back window for repeat use, and the publication threshold and rounding. Read by
// whoever steers on the figures; changed by the municipality's own policy advisor (settings-policy.ts),
// audited, with who changed it last on the row. The indicators read the row on every request
// (service.ts areaPart), so a figure's definition label follows a change at once.
import { sql } from 'kysely';
import { authorize, authorizeRead, requireActor } from '../../../platform/access/authorize.js';
import { hasRole } from '../../../platform/access/actor.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { one } from '../../../platform/db/bundle.js';
import type { DB } from '../../../platform/db/schema.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { now } from '../../../platform/clock.js';
import type { Kysely } from 'kysely';
import type { OutcomeSettings, OutcomeSettingsInput } from './schemas.js';

const PURPOSE = 'policy steering';

function settingsQuery(db: Kysely<DB>, code: string, userId: string) {
  return db
    .selectFrom('municipality as m')
    .leftJoin('outcome_setting as s', 's.municipality_code', 'm.code')
    .leftJoin('app_user as u', 'u.id', 's.updated_by')
    .select([
      'm.code',
      'm.name',
      's.drop_out_reasons',
      's.repeat_window_months',
      's.suppression_threshold',
      's.round_to_five',
      's.updated_at',
      'u.display_name as updated_by',
      sql<boolean>`exists (select 1 from app_user me join organisation o on o.id = me.home_organisation_id
        where me.id = ${userId} and o.municipality_code = m.code)`.as('home'),
    ])
    .where('m.code', '=', code)
    .limit(1);
}

type Row = Awaited<ReturnType<ReturnType<typeof settingsQuery>['executeTakeFirstOrThrow']>>;

function present(row: Row | undefined, canChange: boolean): OutcomeSettings {
  if (!row) throw new NotFoundError('not_found', { detail: 'No such municipality.' });
  const updatedAt = row.updated_at === null ? null : new Date(row.updated_at);
  return {
    municipality: { code: row.code, name: row.name },
    dropOutReasons: row.drop_out_reasons ?? '03',
    repeatWindowMonths: row.repeat_window_months ?? 12,
    suppressionThreshold: Math.max(5, row.suppression_threshold ?? 5),
    roundToFive: row.round_to_five ?? false,
    isDefault: row.drop_out_reasons === null,
    updatedAt: updatedAt === null ? null : updatedAt.toISOString(),
    updatedBy: row.updated_by,
    canChange: canChange && row.home === true,
  };
}

export async function outcomeSettings(ctx: RequestContext, code: string): Promise<OutcomeSettings> {
  const actor = requireActor(ctx);
  const read = await authorizeRead(ctx, {
    subject: 'outcome_setting',
    id: code,
    action: 'read',
    purpose: PURPOSE,
    data: `outcome settings of ${code}`,
  });
  const { row } = await read.fetch({ row: one(settingsQuery(ctx.db, code, actor.userId)) });
  return present(row, hasRole(actor, 'policy'));
}

export function changeOutcomeSettings(
  ctx: RequestContext,
  code: string,
  body: OutcomeSettingsInput,
): Promise<OutcomeSettings> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'outcome_setting',
      id: code,
      action: 'update',
      purpose: PURPOSE,
      data: `outcome settings of ${code}: drop-out ${body.dropOutReasons}, look-back ${body.repeatWindowMonths} months, threshold ${body.suppressionThreshold}, rounding ${body.roundToFive ? 'on' : 'off'}`,
    });
    const values = {
      drop_out_reasons: body.dropOutReasons,
      repeat_window_months: body.repeatWindowMonths,
      suppression_threshold: body.suppressionThreshold,
      round_to_five: body.roundToFive,
      updated_at: now(),
      updated_by: actor.userId,
    };
    await trx
      .insertInto('outcome_setting')
      .values({ municipality_code: code, ...values })
      .onConflict((oc) => oc.column('municipality_code').doUpdateSet(values))
      .execute();
    return present(await settingsQuery(trx, code, actor.userId).executeTakeFirst(), true);
  });
}
