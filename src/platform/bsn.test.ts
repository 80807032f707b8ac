import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom, syntheticBsn } from '../seed/random.js';
import { BsnVault, isValidBsn, maskBsn } from './bsn.js';

describe('BSN', () => {
  it('passes the elfproef only for valid numbers', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('999990019')).toBe(true);
    expect(isValidBsn('999990018')).toBe(false);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('11122233a')).toBe(false);
    // Changing one digit of a valid BSN always breaks the elfproef.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, pos, delta) => {
          const bsn = syntheticBsn(new SeededRandom(seed));
          const digits = [...bsn];
          digits[pos] = String((Number(digits[pos]) + delta) % 10);
          return isValidBsn(bsn) && !isValidBsn(digits.join(''));
        },
      ),
    );
  });

  it('is encrypted (never the plain number, different each time) and indexed by a keyed hash', () => {
    const vault = new BsnVault('a'.repeat(40));
    const sealed = [vault.seal('999990019'), vault.seal('999990019')];
    expect(sealed[0]).not.toContain('999990019');
    expect(sealed[0]).not.toBe(sealed[1]);
    expect(sealed.map((s) => vault.open(s))).toEqual(['999990019', '999990019']);
    expect(vault.index('999990019')).toBe(vault.index('999990019'));
    expect(vault.index('999990019')).not.toBe(new BsnVault('b'.repeat(40)).index('999990019'));
    expect(vault.index('999990019')).toMatch(/^[0-9a-f]{64}$/);
    expect(() => new BsnVault('b'.repeat(40)).open(sealed[0] as string)).toThrow();
  });

  it('is shown masked', () => {
    expect(maskBsn('999990019')).toBe('*****0019');
  });
});
