// The code lists are data: parsed from the project's copy of the official Markdown lists and present in
// every fresh database (loaded after the migrations, also into the test template).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test-support/database.js';
import type { Database } from '../../../platform/db/connect.js';
import { codeRows, CODE_LISTS, markdownTables, readCodeLists, splitRow } from './code-lists.js';
import { expectedCostOf } from './cost.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const codes = async (list: string) =>
  (await db.kysely.selectFrom('ijw_code').select('code').where('list', '=', list).orderBy('code').execute()).map(
    (r) => r.code,
  );

describe('Markdown table parser', () => {
  it('splits rows, keeps escaped pipes, finds tables after a separator row only', () => {
    expect(splitRow('| 01 | Minuut \\| min |')).toEqual(['01', 'Minuut | min']);
    const text = '# T\n| Code | Betekenis |\n|---|---|\n| 1 | Een |\n| 2 | Twee |\n\nno table\n| a | b |\n';
    expect(markdownTables(text)).toEqual([
      {
        header: ['Code', 'Betekenis'],
        rows: [
          ['1', 'Een'],
          ['2', 'Twee'],
        ],
      },
    ]);
  });
  it('reads validity dates (dd-mm-yyyy) when the table has them, and ignores metadata tables', () => {
    const text =
      '| Eigenschap | Waarde |\n|---|---|\n| ID | JZ588 |\n\n| Code | Omschrijving | Ingangsdatum |\n| ---- | --- | --- |\n| 38 | Overstap | 01-04-2022 |\n';
    expect(codeRows(text)).toEqual([{ code: '38', label: 'Overstap', validFrom: '2022-04-01', validTo: null }]);
  });
});

describe('code lists in the database', () => {
  it('has every list Keukentafel keeps', async () => {
    const lists = await db.kysely.selectFrom('ijw_code').select('list').distinct().execute();
    expect(lists.map((l) => l.list).sort()).toEqual([...CODE_LISTS].sort());
    expect(readCodeLists().get('WJ001')?.length).toBeGreaterThan(50);
  });
  it('JZ020 has 40–55 and the legacy 31–38, and no 58', async () => {
    const jz020 = await codes('JZ020');
    for (let c = 40; c <= 55; c++) expect(jz020).toContain(String(c));
    for (let c = 31; c <= 38; c++) expect(jz020).toContain(String(c));
    expect(jz020).not.toContain('58');
  });
  it('WJ756 units, WMO757 frequencies, WJ759 rejection reasons, COD327 referrers', async () => {
    expect(await codes('WJ756')).toEqual(['01', '04', '14', '16', '82', '83', '84']);
    expect(await codes('WMO757')).toEqual(['1', '2', '4', '6']);
    expect(await codes('WJ759')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(await codes('COD327')).toEqual(expect.arrayContaining(['01', '02', '03', '04', '05', '06', '08']));
    const jz588 = await db.kysely
      .selectFrom('ijw_code')
      .select(['label', sql<string>`valid_from::text`.as('valid_from')])
      .where('list', '=', 'JZ588')
      .where('code', '=', '38')
      .executeTakeFirstOrThrow();
    expect(jz588).toEqual({ label: 'Overstap naar andere aanbieder', valid_from: '2022-04-01' });
  });
});

describe('expected cost', () => {
  const tariffs = [
    { validFrom: '2026-01-01', validTo: '2026-12-31', tariffCents: 10_000 },
    { validFrom: '2027-01-01', validTo: null, tariffCents: 11_000 },
  ];
  it('prices each day at the tariff valid that day (tariffs change on 1 January)', () => {
    // 2 hours a week over 14 days in 2026: 4 hours × € 100.
    expect(expectedCostOf(tariffs, { volume: 2, frequency: '2', startsOn: '2026-03-02', endsOn: '2026-03-15' })).toBe(
      40_000,
    );
    // 1 per day from 31 Dec 2026 to 1 Jan 2027: € 100 + € 110.
    expect(expectedCostOf(tariffs, { volume: 1, frequency: '1', startsOn: '2026-12-31', endsOn: '2027-01-01' })).toBe(
      21_000,
    );
    // 10 in total over the period, half in each year's tariff by days.
    expect(expectedCostOf(tariffs, { volume: 10, frequency: '6', startsOn: '2026-12-31', endsOn: '2027-01-01' })).toBe(
      105_000,
    );
  });
});
