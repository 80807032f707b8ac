import { describe, expect, it } from 'vitest';
import { addressKey, decideEndsOn, informAudience, latestEndsOn, twentyThirdBirthday } from './rules.js';

describe('referral-index rules', () => {
  it('ends after two years, or on the 23rd birthday when that comes first', () => {
    expect(latestEndsOn('2015-06-01', '2026-03-01')).toBe('2028-03-01');
    expect(latestEndsOn('2004-01-10', '2026-03-01')).toBe('2027-01-10');
    expect(twentyThirdBirthday('2004-02-29')).toBe('2027-02-28');
  });

  it('refuses the unborn, those of 23 and older, and removal dates outside the window', () => {
    expect(decideEndsOn('2027-01-01', '2026-03-01')).toEqual({ ok: false, reason: 'not_born' });
    expect(decideEndsOn('2003-03-01', '2026-03-01')).toEqual({ ok: false, reason: 'too_old' });
    expect(decideEndsOn('2003-03-02', '2026-03-01')).toEqual({ ok: true, endsOn: '2026-03-02' });
    expect(decideEndsOn('2015-06-01', '2026-03-01', '2026-03-01')).toEqual({ ok: false, reason: 'ends_in_past' });
    expect(decideEndsOn('2015-06-01', '2026-03-01', '2028-03-02')).toEqual({ ok: false, reason: 'ends_too_late' });
    expect(decideEndsOn('2015-06-01', '2026-03-01', '2027-01-01')).toEqual({ ok: true, endsOn: '2027-01-01' });
  });

  it('is consistent for a 29 February birth: too old from the 23rd birthday, which is 28 February', () => {
    expect(decideEndsOn('2004-02-29', '2027-02-28')).toEqual({ ok: false, reason: 'too_old' });
    expect(decideEndsOn('2004-02-29', '2027-02-27')).toEqual({ ok: true, endsOn: '2027-02-28' });
  });

  it('informs parents under 12, youth and parents from 12 to 16, the youth from 16', () => {
    expect(informAudience('2015-03-02', '2026-03-01')).toBe('parents');
    expect(informAudience('2014-03-01', '2026-03-01')).toBe('youth_and_parents');
    expect(informAudience('2010-03-02', '2026-03-01')).toBe('youth_and_parents');
    expect(informAudience('2010-03-01', '2026-03-01')).toBe('youth');
  });

  it('normalises addresses so the same address matches however it is typed', () => {
    expect(addressKey('8011 ab', '12 a')).toBe(addressKey('8011AB', '12A'));
    expect(addressKey('8011AB', '12')).not.toBe(addressKey('8011AB', '12A'));
  });
});
