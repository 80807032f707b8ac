// A coordinator's area: the municipalities whose requests and support families they work with.
// Set by an administrator in coordinator_area (single municipalities and/or whole regions); a
// coordinator without rows works for the municipality of their home organisation (a welfare
// organisation usually serves one municipality). Regional home organisations without a
// municipality and no rows: no area, so nothing to see until an administrator sets one.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';

export async function coordinatorMunicipalities(db: Kysely<DB> | Tx, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('coordinator_area as a')
    .leftJoin('municipality as m', (j) => j.onRef('m.region_code', '=', 'a.region_code'))
    .select(['a.municipality_code', 'm.code as region_municipality'])
    .where('a.user_id', '=', userId)
    .execute();
  if (rows.length > 0) {
    const codes = new Set<string>();
    for (const r of rows) {
      if (r.municipality_code) codes.add(r.municipality_code);
      if (r.region_municipality) codes.add(r.region_municipality);
    }
    return [...codes].sort();
  }
  const home = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .select('o.municipality_code')
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return home?.municipality_code ? [home.municipality_code] : [];
}

/**
 * The same area as coordinatorMunicipalities, as a subquery of municipality codes, so a list can
 * be scoped to it inside its own statement.
 */
export function areaMunicipalitiesSql(userId: string): RawBuilder<string> {
  return sql<string>`(SELECT a.municipality_code FROM coordinator_area a
      WHERE a.user_id = ${userId} AND a.municipality_code IS NOT NULL
    UNION SELECT am.code FROM coordinator_area a JOIN municipality am ON am.region_code = a.region_code
      WHERE a.user_id = ${userId}
    UNION SELECT o.municipality_code FROM app_user u JOIN organisation o ON o.id = u.home_organisation_id
      WHERE u.id = ${userId} AND o.municipality_code IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM coordinator_area x WHERE x.user_id = ${userId}))`;
}

export async function coordinatorAreaRows(db: Kysely<DB> | Tx, userId: string) {
  const rows = await db
    .selectFrom('coordinator_area')
    .select(['municipality_code', 'region_code'])
    .where('user_id', '=', userId)
    .execute();
  return {
    municipalities: rows.flatMap((r) => (r.municipality_code ? [r.municipality_code] : [])).sort(),
    regions: rows.flatMap((r) => (r.region_code ? [r.region_code] : [])).sort(),
  };
}

export { setCoordinatorArea } from '../../../platform/access/coordinator-area.js';

/**
 * Whether the coordinator works for at least one whole region. Such a regional coordinator owns the
 * shared configuration of Buurtgezinnen (VOG validity, check-in days, the list of support kinds):
 * it is one row for the installation, so a coordinator of a single municipality must not change it
 * for everybody else.
 */
export async function hasRegionWideArea(db: Kysely<DB> | Tx, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('coordinator_area')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('region_code', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}
