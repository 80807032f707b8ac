// A fingerprint of the rows a property test must leave alone: counts and contents of the
// meeting and plan tables (bad input changes nothing).
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';

const TABLES = ['meeting', 'meeting_concern', 'meeting_participant', 'meeting_ranking', 'meeting_top3', 'plan', 'plan_version', 'plan_sign_off'] as const;

export async function careFingerprint(db: Kysely<DB>): Promise<string> {
  const parts: unknown[] = [];
  for (const table of TABLES) parts.push(await db.selectFrom(table).selectAll().execute().then((rows) => rows.map((r) => JSON.stringify(r)).sort()));
  return JSON.stringify(parts);
}
