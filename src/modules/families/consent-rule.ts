// Consent by age (Jeugdwet 7.3.4): under 12 the parents (with authority) decide; from 12 to 16 the
// youth and the parents; from 16 the youth alone. Pure functions, so the rule is tested on its own.
import { ageOn } from '../../platform/clock.js';

export type ConsentRule = 'parents' | 'youth_and_parents' | 'youth';

export function consentRule(age: number): ConsentRule {
  if (age < 12) return 'parents';
  if (age < 16) return 'youth_and_parents';
  return 'youth';
}

export interface ConsentPerson {
  id: string;
  kind: string;
  birthDate: string | null;
  hasAuthority: boolean | null;
}

/** Who must consent for one child: the child itself and/or the parents with authority. */
export function requiredConsenters(
  child: ConsentPerson,
  household: readonly ConsentPerson[],
  on: string,
): { rule: ConsentRule; age: number; personIds: string[] } {
  const age = ageOn(child.birthDate ?? on, on);
  const rule = consentRule(age);
  const parents = household.filter((p) => p.kind === 'parent' && p.hasAuthority === true).map((p) => p.id);
  const personIds = rule === 'parents' ? parents : rule === 'youth' ? [child.id] : [child.id, ...parents];
  return { rule, age, personIds };
}

/** A consent is complete when, for every child, everyone the rule names has given it (and someone is named at all). */
export function missingConsenters(
  household: readonly ConsentPerson[],
  givers: ReadonlySet<string>,
  on: string,
): string[] {
  const missing = new Set<string>();
  for (const child of household.filter((p) => p.kind === 'child')) {
    const { personIds } = requiredConsenters(child, household, on);
    for (const id of personIds) if (!givers.has(id)) missing.add(id);
  }
  return [...missing];
}
