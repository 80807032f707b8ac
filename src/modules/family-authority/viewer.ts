// From a portal login to who they are in the household: their age band and the minors they hold
// authority over (AuthoritySource). A login made before migration 022 names no person and keeps what it
// saw then: the view of the household's parent with authority.
import type { AuthorityInput, AuthoritySource } from './authority-source.js';
import { mayLogIn, type Viewer } from './policy.js';

export const LEGACY_VIEWER_ID = 'household';

/** The viewer, or null when this person may not use the portal (under 12, left the household, network). */
export async function resolveViewer(
  personId: string | null,
  household: readonly AuthorityInput[],
  source: AuthoritySource,
): Promise<Viewer | null> {
  const me = personId === null ? undefined : household.find((m) => m.id === personId);
  const asked = me && me.band === 'adult' && mayLogIn(me);
  return viewerFrom(personId, household, asked ? await source.childrenUnderAuthority(household, me.id) : new Set());
}

/**
 * resolveViewer once the authority source has answered (`authorityOver`: the minors it says this adult
 * holds authority over). Synchronous, so audience.ts can ask it for every combination of facts.
 */
export function viewerFrom(
  personId: string | null,
  household: readonly AuthorityInput[],
  authorityOver: ReadonlySet<string>,
): Viewer | null {
  if (personId === null) {
    const minors = household.filter((m) => m.kind === 'child' && m.band !== 'adult').map((m) => m.id);
    return {
      personId: LEGACY_VIEWER_ID,
      kind: 'parent',
      band: 'adult',
      authorityOver: new Set(minors),
      hasAuthority: true,
    };
  }
  const me = household.find((m) => m.id === personId);
  if (!me || !mayLogIn(me)) return null;
  const over = me.band === 'adult' ? authorityOver : new Set<string>();
  return {
    personId: me.id,
    kind: me.kind,
    band: me.band,
    authorityOver: over,
    hasAuthority: me.band === 'adult' && me.dossierAuthority === true ? true : over.size > 0,
  };
}
