import type { TFunction } from 'i18next';

const KNOWN_KINDS = [
  'team_membership_added',
  'account_created',
  'break_glass_review',
  'involvement_match',
  'involvement_match_coordinator',
  'involvement_history_notice',
  'support_checkin_due',
  'signal_routed',
  'signal_escalated',
  'allocation_request_late',
  'family_rights_request',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

function isKnownKind(kind: string): kind is KnownKind {
  return (KNOWN_KINDS as readonly string[]).includes(kind);
}

/** A fixed, translated sentence per kind: notifications carry no personal data to show. */
export function notificationText(t: TFunction, kind: string): string {
  return isKnownKind(kind) ? t(`inbox.kinds.${kind}`) : t('inbox.kinds.unknown');
}
