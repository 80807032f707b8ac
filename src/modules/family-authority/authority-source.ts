// Where authority (gezag) over a minor comes from. Now: the dossier (person.has_authority, kept by the
// professionals). In production: the national authority register (Gezagsmodule, BRP-based, in force
// since 1 April 2024), asked by BSN through the municipality's connection — an implementation of the
// same interface (docs/architecture.md, "Authority"). The policy never knows which source answered.
import type { HouseholdMember } from './policy.js';

export interface AuthorityInput extends HouseholdMember {
  /** The dossier's mark (person.has_authority): parents and carers only, null for others. */
  readonly dossierAuthority: boolean | null;
}

export interface AuthoritySource {
  readonly name: 'dossier' | 'gezagsmodule';
  /** The minors of the household over whom this adult holds authority (empty: none). */
  childrenUnderAuthority(household: readonly AuthorityInput[], adultId: string): Promise<ReadonlySet<string>>;
}

/** The dossier's rule: an adult marked with authority holds it over every minor child of the household. */
export function dossierAuthorityOver(household: readonly AuthorityInput[], adultId: string): ReadonlySet<string> {
  const adult = household.find((m) => m.id === adultId);
  if (!adult || adult.dossierAuthority !== true || adult.band !== 'adult') return new Set();
  return new Set(household.filter((m) => m.kind === 'child' && m.band !== 'adult').map((m) => m.id));
}

/** The dossier as the source (dossierAuthorityOver); audience.ts turns the same rule into SQL for notifications. */
export const dossierAuthority: AuthoritySource = {
  name: 'dossier',
  childrenUnderAuthority(household, adultId) {
    return Promise.resolve(dossierAuthorityOver(household, adultId));
  },
};

/** The authority source of this installation; the Gezagsmodule replaces it in production (docs/architecture.md). */
let installed: AuthoritySource = dossierAuthority;
export function setAuthoritySource(source: AuthoritySource): void {
  installed = source;
}
export function currentAuthoritySource(): AuthoritySource {
  return installed;
}
