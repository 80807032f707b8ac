// Who the portal user is, for the family's rights (issue 15, item 4/5): the household member behind
// a family login (family_account.person_id, migration 022), their age and authority, and from that
// how much of the family's file they see. ONE small file on purpose: when the portal core's resolver
// (src/modules/portal/authority/) lands, this is the one place to switch onto it.
import { sql } from 'kysely';
import { ageOn, today } from '../../platform/clock.js';
import { remember, type Memo } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';

/**
 * household: a parent with authority (gezag) — the whole family file.
 * own: a parent without authority, a young person, anyone else — only what concerns themselves.
 * (The portal core refines the young person's view: 12+ own parts and the shared plan, 16+ shielding.)
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
  hasAuthority: boolean;
  scope: ViewScope;
}

export function scopeOf(v: Pick<Viewer, 'kind' | 'hasAuthority'>): ViewScope {
  return v.kind === 'parent' && v.hasAuthority ? 'household' : 'own';
}

/** The viewer behind a family login, or undefined (no family account, no current person). One statement. */
export function findViewer(db: Queryable, userId: string, memo?: Memo): Promise<Viewer | undefined> {
  return remember(memo, `family-rights-viewer:${userId}`, async () => {
    const row = await db
      .selectFrom('family_account as fa')
      .innerJoin('family as f', 'f.id', 'fa.family_id')
      .innerJoin('person as p', (j) => j.onRef('p.id', '=', 'fa.person_id').onRef('p.family_id', '=', 'fa.family_id'))
      .select([
        'fa.family_id',
        'f.reference',
        'p.id as person_id',
        'p.kind',
        sql<string | null>`p.birth_date::text`.as('birth_date'),
        'p.has_authority',
      ])
      .where('fa.user_id', '=', userId)
      .where('p.removed_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const base = { kind: row.kind as Viewer['kind'], hasAuthority: row.has_authority === true };
    return {
      userId,
      familyId: row.family_id,
      familyReference: row.reference,
      personId: row.person_id,
      ...base,
      age: row.birth_date ? ageOn(row.birth_date, today()) : null,
      scope: scopeOf(base),
    };
  });
}
