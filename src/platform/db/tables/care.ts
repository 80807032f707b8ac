// Families, persons, trajectories, story, consent and break-the-glass (migrations 004, 005 and 012).
import type { Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp, DateColumn } from './columns.js';

export const TRAJECTORY_STATUSES = ['registered', 'intake', 'plan', 'in_progress', 'evaluation', 'closed'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];
export const ENTRY_POINTS = [
  'gp_ojg',
  'school',
  'child_health_clinic',
  'self_referral',
  'signal',
  'veilig_thuis',
  'police',
  'other',
] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];
/** National ending reasons (CBS Beleidsinformatie Jeugd). */
export const ENDING_REASONS = ['01', '02', '03', '04', '05'] as const;
export type EndingReason = (typeof ENDING_REASONS)[number];
export const MANAGING_WITHOUT_HELP = ['01', '02', '03', '04'] as const;
export type ManagingWithoutHelp = (typeof MANAGING_WITHOUT_HELP)[number];
export const PERSON_KINDS = ['child', 'parent', 'household', 'network'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const NETWORK_RELATIONS = ['grandparent', 'neighbour', 'friend', 'volunteer', 'other'] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];
export const STORY_KINDS = ['story', 'intake'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];
export const CONSENT_SCOPES = ['story', 'plan', 'contact', 'meetings', 'instruments'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export interface FamilyTable {
  id: Generated<string>;
  reference: string;
  municipality_code: string;
  neighbourhood_code: string | null;
  created_at: DefaultedTimestamp;
  postcode: string | null;
  house_number: string | null;
  created_by: string | null;
}
/** A `date` column, written as 'YYYY-MM-DD'; select it as `col::text` to read the same form (pg would make a local Date). */
export interface PersonTable {
  id: Generated<string>;
  family_id: string;
  kind: PersonKind;
  given_name: string;
  family_name: string;
  birth_date: DateColumn | null;
  bsn_enc: string | null;
  bsn_hash: string | null;
  has_authority: boolean | null;
  authority_note: string | null;
  network_relation: NetworkRelation | null;
  created_by: string | null;
  created_at: DefaultedTimestamp;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Date | null;
  removed_on: DateColumn | null;
  removed_reason: string | null;
  removed_by: string | null;
  removed_at: Date | null;
}
export interface TrajectoryTable {
  id: Generated<string>;
  family_id: string;
  team_id: string;
  regisseur_id: string;
  status: Generated<TrajectoryStatus>;
  opened_at: DefaultedTimestamp;
  closed_at: Date | null;
  entry_point: EntryPoint | null;
  first_contact_on: DateColumn | null;
  ending_reason: EndingReason | null;
  satisfaction: number | null;
  satisfaction_informant: 'youth' | 'parent' | null;
  managing_without_help: ManagingWithoutHelp | null;
}
export interface TrajectoryStatusChangeTable {
  id: Generated<string>;
  trajectory_id: string;
  from_status: TrajectoryStatus | null;
  to_status: TrajectoryStatus;
  changed_by: string;
  changed_at: DefaultedTimestamp;
}
export interface TrajectoryHandoverTable {
  id: Generated<string>;
  trajectory_id: string;
  from_user_id: string;
  to_user_id: string;
  note: string;
  handed_over_by: string;
  handed_over_at: DefaultedTimestamp;
}
export interface FamilyStoryTable {
  id: Generated<string>;
  family_id: string;
  kind: StoryKind;
  version: number;
  body: string;
  told_by: string | null;
  in_own_words: Generated<boolean>;
  author_id: string;
  created_at: DefaultedTimestamp;
}
export interface FamilyConsentTable {
  id: Generated<string>;
  family_id: string;
  organisation_id: string;
  scopes: ConsentScope[];
  given_on: DateColumn;
  note: string | null;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
  withdrawn_on: DateColumn | null;
  withdrawn_by: string | null;
  withdrawn_at: Date | null;
  withdrawal_note: string | null;
}
export interface FamilyConsentGiverTable {
  consent_id: string;
  person_id: string;
}
export interface TrajectoryMemberTable {
  trajectory_id: string;
  user_id: string;
}
export interface FamilyAccountTable {
  user_id: string;
  family_id: string;
}
export interface BreakGlassTable {
  id: Generated<string>;
  user_id: string;
  family_id: string;
  reason: string;
  opened_at: DefaultedTimestamp;
  expires_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_outcome: 'justified' | 'unjustified' | null;
  review_note: string | null;
}
