// Text that looks like personal data is refused: BSNs (elfproef), e-mail addresses, phone numbers,
// a date of birth next to a name. Text about the work passes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../platform/bsn.js';
import { ValidationError } from '../../platform/errors.js';
import { findPersonalData, refusePersonalData } from './personal-data.js';

/** Nine digits passing the elfproef, built from eight random ones. */
const bsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const sum = d.reduce((acc, x, i) => acc + x * (9 - i), 0);
    return { digits: d, last: sum % 11 };
  })
  .filter(({ last }) => last < 10)
  .map(({ digits, last }) => `${digits.join('')}${last}`)
  .filter(isValidBsn);
const words = fc.array(
  fc.constantFrom('het', 'team', 'gesprek', 'liep', 'goed', 'de', 'school', 'wachtlijst', 'budget', 'overleg'),
  {
    maxLength: 12,
  },
);

describe('findPersonalData', () => {
  it.each([
    ['BSN 111222333 van het kind', 'bsn'],
    ['bsn: 1112.22.333', 'bsn'],
    ['mail naar ouder@example.nl graag', 'email'],
    ['bel 06-12345678 na vijven', 'phone'],
    ['bel +31 6 1234 5678', 'phone'],
    ['vast nummer 038 123 4567', 'phone'],
    ['Sem de Vries, 12-03-2015, woont bij oma', 'birth_date'],
    ['geboren op 3 maart 2016', 'birth_date'],
    ['Fatima (2014-05-01) gaat naar school', 'birth_date'],
  ])('%s → %s', (text, kind) => {
    expect(findPersonalData(text)).toBe(kind);
  });

  it.each([
    'Het spreekuur op school werkt goed.',
    'Op 12-03-2026 bespraken we dit in het team.',
    'Sinds 2024 hebben we 120 steungezinnen; 35% van de vragen komt via de huisarts.',
    'Zwolle, 01-06-2026: evaluatie van het sociaal team.',
    'Het nummer 123456789 is geen BSN (elfproef klopt niet).',
  ])('lets work text pass: %s', (text) => {
    expect(findPersonalData(text)).toBeNull();
  });

  it('refuses every elfproef-valid BSN, whatever surrounds it, also with dots', () => {
    fc.assert(
      fc.property(words, bsn, words, fc.boolean(), (before, b, after, dotted) => {
        const written = dotted ? `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}` : b;
        expect(findPersonalData(`${before.join(' ')} ${written} ${after.join(' ')}`)).toBe('bsn');
      }),
      { numRuns: 50 },
    );
  });

  it('refuses any e-mail address and lets plain lower-case words pass', () => {
    fc.assert(
      fc.property(words, fc.emailAddress(), (before, mail) => {
        expect(findPersonalData(before.join(' '))).toBeNull();
        expect(findPersonalData(`${before.join(' ')} ${mail}`)).not.toBeNull();
      }),
      { numRuns: 50 },
    );
  });
});

describe('refusePersonalData', () => {
  it('names each field that looks like personal data, and only those', () => {
    let error: unknown;
    try {
      refusePersonalData({ title: 'Goed gesprek', body: 'BSN 111222333', 'actions.1.description': 'bel 0612345678' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const e = error as ValidationError;
    expect(e.code).toBe('personal_data_refused');
    expect(e.options.errors?.map((f) => [f.path, f.kind])).toEqual([
      ['body', 'personal_data_bsn'],
      ['actions.1.description', 'personal_data_phone'],
    ]);
  });
});
