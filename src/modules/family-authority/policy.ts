// Who in the family sees what, by law (Jeugdwet 7.3.4, 7.3.5, 7.3.10, 7.3.15; issue 15 item 2). One pure
// policy for every portal read and for the young person's shield: no database, no clock, so the whole
// grid (age band × authority × item kind) is tested as a matrix in policy.test.ts.
//
// - A parent with authority (gezag) sees the family's shared plan and the parts of the children they hold
//   authority over; from 16 a young person decides alone and may shield their own parts from them.
// - A young person from 12 logs in for themselves: the shared plan and their own parts. Under 12 there is
//   no login of one's own: the parents with authority decide.
// - A parent without authority (and any other adult of the household) sees only their own parts.
// - Nobody in the family sees a professional-shielded item, an internal professional note or the referral
//   index; another person's part only as above.
import type { PersonKind } from '../../platform/db/schema.js';
import { ageOn } from '../../platform/clock.js';

export const AGE_BANDS = ['under_12', '12_15', '16_17', 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The Jeugdwet's age band on a day; no birth date known counts as an adult (parents, network). */
export function ageBand(birthDate: string | null, on: string): AgeBand {
  if (birthDate === null) return 'adult';
  const age = ageOn(birthDate, on);
  return age < 12 ? 'under_12' : age < 16 ? '12_15' : age < 18 ? '16_17' : 'adult';
}

export const isMinor = (band: AgeBand) => band !== 'adult';

/** One member of the household as the policy needs them. */
export interface HouseholdMember {
  readonly id: string;
  readonly kind: PersonKind;
  readonly givenName: string;
  readonly band: AgeBand;
}

/** The portal user, resolved to who they are in the household (viewer.ts). */
export interface Viewer {
  readonly personId: string;
  readonly kind: PersonKind;
  readonly band: AgeBand;
  /** The minors of the household this viewer holds authority over (from the AuthoritySource). */
  readonly authorityOver: ReadonlySet<string>;
  /** Holds authority in this family at all (then the shared plan is theirs to see). */
  readonly hasAuthority: boolean;
}

/** What a portal read may show, as the policy classifies it. */
export type PortalItem =
  | { readonly kind: 'shared' }
  | {
      readonly kind: 'person_part';
      readonly personId: string;
      readonly band: AgeBand;
      /** The young person (16+) shielded this part of their own from their parents. */
      readonly youthShielded: boolean;
    }
  | { readonly kind: 'professional_shielded' }
  | { readonly kind: 'internal_note' }
  | { readonly kind: 'referral_index' };
export type PortalItemKind = PortalItem['kind'];

/** Whether a household member may have a portal login of their own: adults, and young people from 12. */
export function mayLogIn(member: Pick<HouseholdMember, 'kind' | 'band'>): boolean {
  if (member.kind === 'network') return false;
  return member.band !== 'under_12';
}

/** The shared plan: to parents with authority and to the young people themselves. */
function seesShared(viewer: Viewer): boolean {
  return viewer.hasAuthority || (viewer.kind === 'child' && isMinor(viewer.band));
}

export function maySee(viewer: Viewer, item: PortalItem): boolean {
  switch (item.kind) {
    case 'shared':
      return seesShared(viewer);
    case 'person_part':
      if (item.personId === viewer.personId) return true;
      if (!viewer.authorityOver.has(item.personId)) return false;
      // Authority ends at 18; from 16 the young person may shield their own parts.
      if (item.band === 'adult') return false;
      return !(item.band === '16_17' && item.youthShielded);
    case 'professional_shielded':
    case 'internal_note':
    case 'referral_index':
      return false;
  }
}

/** A young person from 16 decides alone: they may shield (and unshield) their own parts from their parents. */
export function mayShieldFromParents(viewer: Viewer, item: PortalItem): boolean {
  return item.kind === 'person_part' && item.personId === viewer.personId && item.band === '16_17';
}

/** Agreeing to a plan version is for who sees the whole shared plan: parents with authority, young people from 12. */
export function maySignOff(viewer: Viewer): boolean {
  return seesShared(viewer);
}

/** What the viewer may do to an action of the plan: mark it done when it is theirs, comment when they see it. */
export function mayMarkDone(viewer: Viewer, ownerPersonId: string | null): boolean {
  return ownerPersonId !== null && ownerPersonId === viewer.personId;
}
