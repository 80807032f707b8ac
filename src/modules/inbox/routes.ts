// The user's own in-app inbox: only ever their own items, so no need-to-know decision is involved.
import { z } from 'zod';
import { requireActor } from '../../platform/access/authorize.js';
import { NotFoundError } from '../../platform/errors.js';
import type { App } from '../../platform/http/types.js';
import { NOTIFICATION_KINDS } from '../../platform/notify/notify.js';
import { IdParams } from '../auth/schemas.js';

const tags = ['inbox'];
const Inbox = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(NOTIFICATION_KINDS),
        link: z.string().nullable(),
        createdAt: z.date(),
        readAt: z.date().nullable(),
      }),
    ),
    unread: z.number().int(),
  })
  .meta({ id: 'Inbox' });

export function inboxRoutes(app: App): void {
  app.get('/api/inbox', { schema: { tags, summary: 'My notifications', response: { 200: Inbox } } }, async (req) => {
    const actor = requireActor(req.ctx);
    const rows = await req.ctx.db
      .selectFrom('notification')
      .select(['id', 'kind', 'link', 'created_at', 'read_at'])
      .where('user_id', '=', actor.userId)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
    const unread = await req.ctx.db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind as (typeof NOTIFICATION_KINDS)[number],
        link: r.link,
        createdAt: r.created_at,
        readAt: r.read_at,
      })),
      unread: Number(unread.n),
    };
  });
  app.post(
    '/api/inbox/:id/read',
    { schema: { tags, summary: 'Mark one as read', params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = requireActor(req.ctx);
      const res = await req.ctx.db
        .updateTable('notification')
        .set({ read_at: new Date() })
        .where('id', '=', req.params.id)
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) {
        const exists = await req.ctx.db
          .selectFrom('notification')
          .select('id')
          .where('id', '=', req.params.id)
          .where('user_id', '=', actor.userId)
          .executeTakeFirst();
        if (!exists) throw new NotFoundError('not_found');
      }
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/inbox/read-all',
    { schema: { tags, summary: 'Mark all as read', response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = requireActor(req.ctx);
      await req.ctx.db
        .updateTable('notification')
        .set({ read_at: new Date() })
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .execute();
      return reply.status(204).send(null);
    },
  );
}
