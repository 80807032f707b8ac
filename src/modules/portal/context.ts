// The request's viewer and the classification of what it may be shown: the bridge between the rows
// (queries.ts) and the pure policy (authority/). Every portal read and write goes through here.
import { today } from '../../platform/clock.js';
import type { Memo } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import {
  ageBand,
  currentAuthoritySource,
  maySee,
  resolveViewer,
  type AuthorityInput,
  type PortalItem,
  type Viewer,
} from '../family-authority/index.js';
import { portalAccount } from './policy.js';
import type { HouseholdRow, ItemPersonRow, PortalGrant, ShieldRefRow } from './queries.js';

export interface PortalContext {
  viewer: Viewer;
  members: ReadonlyMap<string, AuthorityInput>;
  /** The policy's item for a plan item id (shared, someone's part, or shielded by a professional). */
  planItem(itemId: string): PortalItem;
  meeting(meetingId: string): PortalItem;
  /** A record about one person (a decision, an allocation): their part. */
  personRecord(personId: string): PortalItem;
  sees(item: PortalItem): boolean;
  personOf(itemId: string): string | null;
  nameOf(personId: string | null): string | null;
}

export function householdInputs(rows: readonly HouseholdRow[], on = today()): AuthorityInput[] {
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    givenName: r.given_name,
    band: ageBand(r.birth_date, on),
    dossierAuthority: r.has_authority,
  }));
}

/**
 * The viewer of this request. The account comes from the decision's memo (no statement); a login whose
 * person is no longer in the household (or is under 12) is refused as if the family did not exist.
 */
export async function portalContext(
  db: Queryable,
  grant: PortalGrant,
  memo: Memo | undefined,
  rows: { household: HouseholdRow[]; itemPersons: ItemPersonRow[]; shielded: ShieldRefRow[] },
): Promise<PortalContext> {
  const account = await portalAccount(db, grant.actor.userId, grant.subjectId, memo);
  const household = householdInputs(rows.household);
  const viewer = await resolveViewer(account.personId, household, currentAuthoritySource());
  if (!viewer) throw new NotFoundError('family_not_found', { detail: 'No such family.' });
  const members = new Map(household.map((m) => [m.id, m]));
  const persons = new Map(rows.itemPersons.map((r) => [r.item_id, r]));
  const shielded = new Set(rows.shielded.map((s) => `${s.item_kind}:${s.item_ref}`));
  const personRecord = (personId: string): PortalItem => ({
    kind: 'person_part',
    personId,
    // Someone no longer in the household counts as another adult: only their own login would see it.
    band: members.get(personId)?.band ?? 'adult',
    youthShielded: false,
  });
  return {
    viewer,
    members,
    planItem(itemId) {
      if (shielded.has(`plan_item:${itemId}`)) return { kind: 'professional_shielded' };
      const p = persons.get(itemId);
      return p ? { ...personRecord(p.person_id), youthShielded: p.youth_shielded } : { kind: 'shared' };
    },
    meeting(meetingId) {
      return shielded.has(`meeting:${meetingId}`) ? { kind: 'professional_shielded' } : { kind: 'shared' };
    },
    personRecord,
    sees: (item) => maySee(viewer, item),
    personOf: (itemId) => persons.get(itemId)?.person_id ?? null,
    nameOf: (personId) => (personId ? (members.get(personId)?.givenName ?? null) : null),
  };
}
