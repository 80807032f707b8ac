// Who the portal user is, for the family's rights (issue 15, items 4/5): the household member behind a
// family login (family_account.person_id, migration 022), resolved through the ONE authority policy
// (family-authority: age band × authority × item kind), so the rights pages show what the portal shows:
// which household members' records this viewer sees (their own, and the minors they hold authority over
// unless a 16-year-old shielded them) and whether they see the family's shared file at all.
import { sql } from 'kysely';
import { today } from '../../platform/clock.js';
import { remember, type Memo } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import type { PersonKind } from '../../platform/db/schema.js';
import { ageOn } from '../../platform/clock.js';
import {
  ageBand,
  currentAuthoritySource,
  maySee,
  resolveViewer,
  type AgeBand,
  type AuthorityInput,
} from '../family-authority/index.js';

/**
 * household: the viewer sees the family's shared file (a parent with authority, a young person from 12).
 * own: only what concerns themselves (a parent without authority, another adult of the household).
 */
export type ViewScope = 'household' | 'own';

export interface Viewer {
  userId: string;
  familyId: string;
  familyReference: string;
  personId: string;
  kind: 'parent' | 'child' | 'network';
  /** Null when the dossier has no birth date (a parent usually). */
  age: number | null;
  band: AgeBand;
  hasAuthority: boolean;
  scope: ViewScope;
  /** The household members whose records this viewer sees (always including themselves). */
  visiblePersonIds: string[];
}

interface Row {
  family_id: string;
  reference: string;
  person_id: string;
  household: Array<{
    id: string;
    kind: PersonKind;
    given_name: string;
    birth_date: string | null;
    has_authority: boolean | null;
  }>;
}

/** The viewer behind a family login, or undefined (no family account, no current person, under 12). One statement. */
export function findViewer(db: Queryable, userId: string, memo?: Memo): Promise<Viewer | undefined> {
  return remember(memo, `family-rights-viewer:${userId}`, async () => {
    const { rows } = await sql<Row>`select fa.family_id, f.reference, p.id as person_id,
        (select coalesce(json_agg(json_build_object('id', m.id, 'kind', m.kind, 'given_name', m.given_name,
            'birth_date', m.birth_date::text, 'has_authority', m.has_authority) order by m.created_at, m.id), '[]'::json)
          from person m where m.family_id = fa.family_id and m.removed_at is null) as household
      from family_account fa
      join family f on f.id = fa.family_id
      join person p on p.id = fa.person_id and p.family_id = fa.family_id
      where fa.user_id = ${userId} and p.removed_at is null
      limit 1`.execute(db);
    const row = rows[0];
    if (!row) return undefined;
    const on = today();
    const household: AuthorityInput[] = row.household.map((m) => ({
      id: m.id,
      kind: m.kind,
      givenName: m.given_name,
      band: ageBand(m.birth_date, on),
      dossierAuthority: m.has_authority,
    }));
    const viewer = await resolveViewer(row.person_id, household, currentAuthoritySource());
    if (!viewer) return undefined;
    const me = row.household.find((m) => m.id === row.person_id);
    const visiblePersonIds = household
      .filter((m) => maySee(viewer, { kind: 'person_part', personId: m.id, band: m.band, youthShielded: false }))
      .map((m) => m.id);
    return {
      userId,
      familyId: row.family_id,
      familyReference: row.reference,
      personId: viewer.personId,
      kind: viewer.kind as Viewer['kind'],
      age: me?.birth_date ? ageOn(me.birth_date, on) : null,
      band: viewer.band,
      hasAuthority: viewer.hasAuthority,
      scope: maySee(viewer, { kind: 'shared' }) ? 'household' : 'own',
      visiblePersonIds,
    };
  });
}
