// The referral index and partner API keys (migration 010).
import type { Generated } from 'kysely';
import type { DateColumn, DefaultedTimestamp } from './columns.js';

export const PARTNER_SCOPES = ['signals:submit', 'registrations:submit'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/** Jeugdwet §7.1 risk grounds a–l (see DOMAIN.md). */
export const RISK_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] as const;
export type RiskGround = (typeof RISK_GROUNDS)[number];

export const MATCH_KINDS = ['youth', 'address', 'parent'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];
export type CoordinatorSource = 'regisseur' | 'municipality' | 'none';
export type RegistrationEndReason = 'expired' | 'age_23' | 'withdrawn';

export interface PartnerApiKeyTable {
  id: Generated<string>;
  organisation_id: string;
  label: string;
  token_prefix: string;
  token_hash: string;
  scopes: PartnerScope[];
  rate_limit_per_minute: Generated<number>;
  created_by: string;
  created_at: DefaultedTimestamp;
  last_used_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
}

export interface InvolvementCoordinatorTable {
  municipality_code: string;
  user_id: string;
  set_by: string;
  set_at: DefaultedTimestamp;
}

export interface InvolvementRegistrationTable {
  id: Generated<string>;
  organisation_id: string;
  municipality_code: string;
  registered_by: string | null;
  api_key_id: string | null;
  youth_bsn_enc: string;
  youth_bsn_hash: string;
  youth_birth_date: DateColumn;
  address_hash: string | null;
  parent_bsn_hash: string | null;
  risk_ground: RiskGround;
  contact_name: string;
  contact_phone: string;
  contact_email: string | null;
  registered_at: DefaultedTimestamp;
  ends_on: DateColumn;
  informed_at: Date | null;
  informed_by: string | null;
}

export interface InvolvementMatchTable {
  id: Generated<string>;
  kind: MatchKind;
  match_key: string;
  municipality_code: string;
  coordinator_id: string | null;
  coordinator_source: CoordinatorSource;
  created_at: DefaultedTimestamp;
  contact_recorded_at: Date | null;
  contact_recorded_by: string | null;
  contact_note: string | null;
  contact_method: MatchContactMethod | null;
  closed_at: Date | null;
}

export const MATCH_CONTACT_METHODS = ['phone', 'meeting', 'email'] as const;
export type MatchContactMethod = (typeof MATCH_CONTACT_METHODS)[number];

export interface InvolvementMatchMemberTable {
  match_id: string;
  registration_id: string;
  joined_at: DefaultedTimestamp;
}

export interface InvolvementArchiveTable {
  id: string;
  organisation_id: string;
  municipality_code: string;
  youth_bsn_hash: string;
  risk_ground: string;
  contact_name: string;
  contact_phone: string;
  registered_at: Date;
  ended_at: Date;
  end_reason: RegistrationEndReason;
  purge_after: Date;
  notice_given_at: Date | null;
  notice_registration_id: string | null;
}
