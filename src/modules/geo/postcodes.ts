// Postcode areas: where an address lies (municipality, neighbourhood) and how far two addresses are
// apart. Reference data only; the addresses they are used for stay in their own modules.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/** "8011 ab" → "8011AB"; undefined when it is not a Dutch postcode. */
export function normalisePostcode(raw: string): string | undefined {
  const m = POSTCODE.exec(raw.trim());
  return m ? `${m[1]}${m[2]!.toUpperCase()}` : undefined;
}

export interface PostcodeArea {
  postcode: string;
  municipalityCode: string;
  neighbourhoodCode: string | null;
  latitude: number;
  longitude: number;
}

export async function lookupPostcode(db: Kysely<DB>, raw: string): Promise<PostcodeArea | undefined> {
  const postcode = normalisePostcode(raw);
  if (!postcode) return undefined;
  const row = await db
    .selectFrom('postcode_area')
    .select(['postcode', 'municipality_code', 'neighbourhood_code', 'latitude', 'longitude'])
    .where('postcode', '=', postcode)
    .executeTakeFirst();
  return (
    row && {
      postcode: row.postcode,
      municipalityCode: row.municipality_code,
      neighbourhoodCode: row.neighbourhood_code,
      latitude: row.latitude,
      longitude: row.longitude,
    }
  );
}

const EARTH_RADIUS_KM = 6371.0088;
const radians = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance (haversine) in kilometres: at neighbourhood scale within metres of the truth. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
