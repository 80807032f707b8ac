// Notifications for the family (issue 15 item 7): an in-app message (the notification table, shown
// at /mijn/berichten) and a content-free e-mail ("there is something new in Keukentafel", the
// platform's mail.new_item job) — never what, never a name. Called where the event happens, in
// that event's transaction: plan sign-off requests, planned meetings, decisions, answered proposals
// (the portal core calls notifyFamily(trx, familyId, 'family_proposal_answered')). In platform/ because
// plans, meetings, decisions, the portal and the family's rights all tell the family, and family-rights
// builds on the portal's authority policy (a copy in family-rights made portal → family-rights → portal).
import { sql, type Expression, type SqlBool } from 'kysely';
import { today } from '../clock.js';
import type { Queryable, Tx } from '../db/transaction.js';
import { notify, type NotificationKind } from './notify.js';

export type FamilyNotificationKind = Extract<
  NotificationKind,
  | 'family_plan_sign_off'
  | 'family_meeting_planned'
  | 'family_decision_taken'
  | 'family_proposal_answered'
  | 'family_request_answered'
>;

export const FAMILY_MESSAGES_LINK = '/mijn/berichten';

/**
 * Every portal login of the family that sees the shared file: parents with authority and young
 * people from 12 (who take part in their plan, Jeugdwet 7.3.4). A parent without authority is not
 * told about the household's plan, meetings or decisions.
 */
function recipients(qc: Queryable, familyId: string) {
  const twelveYearsAgo = sql<string>`(${today()}::date - interval '12 years')::date`;
  return qc
    .selectFrom('family_account as fa')
    .innerJoin('person as p', 'p.id', 'fa.person_id')
    .innerJoin('app_user as u', 'u.id', 'fa.user_id')
    .where('fa.family_id', '=', familyId)
    .where('p.removed_at', 'is', null)
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([
        eb.and([eb('p.kind', '=', 'parent'), eb('p.has_authority', '=', true)]),
        eb.and([eb('p.kind', '=', 'child'), eb('p.birth_date', '<=', twelveYearsAgo)]),
      ]),
    );
}

/**
 * The family's notifications as two data-modifying CTEs of the caller's statement, so an event that
 * is itself one statement (a plan save) stays one:
 *   .with('family_notified', () => familyNotified(db, familyId, kind, onlyIf))
 *   .with('family_mailed', () => familyMailed(db))
 * `onlyIf`: only when this holds (e.g. the version was written).
 */
export function familyNotified(
  qc: Queryable,
  familyId: string,
  kind: FamilyNotificationKind,
  onlyIf?: Expression<SqlBool>,
) {
  return qc
    .insertInto('notification')
    .columns(['user_id', 'kind', 'link'])
    .expression((eb) =>
      recipients(qc, familyId)
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
export async function notifyFamily(trx: Tx, familyId: string, kind: FamilyNotificationKind): Promise<void> {
  await trx
    .with('family_notified', () => familyNotified(trx, familyId, kind))
    .with('family_mailed', () => familyMailed(trx))
    .selectNoFrom(sql<number>`1`.as('done'))
    .execute();
}

/** One household member: the one who asked (an answered request). */
export async function notifyFamilyMember(trx: Tx, userId: string, kind: FamilyNotificationKind): Promise<void> {
  await notify(trx, userId, kind, FAMILY_MESSAGES_LINK);
}
