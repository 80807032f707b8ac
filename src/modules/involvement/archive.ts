// Ending registrations: at the removal date (at most two years), at 23, or on request. An ended
// registration leaves the index for the history archive (five years, contact details and dates,
// no BSN — only its keyed hash, for the one-off notice). Matches that no longer join two
// organisations close. Runs in the caller's transaction; the jobs pass their `trx` and a clock.
import { sql } from 'kysely';
import type { RegistrationEndReason } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { today } from '../families/consent-rule.js';
import { purgeAfter } from './rules.js';

export async function archiveRegistrations(trx: Tx, ends: Array<{ id: string; reason: RegistrationEndReason }>, now: Date): Promise<number> {
  if (ends.length === 0) return 0;
  const reasonOf = new Map(ends.map((e) => [e.id, e.reason]));
  const rows = await trx.deleteFrom('involvement_registration').where('id', 'in', [...reasonOf.keys()])
    .returning(['id', 'organisation_id', 'municipality_code', 'youth_bsn_hash', 'risk_ground', 'contact_name', 'contact_phone', 'registered_at']).execute();
  if (rows.length === 0) return 0;
  await trx.insertInto('involvement_archive').values(rows.map((r) => ({
    id: r.id, organisation_id: r.organisation_id, municipality_code: r.municipality_code, youth_bsn_hash: r.youth_bsn_hash, risk_ground: r.risk_ground,
    contact_name: r.contact_name, contact_phone: r.contact_phone, registered_at: r.registered_at, ended_at: now,
    end_reason: reasonOf.get(r.id) ?? 'expired', purge_after: purgeAfter(now),
  }))).execute();
  await closeOrphanedMatches(trx, now);
  return rows.length;
}

/** A match lives while registrations of at least two organisations remain in it. */
export async function closeOrphanedMatches(trx: Tx, now: Date): Promise<void> {
  await trx.updateTable('involvement_match as m').set({ closed_at: now }).where('m.closed_at', 'is', null)
    .where(sql<boolean>`(SELECT count(DISTINCT r.organisation_id) FROM involvement_match_member mm JOIN involvement_registration r ON r.id = mm.registration_id WHERE mm.match_id = m.id) < 2`)
    .execute();
}

/** The daily expiry: removal date reached, or the young person turned 23. Batched so a backlog cannot hold one huge transaction. */
export async function expireRegistrations(trx: Tx, now: Date, batch = 5000): Promise<number> {
  const on = today(now);
  const due = await trx.selectFrom('involvement_registration').select(['id', sql<boolean>`youth_birth_date + make_interval(years => 23) <= ${on}::date`.as('turned_23')])
    .where((eb) => eb.or([eb('ends_on', '<=', on), eb(sql`youth_birth_date + make_interval(years => 23)`, '<=', sql`${on}::date`)]))
    .limit(batch).execute();
  return archiveRegistrations(trx, due.map((d) => ({ id: d.id, reason: d.turned_23 ? 'age_23' : 'expired' })), now);
}

export async function purgeArchive(trx: Tx, now: Date): Promise<number> {
  const res = await trx.deleteFrom('involvement_archive').where('purge_after', '<=', now).executeTakeFirst();
  return Number(res.numDeletedRows);
}
