// The postcode import on small synthetic files in both formats: RD New → WGS84, municipality and
// neighbourhood codes, unknown municipalities and bad rows skipped and counted.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.js';
import { createTestDatabase } from '../../test-support/database.js';
import { ensureGeography } from '../../test-support/factories.js';
import { importPostcodes, rdToWgs84 } from './import-postcodes.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
  await ensureGeography(db.kysely);
});
afterAll(async () => {
  await db.close();
});
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('postcode import', () => {
  it('converts RD New to WGS84 (Amersfoort, the Dam)', () => {
    const amersfoort = rdToWgs84(155000, 463000);
    expect(amersfoort.latitude).toBeCloseTo(52.1552, 3);
    expect(amersfoort.longitude).toBeCloseTo(5.3872, 3);
    const dam = rdToWgs84(121000, 487500);
    expect(dam.latitude).toBeCloseTo(52.3743, 3);
    expect(dam.longitude).toBeCloseTo(4.8879, 3);
  });

  it('loads PDOK centroids, then CBS neighbourhoods by the most common one per postcode', async () => {
    const k = db.kysely;
    const pdok = await importPostcodes(k, fixture('pdok-pc6-centroids.csv'), 'pdok');
    expect(pdok).toMatchObject({
      read: 5,
      inserted: 3,
      updated: 0,
      skipped: { unknown_municipality: 1, bad_coordinates: 1 },
    });
    const zwolle = await k
      .selectFrom('postcode_area')
      .selectAll()
      .where('postcode', '=', '8011AB')
      .executeTakeFirstOrThrow();
    expect(zwolle).toMatchObject({ municipality_code: '0193', neighbourhood_code: 'BU01930000', source: 'pdok' });
    expect(zwolle.latitude).toBeCloseTo(52.508, 2);
    expect(zwolle.longitude).toBeCloseTo(6.094, 2);
    expect(
      (
        await k
          .selectFrom('postcode_area')
          .select('neighbourhood_code')
          .where('postcode', '=', '8019ZZ')
          .executeTakeFirstOrThrow()
      ).neighbourhood_code,
    ).toBeNull();

    const cbs = await importPostcodes(k, fixture('cbs-postcode-huisnummer-buurt.csv'), 'cbs');
    expect(cbs).toMatchObject({ read: 6, updated: 3, skipped: { unknown_municipality: 1 } });
    const rows = await k
      .selectFrom('postcode_area')
      .select(['postcode', 'neighbourhood_code', 'source'])
      .orderBy('postcode')
      .execute();
    expect(rows).toEqual([
      { postcode: '8011AB', neighbourhood_code: 'BU01930000', source: 'cbs' },
      { postcode: '8019ZZ', neighbourhood_code: 'BU01930000', source: 'cbs' },
      { postcode: '8261XY', neighbourhood_code: 'BU01660000', source: 'cbs' },
    ]);
    // Loading the same centroids again updates instead of duplicating.
    expect(await importPostcodes(k, fixture('pdok-pc6-centroids.csv'), 'pdok')).toMatchObject({
      inserted: 0,
      updated: 3,
    });
  });
});
