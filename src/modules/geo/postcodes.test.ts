import { describe, expect, it } from 'vitest';
import { distanceKm, normalisePostcode } from './postcodes.js';

describe('normalisePostcode', () => {
  it.each([
    ['8011 ab', '8011AB'],
    ['8011AB', '8011AB'],
    [' 7701cd ', '7701CD'],
  ])('%s → %s', (raw, expected) => expect(normalisePostcode(raw)).toBe(expected));

  it.each(['0123AB', '801AB', '8011 A', '8011-AB', '8011ABC', ''])('refuses %s', (raw) =>
    expect(normalisePostcode(raw)).toBeUndefined(),
  );
});

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    const zwolle = { latitude: 52.5125, longitude: 6.0944 };
    const kampen = { latitude: 52.555, longitude: 5.911 };
    expect(distanceKm(zwolle, zwolle)).toBe(0);
    expect(distanceKm(zwolle, kampen)).toBeCloseTo(distanceKm(kampen, zwolle), 10);
  });

  it('measures Zwolle–Kampen centre to centre at about 13 km', () => {
    const km = distanceKm({ latitude: 52.5125, longitude: 6.0944 }, { latitude: 52.555, longitude: 5.911 });
    expect(km).toBeGreaterThan(12.5);
    expect(km).toBeLessThan(13.5);
  });
});
