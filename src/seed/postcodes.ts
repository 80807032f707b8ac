// Synthetic postcode areas for the demo region: every demo neighbourhood gets a handful of
// six-character postcodes with a centroid near its municipality's real centre, so routing by
// address and distances between families look true on first start. Real CBS/PDOK data replaces
// them through the import command (docs/operations.md).
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';
import type { SeededRandom } from './random.js';

/** Approximate centres and the first postcode digits of the ten municipalities (public facts). */
const CENTRES: Record<string, { latitude: number; longitude: number; postcodeBase: number }> = {
  '0193': { latitude: 52.5125, longitude: 6.0944, postcodeBase: 8011 }, // Zwolle
  '0166': { latitude: 52.555, longitude: 5.911, postcodeBase: 8261 }, // Kampen
  '1896': { latitude: 52.591, longitude: 6.09, postcodeBase: 8061 }, // Zwartewaterland (Hasselt)
  '1708': { latitude: 52.787, longitude: 6.12, postcodeBase: 8331 }, // Steenwijkerland (Steenwijk)
  '0180': { latitude: 52.645, longitude: 6.21, postcodeBase: 7951 }, // Staphorst
  '0160': { latitude: 52.575, longitude: 6.62, postcodeBase: 7771 }, // Hardenberg
  '0175': { latitude: 52.52, longitude: 6.42, postcodeBase: 7731 }, // Ommen
  '0148': { latitude: 52.51, longitude: 6.26, postcodeBase: 7721 }, // Dalfsen
  '0177': { latitude: 52.39, longitude: 6.28, postcodeBase: 8101 }, // Raalte
  '1773': { latitude: 52.39, longitude: 6.13, postcodeBase: 8121 }, // Olst-Wijhe
};

const LETTERS = ['AB', 'BC', 'CD', 'EG', 'GH', 'JK', 'KL', 'MN', 'NP', 'RS', 'ST', 'VW'] as const;
export const POSTCODES_PER_NEIGHBOURHOOD = 8;

/** Inserts the demo postcode areas; returns the postcodes of each neighbourhood. */
export async function seedDemoPostcodes(trx: Kysely<DB>, rng: SeededRandom): Promise<Map<string, string[]>> {
  const hoods = await trx.selectFrom('neighbourhood').select(['code', 'municipality_code']).orderBy('code').execute();
  const byNeighbourhood = new Map<string, string[]>();
  const rows: Array<{
    postcode: string;
    municipality_code: string;
    neighbourhood_code: string;
    latitude: number;
    longitude: number;
    source: 'demo';
  }> = [];
  const indexInMunicipality = new Map<string, number>();
  for (const hood of hoods) {
    const centre = CENTRES[hood.municipality_code];
    if (!centre) continue;
    const k = indexInMunicipality.get(hood.municipality_code) ?? 0;
    indexInMunicipality.set(hood.municipality_code, k + 1);
    // Neighbourhoods on a spiral around the centre, ~0.8 km apart: near enough to feel like one town.
    const angle = k * 2.4;
    const radiusKm = 0.6 + 0.45 * k;
    const hoodLat = centre.latitude + (radiusKm * Math.sin(angle)) / 111.2;
    const hoodLon =
      centre.longitude + (radiusKm * Math.cos(angle)) / (111.2 * Math.cos((centre.latitude * Math.PI) / 180));
    const digits = centre.postcodeBase + k;
    const codes: string[] = [];
    for (let p = 0; p < POSTCODES_PER_NEIGHBOURHOOD; p++) {
      const postcode = `${digits}${LETTERS[p % LETTERS.length]}`;
      codes.push(postcode);
      rows.push({
        postcode,
        municipality_code: hood.municipality_code,
        neighbourhood_code: hood.code,
        source: 'demo',
        latitude: hoodLat + (rng.next() - 0.5) * 0.006,
        longitude: hoodLon + (rng.next() - 0.5) * 0.009,
      });
    }
    byNeighbourhood.set(hood.code, codes);
  }
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('postcode_area')
      .values(rows.slice(i, i + 500))
      .execute();
  return byNeighbourhood;
}
