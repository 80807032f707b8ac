// Match detection: two or more active registrations of different organisations on the same young
// person, the same address or the same parent. Runs inside the registering transaction, after a
// transaction-scoped advisory lock per key, so two registrations arriving at once for the same
// youth still see each other (the second waits for the first to commit). Every lookup is one probe
// of a partial index (see bench/sections/involvement.mjs for the EXPLAIN).
import { sql } from 'kysely';
import type { CoordinatorSource, MatchKind } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { notify } from '../../platform/notify/notify.js';

export interface MatchKey {
  kind: MatchKind;
  key: string;
}
const COLUMN = { youth: 'youth_bsn_hash', address: 'address_hash', parent: 'parent_bsn_hash' } as const;

/** Serialise registrations that share a key; sorted so two transactions never wait on each other in a cycle. */
export async function lockMatchKeys(trx: Tx, keys: MatchKey[]): Promise<void> {
  for (const k of [...keys].sort((a, b) => `${a.kind}${a.key}`.localeCompare(`${b.kind}${b.key}`))) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`involvement:${k.kind}:${k.key}`}, 0))`.execute(trx);
  }
}

/** Coordinator: the regisseur of an open trajectory of a family the young person still belongs to (not removed from), else the municipality's. */
export async function resolveCoordinator(
  trx: Tx,
  youthHashes: string[],
  municipalityCode: string,
): Promise<{ userId: string | null; source: CoordinatorSource }> {
  if (youthHashes.length > 0) {
    const regisseur = await trx
      .selectFrom('person as p')
      .innerJoin('trajectory as t', 't.family_id', 'p.family_id')
      .select('t.regisseur_id')
      .where('p.bsn_hash', 'in', youthHashes)
      .where('p.removed_at', 'is', null)
      .where('t.status', '<>', 'closed')
      .orderBy('t.opened_at')
      .limit(1)
      .executeTakeFirst();
    if (regisseur) return { userId: regisseur.regisseur_id, source: 'regisseur' };
  }
  const setting = await trx
    .selectFrom('involvement_coordinator')
    .select('user_id')
    .where('municipality_code', '=', municipalityCode)
    .executeTakeFirst();
  return setting ? { userId: setting.user_id, source: 'municipality' } : { userId: null, source: 'none' };
}

export interface MatchOutcome {
  id: string;
  kind: MatchKind;
  created: boolean;
}

/** The latest of some instants. */
const latest = (times: Date[]) => new Date(Math.max(...times.map((t) => t.getTime())));

/** Find or create the open match for each key that now has registrations of two or more organisations. */
export async function detectMatches(trx: Tx, municipalityCode: string, keys: MatchKey[]): Promise<MatchOutcome[]> {
  const outcomes: MatchOutcome[] = [];
  for (const { kind, key } of keys) {
    const rows = await trx
      .selectFrom('involvement_registration')
      .select(['id', 'organisation_id', 'youth_bsn_hash', 'registered_at'])
      .where(COLUMN[kind], '=', key)
      .execute();
    if (new Set(rows.map((r) => r.organisation_id)).size < 2) continue;
    const open = await trx
      .selectFrom('involvement_match')
      .select('id')
      .where('kind', '=', kind)
      .where('match_key', '=', key)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    let matchId = open?.id;
    if (!matchId) {
      const coordinator = await resolveCoordinator(
        trx,
        [...new Set(rows.map((r) => r.youth_bsn_hash))],
        municipalityCode,
      );
      matchId = (
        await trx
          .insertInto('involvement_match')
          .values({
            kind,
            match_key: key,
            municipality_code: municipalityCode,
            coordinator_id: coordinator.userId,
            coordinator_source: coordinator.source,
            // Never before a registration it joins: another organisation's registration can commit
            // (stamped with its own request's time) while this transaction waited for the match-key lock,
            // after this transaction's now().
            created_at: sql<Date>`greatest(now(), ${latest(rows.map((r) => r.registered_at))}::timestamptz)`,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    await trx
      .insertInto('involvement_match_member')
      .values(rows.map((r) => ({ match_id: matchId, registration_id: r.id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    outcomes.push({ id: matchId, kind, created: !open });
  }
  return outcomes;
}

/** Users who hear about a registration: its registrant, or for an API registration the organisation's signallers. */
async function registrantUsers(trx: Tx, matchIds: string[]): Promise<string[]> {
  const rows = await trx
    .selectFrom('involvement_match_member as mm')
    .innerJoin('involvement_registration as r', 'r.id', 'mm.registration_id')
    .select(['r.registered_by', 'r.organisation_id'])
    .where('mm.match_id', 'in', matchIds)
    .execute();
  const users = new Set(rows.flatMap((r) => (r.registered_by ? [r.registered_by] : [])));
  const apiOrgs = [...new Set(rows.filter((r) => !r.registered_by).map((r) => r.organisation_id))];
  if (apiOrgs.length > 0) {
    const signallers = await trx
      .selectFrom('app_user')
      .select('id')
      .where('home_organisation_id', 'in', apiOrgs)
      .where('active', '=', true)
      .where(sql<boolean>`'signaller' = ANY(roles)`)
      .execute();
    for (const s of signallers) users.add(s.id);
  }
  return [...users];
}

/**
 * Inbox + content-free mail: a link to the match, nothing else. The coordinator who follows up
 * (the regisseur, else the municipality's) gets the coordinator notice; the municipality's match
 * coordinator is informed even when a regisseur follows up; every registrant hears of the match.
 * Nobody gets two notices for one match.
 */
export async function notifyMatches(trx: Tx, outcomes: MatchOutcome[]): Promise<void> {
  for (const m of outcomes) {
    const match = await trx
      .selectFrom('involvement_match')
      .select(['coordinator_id', 'municipality_code'])
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    const municipal = await trx
      .selectFrom('involvement_coordinator')
      .select('user_id')
      .where('municipality_code', '=', match.municipality_code)
      .executeTakeFirst();
    const link = `/involvement/matches/${m.id}`;
    const notified = new Set<string>();
    if (match.coordinator_id) {
      await notify(trx, match.coordinator_id, 'involvement_match_coordinator', link);
      notified.add(match.coordinator_id);
    }
    for (const userId of [...(municipal ? [municipal.user_id] : []), ...(await registrantUsers(trx, [m.id]))]) {
      if (notified.has(userId)) continue;
      await notify(trx, userId, 'involvement_match', link);
      notified.add(userId);
    }
  }
}
