// Meetings (top-3 table) and plans (migration 006).
import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, DateColumn } from './columns.js';

// Meetings (top-3 table) and plans: migration 006.
export const MEETING_KINDS = ['top3', 'met', 'family_group', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const PARTICIPANT_KINDS = ['family_member', 'network', 'professional', 'chain_partner', 'other'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];
/** A `date` column: select it as `col::text` so both backends give 'YYYY-MM-DD'. */
export interface MeetingTable {
  id: Generated<string>;
  family_id: string;
  kind: MeetingKind;
  held_on: DateColumn;
  location: string | null;
  created_by: string;
  created_at: DefaultedTimestamp;
  confirmed_at: Date | null;
  confirmed_by: string | null;
  confirmed_reason: string | null;
  plan_version: number | null;
}
export interface MeetingConcernTable {
  id: Generated<string>;
  meeting_id: string;
  concern_key: string;
  label: string;
}
export interface MeetingParticipantTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  kind: ParticipantKind;
  name: string;
  role_label: string;
  user_id: string | null;
  safety_rating: number | null;
  strengths: ColumnType<string[], string[] | undefined, string[]>;
}
export interface MeetingRankingTable {
  participant_id: string;
  rank: number;
  concern_id: string;
  own_words: string;
}
export interface MeetingTop3Table {
  meeting_id: string;
  position: number;
  concern_id: string;
}
export interface PlanTable {
  family_id: string;
  current_version: number;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}
export interface PlanVersionTable {
  family_id: string;
  version: number;
  content: ColumnType<unknown, string, never>;
  note: string | null;
  source: Generated<'edit' | 'meeting'>;
  source_meeting_id: string | null;
  author_id: string;
  author_name: string;
  created_at: DefaultedTimestamp;
}
export interface PlanSignOffTable {
  id: Generated<string>;
  family_id: string;
  version: number;
  signed_on: DateColumn;
  signed_by_name: string;
  signed_by_user_id: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
}
