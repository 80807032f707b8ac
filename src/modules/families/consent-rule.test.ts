import { describe, expect, it } from 'vitest';
import { ageOn } from '../../platform/clock.js';
import { consentRule, missingConsenters, requiredConsenters } from './consent-rule.js';

const on = '2026-06-15';
const mother = { id: 'm', kind: 'parent', birthDate: '1990-01-01', hasAuthority: true };
const father = { id: 'f', kind: 'parent', birthDate: '1988-01-01', hasAuthority: true };
const stepfather = { id: 's', kind: 'parent', birthDate: '1985-01-01', hasAuthority: false };

describe('consent by age (Jeugdwet 7.3.4)', () => {
  it('counts completed years, birthdays included', () => {
    expect(ageOn('2014-06-15', on)).toBe(12);
    expect(ageOn('2014-06-16', on)).toBe(11);
    expect(ageOn('2010-06-14', on)).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('under 12 the parents, 12 to 16 youth and parents, 16 and over the youth', () => {
    expect([0, 11, 12, 15, 16, 23].map(consentRule)).toEqual([
      'parents',
      'parents',
      'youth_and_parents',
      'youth_and_parents',
      'youth',
      'youth',
    ]);
  });

  it('names only parents with authority, and the child from 12', () => {
    const young = { id: 'c1', kind: 'child', birthDate: '2020-01-01', hasAuthority: null };
    const teen = { id: 'c2', kind: 'child', birthDate: '2012-01-01', hasAuthority: null };
    const older = { id: 'c3', kind: 'child', birthDate: '2009-01-01', hasAuthority: null };
    const household = [mother, father, stepfather, young, teen, older];
    expect(requiredConsenters(young, household, on)).toEqual({ rule: 'parents', age: 6, personIds: ['m', 'f'] });
    expect(requiredConsenters(teen, household, on)).toEqual({
      rule: 'youth_and_parents',
      age: 14,
      personIds: ['c2', 'm', 'f'],
    });
    expect(requiredConsenters(older, household, on)).toEqual({ rule: 'youth', age: 17, personIds: ['c3'] });
    expect(missingConsenters(household, new Set(['m', 'f']), on).sort()).toEqual(['c2', 'c3']);
    expect(missingConsenters(household, new Set(['m', 'f', 'c2', 'c3']), on)).toEqual([]);
    expect(missingConsenters(household, new Set(['m', 's', 'c2', 'c3']), on)).toEqual(['f']);
  });
});
