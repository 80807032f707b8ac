// "Tell the story once": the family's own account and the intake, each a chain of versions with
// author and time. An edit names the version it started from; a stale edit is refused.
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { StoryKind } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError } from '../../platform/errors.js';
import type { WriteStoryBody } from './schemas.js';

export function writeStory(ctx: RequestContext, familyId: string, kind: StoryKind, body: WriteStoryBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: 'care',
      data: kind === 'story' ? "the family's own story" : 'intake',
      event: `family.${kind}_written`,
    });
    const latest = await trx
      .selectFrom('family_story')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('family_id', '=', familyId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    const current = Number(latest?.v ?? 0);
    if (body.baseVersion !== current)
      throw new ConflictError('stale_version', { detail: `Someone else saved version ${current} in the meantime.` });
    const row = await trx
      .insertInto('family_story')
      .values({
        family_id: familyId,
        kind,
        version: current + 1,
        body: body.body,
        told_by: body.toldBy ?? null,
        in_own_words: body.inOwnWords ?? true,
        author_id: grant.actor.userId,
      })
      .returning(['version', 'created_at'])
      .executeTakeFirstOrThrow();
    return { version: row.version, createdAt: row.created_at };
  });
}
