import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProduct as p } from '../samples.js';
import { OP033x1, OP087, OP259, TR302, allocationFingerprint, isWithdrawn, withdrawal } from './allocation-rules.js';

describe('TR302 — a product appears more than once only without overlapping periods', () => {
  it('refuses the same product code in overlapping periods', () => {
    const a = p({ number: '1', start: '2026-01-01', end: '2026-06-30' });
    const b = p({ number: '2', start: '2026-06-01', end: '2026-12-31' });
    expect(TR302([a, b])).toEqual([['1', '2']]);
  });
  it('allows the same product in consecutive periods', () => {
    const a = p({ number: '1', start: '2026-01-01', end: '2026-05-31' });
    const b = p({ number: '2', start: '2026-06-01', end: '2026-12-31' });
    expect(TR302([a, b])).toEqual([]);
  });
  it('allows different product codes in the same period', () => {
    expect(TR302([p({ number: '1' }), p({ number: '2', productCode: '45A05' })])).toEqual([]);
  });
  it('compares aspecific allocations by category', () => {
    const a = p({ number: '1', productCode: null });
    expect(TR302([a, p({ number: '2', productCode: null })])).toHaveLength(1);
    expect(TR302([a, p({ number: '2', productCode: null, category: '41' })])).toHaveLength(0);
  });
  it('a generic allocation (no category) collides with every product', () => {
    expect(
      TR302([p({ number: '1', category: null, productCode: null }), p({ number: '2', category: '41' })]),
    ).toHaveLength(1);
  });
  it('ignores withdrawn allocations (reason 13, end = start)', () => {
    const gone = withdrawal(p({ number: '1' }), '2026-01-10T09:00:00');
    expect(isWithdrawn(gone)).toBe(true);
    expect(TR302([gone, p({ number: '2' })])).toEqual([]);
  });
  it('an open end overlaps everything after its start', () => {
    expect(TR302([p({ number: '1', end: null }), p({ number: '2', start: '2030-01-01', end: null })])).toHaveLength(1);
  });
});

describe('OP259 — no stacked allocation of one product to one provider', () => {
  it('names the current allocations a candidate would stack on', () => {
    const current = [p({ number: '1' }), p({ number: '2', productCode: '45A05' })];
    expect(OP259(p({ number: '3', start: '2026-03-01' }), current)).toEqual(['1']);
  });
  it('a new version of the same number does not stack on its own old version', () => {
    expect(OP259(p({ number: '1', end: '2026-03-31' }), [p({ number: '1' })])).toEqual([]);
  });
});

describe('OP033x1 — the newest allocation by date and time wins', () => {
  it('keeps the latest version of each number', () => {
    const v1 = p({ number: '1', allocatedAt: '2026-01-01T10:00:00', end: '2026-12-31' });
    const v2 = p({ number: '1', allocatedAt: '2026-02-01T08:00:00', end: '2026-06-30', changeReason: '01' });
    const other = p({ number: '2', productCode: '45A05' });
    const result = OP033x1([v2, v1, other]);
    expect(result).toHaveLength(2);
    expect(result.find((x) => x.number === '1')?.end).toBe('2026-06-30');
  });
  it('property: the order of the versions never matters', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['09', '10', '11', '12'], { minLength: 1 }), (hours) => {
        const versions = hours.map((h) => p({ number: '1', allocatedAt: `2026-01-01T${h}:00:00`, comment: h }));
        const newest = [...hours].sort().at(-1);
        expect(OP033x1(versions)[0]?.allocatedAt).toBe(`2026-01-01T${newest}:00:00`);
      }),
    );
  });
});

describe('OP087 — JW301 holds all current plus all changed allocations for one client and provider', () => {
  const old = p({ number: '1', start: '2025-01-01', end: '2025-12-31' });
  const current = p({ number: '2', start: '2026-01-01', end: '2026-12-31' });
  it('a first message holds the allocations valid on or after its date', () => {
    expect(OP087([old, current], '2026-01-05', new Map()).map((x) => x.number)).toEqual(['2']);
  });
  it('an ended allocation that changed since the last message is included (a correction)', () => {
    const shortened = { ...old, end: '2025-10-31', changeReason: '01', allocatedAt: '2026-01-04T10:00:00' };
    const lastSent = new Map([
      ['1', allocationFingerprint(old)],
      ['2', allocationFingerprint(current)],
    ]);
    expect(OP087([old, shortened, current], '2026-01-05', lastSent).map((x) => x.number)).toEqual(['1', '2']);
  });
  it('an ended allocation that did not change is left out', () => {
    const lastSent = new Map([['1', allocationFingerprint(old)]]);
    expect(OP087([old, current], '2026-01-05', lastSent).map((x) => x.number)).toEqual(['2']);
  });
  it('a withdrawal (reason 13, end = start) travels once as the correction', () => {
    const gone = withdrawal(current, '2026-01-06T09:00:00');
    const lastSent = new Map([['2', allocationFingerprint(current)]]);
    const out = OP087([current, gone], '2026-01-06', lastSent);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ changeReason: '13', end: current.start });
  });
});
