// Whether the database has no users yet (so the demo seed may run). Apart from seed/demo.ts, so that
// the server can ask without loading the seed's code.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
