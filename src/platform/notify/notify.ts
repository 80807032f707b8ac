// In-app notification plus a content-free e-mail. Nothing personal leaves the building: the mail
// says only that there is something new, the inbox item only holds a kind and an in-app link.
import type { Tx } from '../db/transaction.js';
import { enqueue } from '../jobs/queue.js';

export const NOTIFICATION_KINDS = [
  'team_membership_added',
  'account_created',
  'break_glass_review',
  'regisseur_handover',
  'trajectory_member_added',
  'involvement_match',
  'involvement_match_coordinator',
  'involvement_history_notice',
  'support_checkin_due',
  'signal_routed',
  'signal_escalated',
  'allocation_request_late',
  'privileged_change_pending',
  'privileged_change_decided',
  'privileged_change_notice',
  // For a family's portal login (family-rights): the mail and the item name only the kind.
  'family_plan_sign_off',
  'family_meeting_planned',
  'family_decision_taken',
  'family_proposal_answered',
  'family_request_answered',
  // For the regisseur and the privacy officer: a family asked for correction, deletion or about an access.
  'family_rights_request',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export async function notify(
  trx: Tx,
  userId: string,
  kind: NotificationKind,
  link: string | null = null,
): Promise<void> {
  await trx.insertInto('notification').values({ user_id: userId, kind, link }).execute();
  await enqueue(trx, 'mail.new_item', { userId });
}
