// Notifications for the family (issue 15 item 7): an in-app message (the notification table, shown
// at /mijn/berichten) and a content-free e-mail ("there is something new in Keukentafel", the
// platform's mail.new_item job) — never what, never a name. Called where the event happens, in
// that event's transaction: plan sign-off requests, planned meetings, decisions, answered proposals
// (the portal core calls notifyFamily(trx, familyId, 'family_proposal_answered')).
import { sql } from 'kysely';
import { today } from '../../platform/clock.js';
import type { Tx } from '../../platform/db/transaction.js';
import { notify, type NotificationKind } from '../../platform/notify/notify.js';

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
export async function notifyFamily(trx: Tx, familyId: string, kind: FamilyNotificationKind): Promise<void> {
  const twelveYearsAgo = sql<string>`(${today()}::date - interval '12 years')::date`;
  const logins = await trx
    .selectFrom('family_account as fa')
    .innerJoin('person as p', 'p.id', 'fa.person_id')
    .innerJoin('app_user as u', 'u.id', 'fa.user_id')
    .select('fa.user_id')
    .where('fa.family_id', '=', familyId)
    .where('p.removed_at', 'is', null)
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([
        eb.and([eb('p.kind', '=', 'parent'), eb('p.has_authority', '=', true)]),
        eb.and([eb('p.kind', '=', 'child'), eb('p.birth_date', '<=', twelveYearsAgo)]),
      ]),
    )
    .execute();
  for (const l of logins) await notify(trx, l.user_id, kind, FAMILY_MESSAGES_LINK);
}

/** One household member: the one who asked (an answered request). */
export async function notifyFamilyMember(trx: Tx, userId: string, kind: FamilyNotificationKind): Promise<void> {
  await notify(trx, userId, kind, FAMILY_MESSAGES_LINK);
}
