import { describe, expect, it } from 'vitest';
import { centsToInput, toCents, toDecimal } from './form-helpers';

describe('amounts typed by a person', () => {
  it('reads euros the Dutch and the English way, with or without thousands', () => {
    expect(toCents('101,20')).toBe(10_120);
    expect(toCents('101.2')).toBe(10_120);
    expect(toCents('€ 87,50')).toBe(8_750);
    expect(toCents('250.000')).toBe(25_000_000);
    expect(toCents('1.250.000,00')).toBe(125_000_000);
    expect(toCents('1250000')).toBe(125_000_000);
  });
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '-5', '1,234', '12,345', '1.2.3', '1e5']) expect(toCents(bad)).toBeNaN();
  });
  it('gives back what it reads', () => {
    for (const cents of [0, 5, 10_120, 25_000_000]) expect(toCents(centsToInput(cents))).toBe(cents);
  });
  it('reads a decimal target or share', () => {
    expect(toDecimal('7,5')).toBe(7.5);
    expect(toDecimal('33.33')).toBe(33.33);
    expect(toDecimal('x')).toBeNaN();
  });
});
