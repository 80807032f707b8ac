// The pure parts of the CSV import: decoding, the separator, headers in Dutch or English, Dutch
// dates and amounts, and one row to a signal or its reasons.
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter } from './csv-import.js';
import { euroCents, mapHeader, rowToSignal } from './csv-rows.js';

describe('CSV decoding and separators', () => {
  it('reads UTF-8 with and without BOM, falls back to Windows-1252, refuses UTF-16', () => {
    expect(decodeCsv(Buffer.from('\ufeffcafé', 'utf8'))).toEqual({ text: 'café', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from([0x80, 0x20, 0x35, 0x3b, 0xe9]))).toEqual({ text: '€ 5;é', encoding: 'windows-1252' });
    expect(() => decodeCsv(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toThrow();
  });
  it('picks the separator of the header line, ignoring those inside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2;3;4')).toBe(';');
    expect(detectDelimiter('\n\n"x;y",b,c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('postcode')).toBe(';');
  });
});

describe('CSV rows', () => {
  it('maps Dutch and English headers, case and punctuation ignored, and says what is missing', () => {
    expect(mapHeader(['BSN', 'Achterstand_sinds', 'Post code', 'Huis-nummer']).columns).toEqual({
      bsn: 0,
      arrearsSince: 1,
      postcode: 2,
      houseNumber: 3,
    });
    expect(mapHeader(['bsn', 'naam']).missing).toEqual(['postcode', 'houseNumber']);
  });
  it('reads amounts as Dutch and English partners write them', () => {
    expect(euroCents('1.245,50')).toBe(124550);
    expect(euroCents('€ 980,5')).toBe(98050);
    expect(euroCents('1,245.50')).toBe(124550);
    expect(euroCents('1150')).toBe(115000);
    expect(euroCents('veel')).toBeNaN();
  });
  it("turns a row into a signal, with the organisation's only category as default and Dutch dates", () => {
    const { columns } = mapHeader([
      'bsn',
      'postcode',
      'huisnummer',
      'bedrag',
      'achterstand_sinds',
      'signaaldatum',
      'urgentie',
    ]);
    const row = rowToSignal(
      ['999999990', '8011 ab', '12A', '1.000,00', '1-8-2026', '02-11-2026', 'Spoed'],
      columns,
      'rent_arrears',
    );
    expect(row).toEqual({
      ok: true,
      signal: expect.objectContaining({
        category: 'rent_arrears',
        urgency: 'urgent',
        amountCents: 100000,
        arrearsSince: '2026-08-01',
        signalDate: '2026-11-02',
        houseNumber: '12A',
      }),
    });
  });
  it('gives reasons, one per field', () => {
    const { columns } = mapHeader(['bsn', 'postcode', 'huisnummer', 'categorie']);
    const row = rowToSignal(['123456789', '', '1', 'huurachterstand'], columns, undefined);
    expect(row.ok).toBe(false);
    if (!row.ok)
      expect(row.errors).toEqual([
        { path: 'bsn', message: 'invalid_bsn' },
        { path: 'postcode', message: 'required' },
      ]);
    // The cross-field rules (arrears need an amount) speak once the fields themselves are right.
    const next = rowToSignal(['999999990', '8011AB', '1', 'huurachterstand'], columns, undefined);
    if (!next.ok)
      expect(next.errors).toEqual([
        { path: 'amountCents', message: 'amount_required' },
        { path: 'arrearsSince', message: 'arrears_since_required' },
      ]);
    expect(next.ok).toBe(false);
  });
});
