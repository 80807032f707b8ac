// Loads the official open postcode data into postcode_area (docs/operations.md has the columns):
//  - 'pdok': PC6 centroids in RD New (EPSG:28992) metres → WGS84 with proj4; with a municipality
//    code a new postcode is added, without one only an existing row gets its centroid.
//  - 'cbs': CBS "postcode-huisnummer-buurt" (one row per house number) → per PC6 the most common
//    neighbourhood and its municipality; only postcodes that already have a centroid are updated.
// So load pdok first, then cbs. Rows outside the known municipalities are skipped and counted.
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import proj4 from 'proj4';
import type { DB } from '../../platform/db/schema.js';
import { normalisePostcode } from './postcodes.js';

const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel ' +
  '+towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

export type PostcodeFormat = 'cbs' | 'pdok';
export interface ImportResult {
  read: number;
  inserted: number;
  updated: number;
  skipped: Record<string, number>;
}

/** RD New (x, y in metres) → WGS84 latitude/longitude. */
export function rdToWgs84(x: number, y: number): { latitude: number; longitude: number } {
  const out: number[] = proj4(RD_NEW, 'WGS84', [x, y]);
  const [longitude = Number.NaN, latitude = Number.NaN] = out;
  return { latitude, longitude };
}

const digits = (raw: string | undefined, n: number) => {
  const d = (raw ?? '').replace(/^(GM|WK|BU)/i, '').trim();
  return /^[0-9]+$/.test(d) && d.length <= n ? d.padStart(n, '0') : undefined;
};

function rows(text: string): Array<Record<string, string>> {
  const delimiter = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
  return parse(text, {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    delimiter,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    relax_column_count: true,
  });
}
/** The first column whose name starts with one of the prefixes (CBS puts the year in the name: Buurt2023). */
const column = (row: Record<string, string>, ...prefixes: string[]) => {
  const key = Object.keys(row).find((k) => prefixes.some((p) => k.startsWith(p)));
  return key ? row[key] : undefined;
};

export async function importPostcodes(db: Kysely<DB>, text: string, format: PostcodeFormat): Promise<ImportResult> {
  const result: ImportResult = { read: 0, inserted: 0, updated: 0, skipped: {} };
  const skip = (why: string) => {
    result.skipped[why] = (result.skipped[why] ?? 0) + 1;
  };
  const municipalities = new Set((await db.selectFrom('municipality').select('code').execute()).map((m) => m.code));
  const neighbourhoods = new Set((await db.selectFrom('neighbourhood').select('code').execute()).map((n) => n.code));
  const existing = new Map(
    (await db.selectFrom('postcode_area').select(['postcode', 'municipality_code']).execute()).map((p) => [
      p.postcode,
      p.municipality_code,
    ]),
  );
  const parsed = rows(text);
  result.read = parsed.length;
  await db.transaction().execute(async (trx) => {
    if (format === 'pdok') {
      for (const row of parsed) {
        const postcode = normalisePostcode(column(row, 'postcode', 'pc6') ?? '');
        const x = Number(column(row, 'x')?.replace(',', '.'));
        const y = Number(column(row, 'y')?.replace(',', '.'));
        if (!postcode) {
          skip('bad_postcode');
          continue;
        }
        if (!Number.isFinite(x) || !Number.isFinite(y)) {
          skip('bad_coordinates');
          continue;
        }
        const { latitude, longitude } = rdToWgs84(x, y);
        if (latitude < 50.6 || latitude > 53.7 || longitude < 3.2 || longitude > 7.3) {
          skip('outside_netherlands');
          continue;
        }
        const gm = digits(column(row, 'gemeentecode', 'gemeente'), 4);
        const bu = digits(column(row, 'buurtcode', 'buurt'), 8);
        const neighbourhood = bu && neighbourhoods.has(`BU${bu}`) ? `BU${bu}` : null;
        if (existing.has(postcode)) {
          const municipality = gm && municipalities.has(gm) ? gm : (existing.get(postcode) ?? '');
          await trx
            .updateTable('postcode_area')
            .set({
              latitude,
              longitude,
              municipality_code: municipality,
              ...(neighbourhood ? { neighbourhood_code: neighbourhood } : {}),
              source: 'pdok',
            })
            .where('postcode', '=', postcode)
            .execute();
          result.updated += 1;
        } else if (!gm || !municipalities.has(gm)) {
          skip('unknown_municipality');
        } else {
          await trx
            .insertInto('postcode_area')
            .values({
              postcode,
              municipality_code: gm,
              neighbourhood_code: neighbourhood,
              latitude,
              longitude,
              source: 'pdok',
            })
            .execute();
          existing.set(postcode, gm);
          result.inserted += 1;
        }
      }
      return;
    }
    // cbs: one row per address; the neighbourhood most addresses of a PC6 lie in wins.
    const votes = new Map<string, Map<string, number>>();
    for (const row of parsed) {
      const postcode = normalisePostcode(column(row, 'pc6', 'postcode') ?? '');
      const bu = digits(column(row, 'buurt'), 8);
      const gm = digits(column(row, 'gemeente'), 4);
      if (!postcode || !bu || !gm) {
        skip('bad_row');
        continue;
      }
      const key = `${gm}|${bu}`;
      const v = votes.get(postcode) ?? new Map<string, number>();
      v.set(key, (v.get(key) ?? 0) + 1);
      votes.set(postcode, v);
    }
    for (const [postcode, v] of votes) {
      const [best] = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const [gm = '', bu = ''] = (best?.[0] ?? '').split('|');
      if (!municipalities.has(gm)) {
        skip('unknown_municipality');
        continue;
      }
      if (!existing.has(postcode)) {
        skip('no_centroid_yet');
        continue;
      }
      await trx
        .updateTable('postcode_area')
        .set({
          municipality_code: gm,
          neighbourhood_code: neighbourhoods.has(`BU${bu}`) ? `BU${bu}` : null,
          source: 'cbs',
        })
        .where('postcode', '=', postcode)
        .execute();
      result.updated += 1;
    }
  });
  return result;
}
