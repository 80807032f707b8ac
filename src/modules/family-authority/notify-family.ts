// Notifications for the family (issue 15 item 7): an in-app message (the notification table, shown
// at /mijn/berichten) and a content-free e-mail ("there is something new in Keukentafel", the
// platform's mail.new_item job) — never what, never a name. Called where the event happens, in
// that event's transaction: plan sign-off requests, planned meetings, decisions, answered proposals.
// Who is told is who the portal's authority policy lets see what the message is about (audience.ts):
// in the authority folder, not platform/, because it is that policy (platform/ imports no module).
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { today } from '../../platform/clock.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import type { NotificationKind } from '../../platform/notify/notify.js';
import { AUDIENCE, factsIn, factsSql, memberCells, pairCells } from './audience.js';

export type FamilyNotificationKind = Extract<
  NotificationKind,
  | 'family_plan_sign_off'
  | 'family_meeting_planned'
  | 'family_decision_taken'
  | 'family_proposal_answered'
  | 'family_request_answered'
>;

export const FAMILY_MESSAGES_LINK = '/mijn/berichten';

/** What the message is about, as the policy classifies it. */
export type NotificationAbout =
  /** The family's shared file: a plan version, a meeting (a new meeting carries no professional's shield yet). */
  | { readonly item: 'shared' }
  /** A record about one person (a decision): their part, never shielded by the young person (the portal's personRecord). */
  | { readonly item: 'person_part'; readonly personId: string }
  /** Something only this login sees (its own proposal or request). */
  | { readonly item: 'own'; readonly userId: string };

/** The SQL condition on `fa` (the login) and `p` (its person, null for a login from before migration 022). */
function audienceCondition(familyId: string, about: NotificationAbout, on: string): RawBuilder<SqlBool> {
  const p = factsSql('p', on);
  // A login from before migration 022 names no person: the policy gives it the view of a parent with authority.
  const legacy = sql<SqlBool>`fa.person_id is null`;
  const member = (cond: Expression<SqlBool>) => sql<SqlBool>`(p.id is not null and p.removed_at is null and ${cond})`;
  switch (about.item) {
    case 'shared': {
      const legacySees = AUDIENCE.sharedLegacy ? legacy : sql<SqlBool>`false`;
      return sql<SqlBool>`(${legacySees} or ${member(factsIn(p, memberCells(AUDIENCE.shared)))})`;
    }
    case 'own':
      return sql<SqlBool>`(fa.user_id = ${about.userId}
        and (${legacy} or ${member(factsIn(p, memberCells(AUDIENCE.login)))}))`;
    case 'person_part': {
      const s = factsSql('s', on);
      return sql<SqlBool>`exists (select 1 from person s where s.id = ${about.personId}
        and s.family_id = ${familyId} and s.removed_at is null and (
          (${legacy} and ${factsIn(s, memberCells(AUDIENCE.legacyPart(false)))})
          or ${member(sql<SqlBool>`p.id = s.id and ${factsIn(p, memberCells(AUDIENCE.ownPart(false)))}`)}
          or ${member(sql<SqlBool>`p.id <> s.id and ${factsIn([...p, ...s], pairCells(AUDIENCE.otherPart(false)))}`)}))`;
    }
  }
}

/** Every active portal login of the family that the policy lets see what the message is about. */
function recipients(qc: Queryable, familyId: string, about: NotificationAbout) {
  return qc
    .selectFrom('family_account as fa')
    .innerJoin('app_user as u', 'u.id', 'fa.user_id')
    .leftJoin('person as p', (j) => j.onRef('p.id', '=', 'fa.person_id').onRef('p.family_id', '=', 'fa.family_id'))
    .where('fa.family_id', '=', familyId)
    .where('u.active', '=', true)
    .where(audienceCondition(familyId, about, today()));
}

/**
 * The family's notifications as two data-modifying CTEs of the caller's statement, so an event that
 * is itself one statement (a plan save) stays one:
 *   .with('family_notified', () => familyNotified(db, familyId, kind, about, onlyIf))
 *   .with('family_mailed', () => familyMailed(db))
 * `onlyIf`: only when this holds (e.g. the version was written).
 */
export function familyNotified(
  qc: Queryable,
  familyId: string,
  kind: FamilyNotificationKind,
  about: NotificationAbout,
  onlyIf?: Expression<SqlBool>,
) {
  return qc
    .insertInto('notification')
    .columns(['user_id', 'kind', 'link'])
    .expression((eb) =>
      recipients(qc, familyId, about)
        .select([
          'fa.user_id',
          eb.cast<string>(eb.val(kind), 'text').as('kind'),
          eb.cast<string>(eb.val(FAMILY_MESSAGES_LINK), 'text').as('link'),
        ])
        .$if(onlyIf !== undefined, (x) => x.where(onlyIf as Expression<SqlBool>)),
    )
    .returning('user_id');
}

/** The content-free mail jobs (mail.new_item) for the rows of the `family_notified` CTE. */
export function familyMailed(qc: Queryable) {
  return qc
    .insertInto('job')
    .columns(['kind', 'payload'])
    .expression(sql`select 'mail.new_item', jsonb_build_object('userId', user_id) from family_notified`)
    .returning('id');
}

/** The notifications as one statement of their own, in the event's transaction. */
export async function notifyFamily(
  trx: Tx,
  familyId: string,
  kind: FamilyNotificationKind,
  about: NotificationAbout,
): Promise<void> {
  await trx
    .with('family_notified', () => familyNotified(trx, familyId, kind, about))
    .with('family_mailed', () => familyMailed(trx))
    .selectNoFrom(sql<number>`1`.as('done'))
    .execute();
}
