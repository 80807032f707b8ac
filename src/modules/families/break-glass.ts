// Break the glass: a professional opens a dossier outside their relationships for a limited time
// with a stated reason. It is logged, flagged and every privacy officer is asked to review it.
import { z } from 'zod';
import { hasRole, userHasRoleSql } from '../../platform/access/actor.js';
import { requireActor } from '../../platform/access/authorize.js';
import { recordEvent } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ForbiddenError, NotFoundError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';

export const BREAK_GLASS_HOURS = 4;

export const BreakGlassBody = z
  .strictObject({
    familyId: z.uuid().optional(),
    /** The dossier number, for a family found outside one's caseload (the family search shows only one's own). */
    familyReference: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^G-[A-Z0-9-]{3,30}$/, 'a dossier number like G-0193-0004')
      .optional(),
    reason: z.string().trim().min(20, 'explain why, in at least 20 characters').max(2000),
  })
  .refine((b) => (b.familyId === undefined) !== (b.familyReference === undefined), {
    message: 'name the family by its id or by its dossier number',
    path: ['familyReference'],
  })
  .meta({ id: 'BreakGlassBody' });

export async function breakGlass(
  ctx: RequestContext,
  target: { familyId?: string | undefined; familyReference?: string | undefined },
  reason: string,
): Promise<{ id: string; familyId: string; expiresAt: Date }> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    let lookup = trx.selectFrom('family').select(['id', 'reference']);
    lookup = target.familyId
      ? lookup.where('id', '=', target.familyId)
      : lookup.where('reference', '=', target.familyReference ?? '');
    const family = await lookup.executeTakeFirst();
    const familyId = family?.id ?? target.familyId ?? null;
    const entry = {
      request_id: ctx.requestId,
      event: 'family.break_glass',
      action: 'read' as const,
      actor_user_id: actor.userId,
      actor_username: actor.username,
      actor_organisation_id: actor.organisationId,
      purpose: 'emergency care',
      subject_type: 'family',
      subject_id: familyId,
      client_ref: family?.reference ?? null,
      emergency: true,
      emergency_reason: reason,
    };
    if (!['professional', 'team_lead', 'consultant'].some((r) => hasRole(actor, r as 'professional'))) {
      throw new ForbiddenError('forbidden', {
        detail: 'Only care professionals can break the glass.',
        auditEntries: [{ ...entry, outcome: 'denied', actor_role: actor.roles.join(',') }],
      });
    }
    if (!family) throw new NotFoundError('family_not_found', { detail: 'No such family.' });
    const expiresAt = new Date(Date.now() + BREAK_GLASS_HOURS * 3_600_000);
    const row = await trx
      .insertInto('break_glass')
      .values({ user_id: actor.userId, family_id: family.id, reason, expires_at: expiresAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      ...entry,
      outcome: 'allowed',
      actor_role: actor.roles[0] ?? null,
      data_description: `emergency access for ${BREAK_GLASS_HOURS} hours`,
    });
    const officers = await trx
      .selectFrom('app_user')
      .select('id')
      .where('active', '=', true)
      .where(userHasRoleSql('privacy_officer'))
      .execute();
    for (const o of officers) await notify(trx, o.id, 'break_glass_review', `/audit/noodtoegang/${row.id}`);
    return { id: row.id, familyId: family.id, expiresAt };
  });
}
