// CSV upload: separators, quotes, BOM, empty lines, Windows-1252, refused lines by number and
// reason, idempotent re-upload, and a 50,000-row list in one go.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import {
  buildSignaller,
  bsnSequence,
  buildSignalWorld,
  csvHeaders,
  ensurePostcodes,
  testBsn,
  type SignalWorld,
} from '../../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
let housing: Session;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  housing = await login(t.app, w.housing.user.username);
});
afterAll(async () => {
  await t.close();
});

interface Report {
  id: string;
  encoding: string;
  delimiter: string;
  rowsTotal: number;
  rowsAccepted: number;
  rowsDuplicate: number;
  rowsRejected: number;
  rejections: Array<{ line: number; field: string | null; reason: string }>;
}
async function upload(s: Session, body: string | Buffer, fileName = 'lijst.csv') {
  return t.app.inject({ method: 'POST', url: '/api/signals/uploads', headers: csvHeaders(s, fileName), payload: body });
}
async function uploadOk(s: Session, body: string | Buffer): Promise<Report> {
  const res = await upload(s, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Report>();
}
const count = async () =>
  Number(
    (
      await t.db.kysely
        .selectFrom('signal')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('CSV upload', () => {
  it('reads the example arrears list: valid rows in, refused rows by line number and reason', async () => {
    const db = t.db.kysely;
    // The example uses demo-region postcodes; make those that should be valid exist here.
    await db
      .insertInto('team')
      .values({ name: 'CJG Kampen', type: 'cjg', organisation_id: w.housing.organisationId, municipality_code: '0166' })
      .execute();
    await db
      .insertInto('postcode_area')
      .values(
        ['8011BC', '8012AB', '8121AB', '8101BC', '8011EG', '8011GH', '8013AB'].map((postcode) => ({
          postcode,
          municipality_code: '0193',
          neighbourhood_code: 'BU01930000',
          latitude: 52.5,
          longitude: 6.1,
          source: 'demo' as const,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    const file = readFileSync(new URL('../../../examples/huurachterstand-voorbeeld.csv', import.meta.url));
    const report = await uploadOk(housing, file);
    expect(report, JSON.stringify(report.rejections)).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      rowsTotal: 11,
      rowsAccepted: 6,
      rowsDuplicate: 0,
      rowsRejected: 5,
    });
    expect(report.rejections).toEqual([
      { line: 6, field: 'bsn', reason: 'invalid_bsn' },
      { line: 8, field: 'postcode', reason: 'postcode_unknown' },
      { line: 9, field: 'houseNumber', reason: 'required' },
      { line: 10, field: 'arrearsSince', reason: 'arrears_too_recent' },
      { line: 11, field: 'amountCents', reason: 'invalid_amount' },
    ]);
    const lines = await db
      .selectFrom('signal')
      .select(['batch_line', 'amount_cents', 'note', 'category'])
      .where('batch_id', '=', report.id)
      .orderBy('batch_line')
      .execute();
    expect(lines.map((l) => l.batch_line)).toEqual([2, 3, 4, 5, 12, 13]);
    expect(lines[0]).toMatchObject({ amount_cents: 124500, category: 'rent_arrears' });
    expect(lines[2]?.note).toBe('Drie maanden; vonnis dreigt');

    // The same file again: nothing new, every valid row a duplicate, the report still lists the refused lines.
    const before = await count();
    const again = await uploadOk(housing, file);
    expect(again).toMatchObject({ rowsAccepted: 0, rowsDuplicate: 6, rowsRejected: 5 });
    expect(await count()).toBe(before);
    const fetched = await t.app.inject({
      method: 'GET',
      url: `/api/signals/uploads/${again.id}`,
      headers: housing.headers,
    });
    expect(fetched.json<Report>().rejections).toHaveLength(5);
  });

  it('takes commas, quotes with embedded separators and newlines, CRLF, empty lines and English headers', async () => {
    const csv = [
      'BSN,Given name,Family name,Birth date,Postcode,House number,Amount,Arrears since,Signal date,Note',
      `${testBsn(1000)},Anouk,Jansen,1980-01-01,8011AC,1,"1,250.00",2026-06-01,2026-09-01,"Says ""call me"", please"`,
      '',
      `${testBsn(1010)},Bram,Kok,1981-02-02,8011AD,2,300,2026-06-01,2026-09-01,"two`,
      `lines"`,
      ',,,,,,,,,',
    ].join('\r\n');
    const report = await uploadOk(housing, csv);
    expect(report).toMatchObject({ delimiter: ',', rowsTotal: 2, rowsAccepted: 2, rowsRejected: 0 });
    const notes = await t.db.kysely
      .selectFrom('signal')
      .select(['note', 'amount_cents'])
      .where('batch_id', '=', report.id)
      .orderBy('batch_line')
      .execute();
    expect(notes).toEqual([
      { note: 'Says "call me", please', amount_cents: 125000 },
      { note: 'two\r\nlines', amount_cents: 30000 },
    ]);
  });

  it('decodes Windows-1252 (é, ë, €) and UTF-8 with a BOM alike', async () => {
    const text = `voornaam;achternaam;geboortedatum;postcode;huisnummer;bedrag;achterstand_sinds;signaaldatum;toelichting\nRené;Loë;1970-05-05;8011AE;4;€ 800,00;2026-05-01;2026-09-01;café\n`;
    const latin = Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
    const r1 = await uploadOk(housing, latin);
    expect(r1, JSON.stringify(r1.rejections)).toMatchObject({ encoding: 'windows-1252', rowsAccepted: 1 });
    const row = await t.db.kysely
      .selectFrom('signal')
      .select(['given_name', 'family_name', 'note', 'amount_cents'])
      .where('batch_id', '=', r1.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ given_name: 'René', family_name: 'Loë', note: 'café', amount_cents: 80000 });
    const r2 = await uploadOk(housing, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(r2).toMatchObject({ encoding: 'utf-8', rowsAccepted: 0, rowsDuplicate: 1 });
  });

  it('refuses files it cannot read as a whole, and stores nothing', async () => {
    const before = await count();
    const batches = Number(
      (
        await t.db.kysely
          .selectFrom('signal_batch')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    for (const [body, code] of [
      ['', 'invalid_input'],
      ['naam;adres\nx;y\n', 'csv_header_missing'],
      [`postcode;huisnummer;bsn\n8011AB;1;"${testBsn(5)}\n`, 'csv_malformed'],
      [Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'csv_unsupported_encoding'],
    ] as Array<[string | Buffer, string]>) {
      const res = await upload(housing, body);
      expect(res.statusCode, `${code}: ${res.body}`).toBe(400);
      if (code !== 'invalid_input') expect(res.json<{ code: string }>().code).toBe(code);
    }
    expect(await count()).toBe(before);
    expect(
      Number(
        (
          await t.db.kysely
            .selectFrom('signal_batch')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(batches);
  });

  it('is only for signallers', async () => {
    const pro = await login(t.app, w.member.username);
    expect((await upload(pro, 'postcode;huisnummer\n8011AB;1\n')).statusCode).toBe(403);
  });

  it('takes a 50,000-row monthly list in one transaction, and a re-upload adds nothing', async () => {
    await ensurePostcodes(t.db.kysely);
    const corp = await buildSignaller(t.db.kysely, 'housing_corporation');
    const s = await login(t.app, corp.user.username);
    const bsns = bsnSequence(50_000, 100_000);
    const letters = 'ABCDEFGH';
    const lines = ['bsn;postcode;huisnummer;bedrag;achterstand_sinds;signaaldatum'];
    bsns.forEach((bsn, i) =>
      lines.push(
        `${bsn};8011A${letters[i % 8]};${(i % 300) + 1};${(500 + (i % 900)).toFixed(2).replace('.', ',')};2026-07-01;2026-10-01`,
      ),
    );
    const file = lines.join('\n');
    const started = Date.now();
    const report = await uploadOk(s, file);
    const seconds = (Date.now() - started) / 1000;
    expect(report).toMatchObject({ rowsTotal: 50_000, rowsAccepted: 50_000, rowsRejected: 0 });
    console.log(`50,000-row CSV: ${seconds.toFixed(1)} s (${Math.round(50_000 / seconds)} rows/s)`);
    const again = await uploadOk(s, file);
    expect(again).toMatchObject({ rowsAccepted: 0, rowsDuplicate: 50_000 });
  }, 300_000);
});
