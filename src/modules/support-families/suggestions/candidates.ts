// Loads the profiles that scoring works on: open requests and *eligible* support families (fully
// screened, VOG not expired, registered) of an area. Unscreened or expired families never get here.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import { eligibleSql } from '../volunteers/screening.js';
import type { FamilyProfile, RequestProfile } from './scoring.js';

export interface RequestCandidate extends RequestProfile {
  reference: string;
  givenName: string;
  neighbourhoodName: string | null;
  since: Date;
}
export interface FamilyCandidate extends FamilyProfile {
  reference: string;
  givenName: string;
  neighbourhoodName: string | null;
}

export async function openRequests(trx: Tx, municipalities: string[], only?: string): Promise<RequestCandidate[]> {
  if (municipalities.length === 0) return [];
  let q = trx
    .selectFrom('support_request as r')
    .leftJoin('neighbourhood as n', 'n.code', 'r.neighbourhood_code')
    .select([
      'r.id',
      'r.reference',
      'r.given_name',
      'n.name as neighbourhood_name',
      'r.latitude',
      'r.longitude',
      'r.support_kinds',
      'r.child_ages',
      'r.languages',
      'r.availability',
      sql<Date>`coalesce(r.confirmed_at, r.created_at)`.as('since'),
    ])
    .where('r.municipality_code', 'in', municipalities);
  q = only ? q.where('r.id', '=', only) : q.where('r.status', '=', 'open');
  const rows = await q.orderBy('since').orderBy('r.reference').execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    givenName: r.given_name,
    neighbourhoodName: r.neighbourhood_name,
    since: r.since,
    latitude: r.latitude,
    longitude: r.longitude,
    supportKinds: r.support_kinds,
    childAges: r.child_ages,
    languages: r.languages,
    availability: r.availability,
  }));
}

export async function eligibleFamilies(
  trx: Tx,
  municipalities: string[],
  today: string,
  vogMonths: number,
): Promise<FamilyCandidate[]> {
  if (municipalities.length === 0) return [];
  const rows = await trx
    .selectFrom('support_family as f')
    .leftJoin('neighbourhood as n', 'n.code', 'f.neighbourhood_code')
    .select([
      'f.id',
      'f.reference',
      'f.given_name',
      'n.name as neighbourhood_name',
      'f.latitude',
      'f.longitude',
      'f.offers',
      'f.languages',
      'f.availability',
      'f.max_travel_km',
      'f.max_children',
      'f.preferred_age_min',
      'f.preferred_age_max',
      'f.max_families',
      sql<number>`(SELECT count(*)::int FROM support_match sm WHERE sm.family_id = f.id AND sm.status <> 'ended')`.as(
        'current_matches',
      ),
    ])
    .where('f.municipality_code', 'in', municipalities)
    .where(eligibleSql(today, vogMonths))
    .orderBy('f.reference')
    .execute();
  return rows.map((f) => ({
    id: f.id,
    reference: f.reference,
    givenName: f.given_name,
    neighbourhoodName: f.neighbourhood_name,
    latitude: f.latitude,
    longitude: f.longitude,
    offers: f.offers,
    languages: f.languages,
    availability: f.availability,
    maxTravelKm: f.max_travel_km,
    maxChildren: f.max_children,
    preferredAgeMin: f.preferred_age_min,
    preferredAgeMax: f.preferred_age_max,
    maxFamilies: f.max_families,
    currentMatches: Number(f.current_matches),
  }));
}

/** Pairs the coordinator rejected, as "request|family" keys. */
export async function rejectedPairs(trx: Tx, requestIds: string[]): Promise<Set<string>> {
  if (requestIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('support_pair_rejection')
    .select(['request_id', 'family_id'])
    .where('request_id', 'in', requestIds)
    .execute();
  return new Set(rows.map((r) => `${r.request_id}|${r.family_id}`));
}
