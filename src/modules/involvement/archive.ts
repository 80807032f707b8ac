// Ending registrations: at the removal date (at most two years), at 23, or on request. An ended
// registration leaves the index for the history archive (five years, contact details and dates,
// no BSN — only its keyed hash, for the one-off notice). Matches that no longer join two
// organisations close. Runs in the caller's transaction; the jobs pass their `trx` and a clock.
import { sql } from 'kysely';
import type { RegistrationEndReason } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { today } from '../../platform/clock.js';
import { lockMatchKeys, type MatchKey } from './matching.js';
import { purgeAfter } from './rules.js';

const KEY_COLUMNS = [
  ['youth', 'youth_bsn_hash'],
  ['address', 'address_hash'],
  ['parent', 'parent_bsn_hash'],
] as const;

function keysOf(
  rows: Array<{ youth_bsn_hash: string; address_hash: string | null; parent_bsn_hash: string | null }>,
): MatchKey[] {
  const keys = new Map<string, MatchKey>();
  for (const r of rows) {
    for (const [kind, column] of KEY_COLUMNS) {
      const key = r[column];
      if (key) keys.set(`${kind}:${key}`, { kind, key });
    }
  }
  return [...keys.values()];
}

export async function archiveRegistrations(
  trx: Tx,
  ends: Array<{ id: string; reason: RegistrationEndReason }>,
  now: Date,
): Promise<number> {
  if (ends.length === 0) return 0;
  const reasonOf = new Map(ends.map((e) => [e.id, e.reason]));
  const ids = [...reasonOf.keys()];
  // The same per-key locks as registering, taken before the delete: a registration in flight on
  // one of these keys finishes first (and its membership counts below), or waits and sees the
  // registration gone. Locking after the delete would deadlock with a registration whose new
  // membership row references the row being deleted.
  await lockMatchKeys(
    trx,
    keysOf(
      await trx
        .selectFrom('involvement_registration')
        .select(['youth_bsn_hash', 'address_hash', 'parent_bsn_hash'])
        .where('id', 'in', ids)
        .execute(),
    ),
  );
  const rows = await trx
    .deleteFrom('involvement_registration')
    .where('id', 'in', ids)
    .returning([
      'id',
      'organisation_id',
      'municipality_code',
      'youth_bsn_hash',
      'address_hash',
      'parent_bsn_hash',
      'risk_ground',
      'contact_name',
      'contact_phone',
      'registered_at',
    ])
    .execute();
  if (rows.length === 0) return 0;
  await trx
    .insertInto('involvement_archive')
    .values(
      rows.map((r) => ({
        id: r.id,
        organisation_id: r.organisation_id,
        municipality_code: r.municipality_code,
        youth_bsn_hash: r.youth_bsn_hash,
        risk_ground: r.risk_ground,
        contact_name: r.contact_name,
        contact_phone: r.contact_phone,
        registered_at: r.registered_at,
        ended_at: now,
        end_reason: reasonOf.get(r.id) ?? 'expired',
        purge_after: purgeAfter(now),
      })),
    )
    .execute();
  await closeMatchesWithoutTwoOrganisations(trx, keysOf(rows), now);
  return rows.length;
}

/** A match lives while registrations of at least two organisations remain in it; only the matches on `keys` are looked at. */
export async function closeMatchesWithoutTwoOrganisations(trx: Tx, keys: MatchKey[], now: Date): Promise<void> {
  for (const [kind] of KEY_COLUMNS) {
    const matchKeys = keys.filter((k) => k.kind === kind).map((k) => k.key);
    if (matchKeys.length === 0) continue;
    await trx
      .updateTable('involvement_match as m')
      .set({ closed_at: now })
      .where('m.closed_at', 'is', null)
      .where('m.kind', '=', kind)
      .where('m.match_key', 'in', matchKeys)
      .where(
        sql<boolean>`(SELECT count(DISTINCT r.organisation_id) FROM involvement_match_member mm JOIN involvement_registration r ON r.id = mm.registration_id WHERE mm.match_id = m.id) < 2`,
      )
      .execute();
  }
}

/** The daily expiry: removal date reached, or the young person turned 23. Batched so a backlog cannot hold one huge transaction. */
export async function expireRegistrations(trx: Tx, now: Date, batch = 5000): Promise<number> {
  const on = today(now);
  const due = await trx
    .selectFrom('involvement_registration')
    .select(['id', sql<boolean>`youth_birth_date + make_interval(years => 23) <= ${on}::date`.as('turned_23')])
    .where((eb) =>
      eb.or([eb('ends_on', '<=', on), eb(sql`youth_birth_date + make_interval(years => 23)`, '<=', sql`${on}::date`)]),
    )
    .limit(batch)
    .execute();
  return archiveRegistrations(
    trx,
    due.map((d) => ({ id: d.id, reason: d.turned_23 ? 'age_23' : 'expired' })),
    now,
  );
}

export async function purgeArchive(trx: Tx, now: Date): Promise<number> {
  const res = await trx.deleteFrom('involvement_archive').where('purge_after', '<=', now).executeTakeFirst();
  return Number(res.numDeletedRows);
}
