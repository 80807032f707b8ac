// The shared formatters: Dutch conventions in Dutch (decimal comma, thousands dot, "5 dec 2026"),
// British ones in English.
import { describe, expect, it } from 'vitest';
import { formatFor } from './format';

const nl = formatFor('nl');
const en = formatFor('en');
// Intl may use a narrow no-break space between number and unit; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

describe('numbers', () => {
  it('uses a decimal comma and a thousands dot in Dutch, the reverse in English', () => {
    expect(nl.number(12345.678)).toBe('12.345,68');
    expect(en.number(12345.678)).toBe('12,345.68');
    expect(nl.integer(1234)).toBe('1.234');
    expect(en.integer(1234)).toBe('1,234');
  });

  it('shows fixed decimals for scores and points', () => {
    expect(nl.decimal(59.1)).toBe('59,1');
    expect(nl.decimal(59)).toBe('59,0');
    expect(en.decimal(59.06)).toBe('59.1');
    expect(nl.decimal(0.875, 2)).toBe('0,88');
    expect(plain(nl.signed(0.9))).toBe('+0,9');
    expect(plain(nl.signed(-1.25))).toBe('-1,25');
  });

  it('shows percentages and signed changes given in percent', () => {
    expect(plain(nl.percent(16.8))).toBe('16,8%');
    expect(plain(nl.change(16.8))).toBe('+16,8%');
    expect(plain(en.change(16.8))).toBe('+16.8%');
    expect(plain(nl.change(0))).toBe('0%');
  });

  it('shows money from euro cents', () => {
    expect(plain(nl.money(123456))).toBe('€ 1.234,56');
    expect(plain(en.money(123456))).toBe('€1,234.56');
  });

  it('shows durations and distances with their unit', () => {
    expect(plain(nl.milliseconds(190.3))).toBe('190 ms');
    expect(plain(nl.days(210.5))).toBe('210,5 dagen');
    expect(plain(nl.days(1))).toBe('1 dag');
    expect(plain(en.days(210.5))).toBe('210.5 days');
    expect(plain(nl.km(4.83))).toBe('4,8 km');
    expect(plain(en.km(4.83))).toBe('4.8 km');
  });
});

describe('dates', () => {
  it('shows one short and one long date style, whatever ISO shape comes in', () => {
    expect(nl.date('2026-12-05')).toBe('5 dec 2026');
    expect(nl.date('2026-12-05T10:00:00Z')).toBe('5 dec 2026');
    expect(en.date('2026-12-05')).toBe('5 Dec 2026');
    expect(nl.longDate('2026-12-05')).toBe('5 december 2026');
    expect(en.longDate('2026-12-05')).toBe('5 December 2026');
  });

  it('reads a date-only value as that calendar day, and date-times in Dutch time', () => {
    expect(nl.date('2027-01-01')).toBe('1 jan 2027');
    // 23:30 UTC on 31 December is already 1 January in the Netherlands.
    expect(nl.date('2026-12-31T23:30:00Z')).toBe('1 jan 2027');
    expect(plain(nl.dateTime('2026-12-05T12:00:00Z'))).toBe('5 dec 2026, 13:00');
    expect(nl.time('2026-07-05T12:00:00Z')).toBe('14:00');
  });

  it('names months in words', () => {
    expect(nl.month('2026-11')).toBe('november 2026');
    expect(en.month('2026-11')).toBe('November 2026');
    expect(nl.month('2026-11-30')).toBe('november 2026');
  });

  it('says relative days and lists in words', () => {
    expect(nl.relativeDays(-1)).toBe('gisteren');
    expect(en.relativeDays(3)).toBe('in 3 days');
    expect(nl.list(['a', 'b', 'c'])).toBe('a, b en c');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
