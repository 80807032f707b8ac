// Buurtgezinnen: requests, support families, screening, matches (migration 011).
import type { ColumnType, Generated } from 'kysely';
import type { DateColumn, DefaultedTimestamp } from './columns.js';

export const SUPPORT_REQUEST_STATUSES = ['unconfirmed', 'open', 'matched', 'closed'] as const;
export type SupportRequestStatus = (typeof SUPPORT_REQUEST_STATUSES)[number];
export const SUPPORT_FAMILY_STATUSES = ['unconfirmed', 'registered', 'inactive'] as const;
export type SupportFamilyStatus = (typeof SUPPORT_FAMILY_STATUSES)[number];
export const REFERRERS = ['self', 'child_health_clinic', 'gp', 'school', 'neighbourhood_team', 'other'] as const;
export type Referrer = (typeof REFERRERS)[number];
export const SCREENING_STEPS = ['vog', 'intake', 'references', 'approval'] as const;
export type ScreeningStep = (typeof SCREENING_STEPS)[number];
export const MATCH_STATUSES = [
  'proposed',
  'introductions',
  'joint_introduction',
  'trial',
  'active',
  'evaluated',
  'ended',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export const END_REASONS = [
  'goal_reached',
  'no_click',
  'request_family_withdrew',
  'support_family_withdrew',
  'moved',
  'professional_care_needed',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];
export const FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'occasionally'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const MATCH_EVENT_KINDS = [
  'status',
  'introduction_request',
  'introduction_family',
  'accepted_request',
  'accepted_family',
  'agreement',
  'checkin',
  'foster_interest',
] as const;
export type MatchEventKind = (typeof MATCH_EVENT_KINDS)[number];

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface CoordinatorAreaTable {
  user_id: string;
  municipality_code: string | null;
  region_code: string | null;
}
export interface SupportKindTable {
  code: string;
  label_nl: string;
  label_en: string;
  position: number;
  active: Generated<boolean>;
}
export interface SupportSettingsTable {
  id: Generated<number>;
  vog_validity_months: Generated<number>;
  checkin_days: Generated<number[]>;
  confirmation_hours: Generated<number>;
  updated_at: DefaultedTimestamp;
  updated_by: string | null;
}
export interface CoordinatorWeightsTable {
  user_id: string;
  weights: ColumnType<Record<string, number>, string, string>;
  updated_at: DefaultedTimestamp;
}

interface Located {
  postcode: string;
  municipality_code: string;
  neighbourhood_code: string | null;
  latitude: number;
  longitude: number;
}
export interface SupportRequestTable extends Located {
  id: Generated<string>;
  reference: Generated<string>;
  status: SupportRequestStatus;
  channel: 'self' | 'professional' | 'coordinator';
  referred_by: Referrer;
  referrer_user_id: string | null;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  support_kinds: string[];
  child_ages: number[];
  languages: string[];
  availability: string[];
  upbringing: string | null;
  offer_back: string | null;
  consent_version: string;
  consent_at: Date | string;
  created_at: DefaultedTimestamp;
  confirmed_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  close_reason: string | null;
}
export interface SupportFamilyTable extends Located {
  id: Generated<string>;
  reference: Generated<string>;
  status: SupportFamilyStatus;
  channel: 'self' | 'coordinator';
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  offers: string[];
  max_children: number;
  max_families: number;
  frequency: Frequency;
  languages: string[];
  availability: string[];
  max_travel_km: number;
  preferred_age_min: number;
  preferred_age_max: number;
  parenting_experience: string | null;
  foster_interest_at: NullableTimestamp;
  foster_interest_note: string | null;
  consent_version: string;
  consent_at: Date | string;
  created_at: DefaultedTimestamp;
  confirmed_at: NullableTimestamp;
}
export interface SupportScreeningStepTable {
  id: Generated<number>;
  family_id: string;
  step: ScreeningStep;
  done_on: DateColumn;
  note: string | null;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
}
export interface SupportConfirmationTable {
  token_hash: string;
  request_id: string | null;
  family_id: string | null;
  expires_at: Date | string;
  used_at: NullableTimestamp;
}
export interface SupportPairRejectionTable {
  request_id: string;
  family_id: string;
  rejected_by: string;
  rejected_at: DefaultedTimestamp;
}
export interface SupportMatchTable {
  id: Generated<string>;
  request_id: string;
  family_id: string;
  status: MatchStatus;
  score: number;
  request_accepted_at: NullableTimestamp;
  family_accepted_at: NullableTimestamp;
  proposed_at: DefaultedTimestamp;
  proposed_by: string;
  started_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  end_reason: EndReason | null;
  end_note: string | null;
  evaluation: string | null;
  updated_at: DefaultedTimestamp;
}
export interface SupportMatchEventTable {
  id: Generated<number>;
  match_id: string;
  kind: MatchEventKind;
  to_status: string | null;
  happened_on: DateColumn;
  note: string | null;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
}
export interface SupportMatchAgreementTable {
  id: Generated<number>;
  match_id: string;
  what: string;
  how_often: string;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
}
export interface SupportMatchReminderTable {
  id: Generated<number>;
  match_id: string;
  offset_days: number;
  due_at: Date | string;
  created_at: DefaultedTimestamp;
  done_at: NullableTimestamp;
  done_by: string | null;
}
