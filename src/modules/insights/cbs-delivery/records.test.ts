// The CBS record of neighbourhood-team help against a hand-made fixture: valid records in the CBS layout
// (help form 01, referrer 06, unknown BSN 999999999, end and outcomes only when ended in the half-year),
// and every record that cannot be delivered with each reason why.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { buildDelivery, CBS_COLUMNS, halfYear, type SourceRow } from './records.js';

const H2 = halfYear(2026, 2);
const base: SourceRow = {
  reference: 'G-0001',
  givenName: 'Sam',
  bsn: '999990019',
  birthDate: '2014-05-01',
  sex: '1',
  postcode: '8011AB',
  startedOn: '2026-03-10',
  closedOn: null,
  endingReason: null,
  satisfaction: null,
  satisfactionInformant: null,
  managingWithoutHelp: null,
};

describe('CBS delivery records', () => {
  it('builds valid records in the CBS layout', () => {
    const rows: SourceRow[] = [
      base,
      {
        ...base,
        reference: 'G-0002',
        bsn: null,
        startedOn: '2026-07-01',
        closedOn: '2026-12-31', // closed on the last day of the half-year: ended in it
        endingReason: '01',
        satisfaction: 8,
        satisfactionInformant: 'parent',
        managingWithoutHelp: '04',
      },
      { ...base, reference: 'G-0003', bsn: '999990020', closedOn: '2027-01-15', endingReason: '03' },
    ];
    const { records, refused } = buildDelivery(rows, H2);
    expect(refused).toEqual([]);
    expect(records[0]).toEqual({
      bsn: '999990019',
      geboortedatum: '20140501',
      geslacht: '1',
      postcode: '8011AB',
      verwijzer: '06',
      hulpvorm: '01',
      gestart_in_crisis: 'N',
      begindatum: '20260310',
      einddatum: '',
      reden_beeindiging: '',
      tevredenheid: '',
      informant_tevredenheid: '',
      zonder_hulp_verder: '',
    });
    expect(records[1]).toMatchObject({
      bsn: '999999999',
      einddatum: '20261231',
      reden_beeindiging: '01',
      tevredenheid: '8',
      informant_tevredenheid: '2',
      zonder_hulp_verder: '04',
    });
    // Ended after the half-year: still running in it, so no end yet.
    expect(records[2]).toMatchObject({ einddatum: '', reden_beeindiging: '' });
    const csv = stringify(records, { header: true, columns: [...CBS_COLUMNS], delimiter: ';' });
    expect(csv.split('\n')[0]).toBe(CBS_COLUMNS.join(';'));
    expect(csv.split('\n')[1]).toBe('999990019;20140501;1;8011AB;06;01;N;20260310;;;;;');
  });

  it('refuses what cannot be delivered, with every reason', () => {
    const rows: SourceRow[] = [
      { ...base, reference: 'A', bsn: '123456789' },
      { ...base, reference: 'B', birthDate: null, sex: null },
      { ...base, reference: 'C', postcode: null, startedOn: null },
      { ...base, reference: 'D', birthDate: '2000-01-01' },
      { ...base, reference: 'E', birthDate: '2026-04-01' },
      { ...base, reference: 'F', closedOn: '2026-02-01', endingReason: '01' },
      { ...base, reference: 'G', closedOn: '2026-09-01' },
      { ...base, reference: 'H' }, // same BSN, start and help form as the first valid one
      { ...base, reference: 'I', givenName: 'Noor', bsn: null },
      { ...base, reference: 'J', givenName: 'Lot', bsn: null }, // unknown BSNs do not collide
    ];
    const { records, refused } = buildDelivery([base, ...rows], H2);
    expect(records).toHaveLength(3);
    expect(Object.fromEntries(refused.map((r) => [r.reference, r.problems]))).toEqual({
      A: ['bsn_invalid'],
      B: ['birth_date_missing', 'sex_missing'],
      C: ['postcode_missing', 'start_missing'],
      D: ['not_a_youth'],
      E: ['born_after_start'],
      F: ['end_before_start'],
      G: ['ending_reason_missing'],
      H: ['duplicate_key'],
    });
  });
});
