// The user's own in-app inbox: only ever their own items, so no need-to-know decision is involved.
import { z } from 'zod';
import { requireActor } from '../../platform/access/authorize.js';
import { NotFoundError } from '../../platform/errors.js';
import type { App } from '../../platform/http/types.js';
import { NOTIFICATION_KINDS } from '../../platform/notify/notify.js';
import { IdParams } from '../auth/schemas.js';
import { listInbox, SUBJECT_LINKS, type SubjectType } from './queries.js';

const tags = ['inbox'];
export const InboxSubjectType = z.enum(Object.keys(SUBJECT_LINKS) as [SubjectType, ...SubjectType[]]).meta({
  id: 'InboxSubjectType',
});
const Inbox = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(NOTIFICATION_KINDS),
        link: z.string().nullable(),
        /** What the item is about: the kind of thing its link names and that thing's reference (never a name). */
        about: z
          .object({ type: InboxSubjectType, reference: z.string().nullable() })
          .nullable()
          .describe('The match (request and support family references), family, signal or referral-index match'),
        createdAt: z.date(),
        readAt: z.date().nullable(),
      }),
    ),
    unread: z.number().int(),
  })
  .meta({ id: 'Inbox' });

const ReadMany = z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) }).meta({ id: 'InboxReadMany' });

export function inboxRoutes(app: App): void {
  app.get('/api/inbox', { schema: { tags, summary: 'My notifications', response: { 200: Inbox } } }, async (req) => {
    const actor = requireActor(req.ctx);
    const rows = await listInbox(req.ctx.db, actor.userId);
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind as (typeof NOTIFICATION_KINDS)[number],
        link: r.link,
        about: r.subject_type ? { type: r.subject_type, reference: r.subject_reference } : null,
        createdAt: r.created_at,
        readAt: r.read_at,
      })),
      unread: Number(rows[0]?.unread ?? 0),
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
    '/api/inbox/read-many',
    {
      schema: {
        tags,
        summary: 'Mark several as read (a group of repeated items); ids of other users are ignored',
        body: ReadMany,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req.ctx);
      await req.ctx.db
        .updateTable('notification')
        .set({ read_at: new Date() })
        .where('id', 'in', req.body.ids)
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .execute();
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
