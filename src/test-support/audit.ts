// Audit assertions shared by the access matrices: every refusal must leave a 'denied' entry.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';

/** How many 'denied' audit entries exist; a matrix compares it before and after each refused call. */
export async function countDenied(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('outcome', '=', 'denied')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
