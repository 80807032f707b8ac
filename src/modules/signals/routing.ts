// Where a signal goes, decided in bulk for a whole batch (a 50,000-row arrears list costs a handful
// of queries, not one per row): to the regisseur of an open trajectory when the person is known
// there (BSN keyed hash, or name + birth date at the same postcode), otherwise to the triage queue
// of the neighbourhood team whose neighbourhoods contain the postcode, or else to a team of the
// municipality. The multi expertise team is a table for complex cases, never a triage queue.
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.js';

export interface Address {
  postcode: string;
  municipalityCode: string;
  neighbourhoodCode: string | null;
}
export interface RouteQuery {
  bsnHash: string | null;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  address: Address;
}
export type Route =
  | { routedTo: 'regisseur'; regisseurId: string; teamId: string; familyId: string }
  | { routedTo: 'team'; teamId: string; familyId: null; regisseurId: null };

interface OpenTrajectory {
  family_id: string;
  regisseur_id: string;
  team_id: string;
}
const nameKey = (given: string, family: string, birth: string, postcode: string) =>
  `${given.toLowerCase()}|${family.toLowerCase()}|${birth}|${postcode}`;

const CHUNK = 5000;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

async function byBsnHash(trx: Tx, hashes: string[]): Promise<Map<string, OpenTrajectory>> {
  const found = new Map<string, OpenTrajectory>();
  for (const part of chunks(hashes)) {
    const rows = await trx
      .selectFrom('person as p')
      .innerJoin('trajectory as t', 't.family_id', 'p.family_id')
      .select(['p.bsn_hash', 't.family_id', 't.regisseur_id', 't.team_id'])
      .where('t.status', '<>', 'closed')
      .where(sql<boolean>`p.bsn_hash = ANY(${part}::bpchar[])`)
      .execute();
    for (const r of rows) if (r.bsn_hash) found.set(r.bsn_hash, r);
  }
  return found;
}

async function byNameAndBirth(trx: Tx, birthDates: string[]): Promise<Map<string, OpenTrajectory>> {
  const found = new Map<string, OpenTrajectory>();
  for (const part of chunks(birthDates)) {
    const rows = await trx
      .selectFrom('person as p')
      .innerJoin('family as f', 'f.id', 'p.family_id')
      .innerJoin('trajectory as t', 't.family_id', 'p.family_id')
      .select([
        'p.given_name',
        'p.family_name',
        sql<string>`p.birth_date::text`.as('birth_date'),
        'f.postcode',
        't.family_id',
        't.regisseur_id',
        't.team_id',
      ])
      .where('t.status', '<>', 'closed')
      .where('f.postcode', 'is not', null)
      .where(sql<boolean>`p.birth_date = ANY(${part}::date[])`)
      .execute();
    for (const r of rows) found.set(nameKey(r.given_name, r.family_name, r.birth_date, r.postcode ?? ''), r);
  }
  return found;
}

async function teamsByNeighbourhood(trx: Tx, codes: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (codes.length === 0) return found;
  const rows = await trx
    .selectFrom('team_neighbourhood as tn')
    .innerJoin('team as t', 't.id', 'tn.team_id')
    .select(['tn.neighbourhood_code', 't.id'])
    .where('t.type', '<>', 'multi_expertise_team')
    .where('tn.neighbourhood_code', 'in', codes)
    .orderBy('t.name')
    .execute();
  for (const r of rows) if (!found.has(r.neighbourhood_code)) found.set(r.neighbourhood_code, r.id);
  return found;
}

async function teamsByMunicipality(trx: Tx, codes: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (codes.length === 0) return found;
  const rows = await trx
    .selectFrom('team')
    .select(['municipality_code', 'id'])
    .where('type', '<>', 'multi_expertise_team')
    .where('municipality_code', 'in', codes)
    .orderBy('name')
    .execute();
  for (const r of rows) if (!found.has(r.municipality_code)) found.set(r.municipality_code, r.id);
  return found;
}

/** One route per query (undefined when no team serves the address). */
export async function routeSignals(trx: Tx, queries: readonly RouteQuery[]): Promise<Array<Route | undefined>> {
  const hashes = [...new Set(queries.flatMap((q) => (q.bsnHash ? [q.bsnHash] : [])))];
  const births = [...new Set(queries.flatMap((q) => (!q.bsnHash && q.birthDate ? [q.birthDate] : [])))];
  const [bsnMatches, nameMatches, hoodTeams, municipalityTeams] = [
    await byBsnHash(trx, hashes),
    await byNameAndBirth(trx, births),
    await teamsByNeighbourhood(trx, [
      ...new Set(queries.flatMap((q) => (q.address.neighbourhoodCode ? [q.address.neighbourhoodCode] : []))),
    ]),
    await teamsByMunicipality(trx, [...new Set(queries.map((q) => q.address.municipalityCode))]),
  ];
  return queries.map((q) => {
    const known = q.bsnHash
      ? bsnMatches.get(q.bsnHash)
      : q.givenName && q.familyName && q.birthDate
        ? nameMatches.get(nameKey(q.givenName, q.familyName, q.birthDate, q.address.postcode))
        : undefined;
    if (known)
      return {
        routedTo: 'regisseur',
        regisseurId: known.regisseur_id,
        teamId: known.team_id,
        familyId: known.family_id,
      };
    const teamId =
      (q.address.neighbourhoodCode ? hoodTeams.get(q.address.neighbourhoodCode) : undefined) ??
      municipalityTeams.get(q.address.municipalityCode);
    return teamId ? { routedTo: 'team', teamId, familyId: null, regisseurId: null } : undefined;
  });
}
