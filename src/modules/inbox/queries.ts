// The inbox read in one statement: the newest items, what each is about (a reference, never personal
// data: the notification itself stores only a kind and an in-app link) and the unread count.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export const INBOX_LIMIT = 200;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The subject an in-app link names: the kind of thing and its id (for the reference), or none. */
export const SUBJECT_LINKS = {
  support_match: `^/buurtgezinnen/koppelingen/(${UUID})$`,
  family: `^/families/(${UUID})(/.*)?$`,
  signal: `^/signals/(${UUID})$`,
  involvement_match: `^/involvement/matches/(${UUID})$`,
} as const;
export type SubjectType = keyof typeof SUBJECT_LINKS;

const idOf = (type: SubjectType) => sql<string>`(substring(n.link from ${SUBJECT_LINKS[type]}))::uuid`;

/** The user's own items only: no need-to-know decision is involved (the user was told about each). */
export async function listInbox(db: Kysely<DB>, userId: string) {
  const trx = db;
  return trx
    .selectFrom('notification as n')
    .select([
      'n.id',
      'n.kind',
      'n.link',
      'n.created_at',
      'n.read_at',
      sql<SubjectType | null>`CASE
        WHEN n.link ~ ${SUBJECT_LINKS.support_match} THEN 'support_match'
        WHEN n.link ~ ${SUBJECT_LINKS.family} THEN 'family'
        WHEN n.link ~ ${SUBJECT_LINKS.signal} THEN 'signal'
        WHEN n.link ~ ${SUBJECT_LINKS.involvement_match} THEN 'involvement_match' END`.as('subject_type'),
      // References only: pseudonymous codes the user already works with, no names.
      sql<string | null>`CASE
        WHEN n.link ~ ${SUBJECT_LINKS.support_match} THEN (SELECT r.reference || ' – ' || f.reference
          FROM support_match m JOIN support_request r ON r.id = m.request_id JOIN support_family f ON f.id = m.family_id
          WHERE m.id = ${idOf('support_match')})
        WHEN n.link ~ ${SUBJECT_LINKS.family} THEN (SELECT fa.reference FROM family fa WHERE fa.id = ${idOf('family')})
        WHEN n.link ~ ${SUBJECT_LINKS.signal} THEN (SELECT s.reference FROM signal s WHERE s.id = ${idOf('signal')})
        END`.as('subject_reference'),
      sql<string>`(SELECT count(*) FROM notification u WHERE u.user_id = ${userId} AND u.read_at IS NULL)`.as('unread'),
    ])
    .where('n.user_id', '=', userId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .limit(INBOX_LIMIT)
    .execute();
}
