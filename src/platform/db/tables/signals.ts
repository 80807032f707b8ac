// Early signals, CSV batches, triage, outreach and collective activities (migration 009).
import type { Generated, JSONColumnType } from 'kysely';
import type { DateColumn, DefaultedTimestamp } from './columns.js';

export const SIGNAL_CATEGORIES = [
  'rent_arrears',
  'energy_arrears',
  'water_arrears',
  'health_insurance_arrears',
  'school_absence',
  'gp_concern',
  'child_health_concern',
  'police_contact',
  'domestic_safety',
] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];
export const ARREARS_CATEGORIES = [
  'rent_arrears',
  'energy_arrears',
  'water_arrears',
  'health_insurance_arrears',
] as const satisfies readonly SignalCategory[];
export const SIGNAL_URGENCIES = ['normal', 'urgent', 'crisis'] as const;
export type SignalUrgency = (typeof SIGNAL_URGENCIES)[number];
export const SIGNAL_CHANNELS = ['form', 'csv', 'api'] as const;
export type SignalChannel = (typeof SIGNAL_CHANNELS)[number];
export const SIGNAL_STATUSES = ['received', 'picked_up', 'closed'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];
export const TRIAGE_OUTCOMES = ['outreach', 'linked', 'new_trajectory', 'referred', 'no_action'] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];
export const REFERRAL_TARGETS = ['debt_help', 'veilig_thuis', 'other'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];
export const OUTREACH_OUTCOMES = [
  'already_known',
  'other_trajectory',
  'follow_up_financial',
  'follow_up_non_financial',
  'declined',
  'not_reached',
] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];
export const CONTACT_METHODS = ['letter', 'phone', 'text_message', 'home_visit', 'via_partner'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export const MELDCODE_STEPS = ['map_signals', 'consult', 'talk', 'weigh', 'decide'] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];
export interface MeldcodeRecord {
  steps: Array<{ step: MeldcodeStep; on: string; note: string }>;
  decision: 'report_veilig_thuis' | 'help' | 'report_and_help';
}

export interface SignalSlaTable {
  category: SignalCategory | 'default';
  working_days: number;
}

export interface SignalBatchTable {
  id: Generated<string>;
  organisation_id: string;
  uploaded_by: string | null;
  file_name: string | null;
  file_sha256: string;
  encoding: 'utf-8' | 'windows-1252';
  delimiter: string;
  rows_total: number;
  rows_accepted: number;
  rows_duplicate: number;
  rows_rejected: number;
  uploaded_at: DefaultedTimestamp;
}

export interface SignalBatchRejectionTable {
  batch_id: string;
  line: number;
  field: string | null;
  reason: string;
}

export interface SignalTable {
  id: Generated<string>;
  reference: string;
  organisation_id: string;
  submitted_by: string | null;
  api_key_id: string | null;
  channel: SignalChannel;
  batch_id: string | null;
  batch_line: number | null;
  idempotency_key: string;
  category: SignalCategory;
  urgency: SignalUrgency;
  bsn_enc: string | null;
  bsn_hash: string | null;
  given_name: string | null;
  family_name: string | null;
  birth_date: DateColumn | null;
  postcode: string;
  house_number: string;
  municipality_code: string;
  neighbourhood_code: string | null;
  amount_cents: number | null;
  arrears_since: DateColumn | null;
  note: string | null;
  signal_date: DateColumn;
  received_at: DefaultedTimestamp;
  routed_to: 'regisseur' | 'team';
  team_id: string;
  family_id: string | null;
  regisseur_id: string | null;
  triage_due_on: DateColumn;
  escalated_at: Date | null;
  status: Generated<SignalStatus>;
  triage_outcome: TriageOutcome | null;
  triage_reason: string | null;
  referred_to: ReferralTarget | null;
  meldcode: JSONColumnType<MeldcodeRecord | null, string | null, string | null>;
  triaged_by: string | null;
  triaged_at: Date | null;
  outreach_outcome: OutreachOutcome | null;
  eviction_prevented: boolean | null;
  outreach_note: string | null;
  outreach_closed_by: string | null;
  outreach_closed_at: Date | null;
}

export interface SignalContactAttemptTable {
  id: Generated<string>;
  signal_id: string;
  method: ContactMethod;
  attempted_on: DateColumn;
  part_of_day: PartOfDay;
  reached: boolean;
  note: string | null;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
}

export interface CollectiveActivityTable {
  id: Generated<string>;
  team_id: string;
  municipality_code: string;
  neighbourhood_code: string | null;
  category: SignalCategory | null;
  title: string;
  description: string | null;
  starts_on: DateColumn;
  ends_on: DateColumn | null;
  participants: number | null;
  created_by: string;
  created_at: DefaultedTimestamp;
}
