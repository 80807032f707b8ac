// Fingerprints of the rows a property test must leave alone (bad input changes nothing): the
// meeting and plan tables; the trajectories with their members, status history and the notifications
// an opening sends; break-the-glass grants.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';

const TABLES = [
  'meeting',
  'meeting_concern',
  'meeting_participant',
  'meeting_ranking',
  'meeting_top3',
  'plan',
  'plan_version',
  'plan_sign_off',
] as const;

export async function careFingerprint(db: Kysely<DB>): Promise<string> {
  const parts: unknown[] = [];
  for (const table of TABLES)
    parts.push(
      await db
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify(r)).sort()),
    );
  return JSON.stringify(parts);
}

const TRAJECTORY_TABLES = [
  'trajectory',
  'trajectory_member',
  'trajectory_status_change',
  'trajectory_handover',
  'family',
  'person',
  'notification',
  'break_glass',
] as const;

export async function trajectoryFingerprint(db: Kysely<DB>): Promise<string> {
  const parts: unknown[] = [];
  for (const table of TRAJECTORY_TABLES)
    parts.push(
      await db
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify(r)).sort()),
    );
  return JSON.stringify(parts);
}
