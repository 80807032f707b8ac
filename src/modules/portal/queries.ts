// SQL of the portal. Every function takes the Grant of an audited portal decision on the family; the
// reads are parts of ONE statement (platform/db/bundle.ts) so a portal page is a few round trips.
import { sql } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import { many, one } from '../../platform/db/bundle.js';
import type { Queryable } from '../../platform/db/transaction.js';
import type { PlanContent } from '../plans/content.js';

export type PortalGrant = Grant<'portal_family'>;
const familyOf = (grant: PortalGrant) => grant.subjectId;

/** The household as the authority policy needs it (left members are gone from the portal's view). */
export const householdQuery = (db: Queryable, grant: PortalGrant) =>
  db
    .selectFrom('person')
    .select(['id', 'kind', 'given_name', sql<string | null>`birth_date::text`.as('birth_date'), 'has_authority'])
    .where('family_id', '=', familyOf(grant))
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id');
export type HouseholdRow = Awaited<ReturnType<ReturnType<typeof householdQuery>['execute']>>[number];

const itemPersonsQuery = (db: Queryable, grant: PortalGrant) =>
  db
    .selectFrom('plan_item_person')
    .select(['item_id', 'person_id', sql<boolean>`youth_shielded_at is not null`.as('youth_shielded')])
    .where('family_id', '=', familyOf(grant));
export type ItemPersonRow = Awaited<ReturnType<ReturnType<typeof itemPersonsQuery>['execute']>>[number];

/** Only which items are shielded: the reasons are for professionals and the privacy officer. */
const shieldedRefsQuery = (db: Queryable, grant: PortalGrant) =>
  db
    .selectFrom('family_shield')
    .select(['item_kind', 'item_ref'])
    .where('family_id', '=', familyOf(grant))
    .where('lifted_at', 'is', null);
export type ShieldRefRow = Awaited<ReturnType<ReturnType<typeof shieldedRefsQuery>['execute']>>[number];

/** Who this family's portal user is, what the household looks like and what is shielded. */
export function contextParts(db: Queryable, grant: PortalGrant) {
  return {
    household: many(householdQuery(db, grant)),
    itemPersons: many(itemPersonsQuery(db, grant)),
    shielded: many(shieldedRefsQuery(db, grant)),
  };
}

/** The portal plan: the current version, its sign-offs, the comments and the viewer's own proposals. */
export function planParts(db: Queryable, grant: PortalGrant) {
  const familyId = familyOf(grant);
  return {
    ...contextParts(db, grant),
    current: one(
      db
        .selectFrom('plan as p')
        .innerJoin('plan_version as v', (j) =>
          j.onRef('v.family_id', '=', 'p.family_id').onRef('v.version', '=', 'p.current_version'),
        )
        .select(['v.version', 'v.created_at', 'v.author_name', sql<PlanContent>`v.content`.as('content')])
        .where('p.family_id', '=', familyId)
        .limit(1),
    ),
    // The current version's sign-offs only (whether this viewer agreed to it): not the whole history.
    signOffs: many(
      db
        .selectFrom('plan_sign_off')
        .select(['version', 'signed_by_user_id', 'signed_by_name', sql<string>`signed_on::text`.as('signed_on')])
        .where('family_id', '=', familyId)
        .where('version', '=', (eb) =>
          eb.selectFrom('plan').select('current_version').where('family_id', '=', familyId),
        )
        .orderBy('recorded_at', 'desc'),
    ),
    comments: many(
      db
        .selectFrom('plan_action_comment')
        .select(['id', 'action_id', 'author_name', 'author_id', 'body', 'created_at'])
        .where('family_id', '=', familyId)
        .orderBy('created_at')
        .orderBy('id'),
    ),
    proposals: many(
      db
        .selectFrom('plan_proposal')
        .select(['id', 'kind', 'body', 'proposed_at', 'status', 'answer', 'answered_by_name', 'answered_at'])
        .where('family_id', '=', familyId)
        .where('proposed_by', '=', grant.actor.userId)
        .orderBy('proposed_at', 'desc')
        .limit(50),
    ),
    openTrajectory: one(
      db
        .selectFrom('trajectory')
        .select('id')
        .where('family_id', '=', familyId)
        .where('status', '<>', 'closed')
        .limit(1),
    ),
  };
}

/**
 * A new plan version written by the family (an action marked done): moves the plan on only while it is
 * still at `baseVersion`, like a professional's edit (plans/queries.ts); undefined when it was stale.
 */
export async function appendFamilyVersion(
  trx: Queryable,
  grant: PortalGrant,
  v: { baseVersion: number; content: PlanContent; note: string; authorName: string },
): Promise<number | undefined> {
  const bumped = await trx
    .updateTable('plan')
    .set({ current_version: sql<number>`current_version + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', familyOf(grant))
    .where('current_version', '=', v.baseVersion)
    .returning('current_version')
    .executeTakeFirst();
  if (!bumped) return undefined;
  await trx
    .insertInto('plan_version')
    .values({
      family_id: familyOf(grant),
      version: bumped.current_version,
      content: JSON.stringify(v.content),
      note: v.note,
      author_id: grant.actor.userId,
      author_name: v.authorName,
    })
    .execute();
  return bumped.current_version;
}
