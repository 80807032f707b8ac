// Kysely table types. They mirror migrations/*.sql by hand; the migration tests compare them
// with information_schema so the two cannot drift apart silently.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const ROLES = [
  'professional', 'team_lead', 'consultant', 'coordinator', 'signaller',
  'policy', 'privacy_officer', 'admin', 'family',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_TYPES = [
  'municipality', 'neighbourhood_team_carrier', 'school', 'gp_practice', 'child_health_clinic',
  'housing_corporation', 'police', 'veilig_thuis', 'child_protection_board', 'certified_institution',
  'care_provider', 'welfare_organisation',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const TEAM_TYPES = ['neighbourhood_team', 'cjg', 'wij_team', 'social_team', 'multi_expertise_team'] as const;
export type TeamType = (typeof TEAM_TYPES)[number];

export const TRAJECTORY_STATUSES = ['registered', 'intake', 'plan', 'in_progress', 'evaluation', 'closed'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];
export const ENTRY_POINTS = ['gp_ojg', 'school', 'child_health_clinic', 'self_referral', 'signal', 'veilig_thuis', 'police', 'other'] as const;
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

export interface RegionTable { code: string; name: string }
export interface MunicipalityTable { code: string; name: string; region_code: string }
export interface DistrictTable { code: string; name: string; municipality_code: string }
export interface NeighbourhoodTable { code: string; name: string; district_code: string; municipality_code: string }

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  type: OrganisationType;
  agb_code: string | null;
  municipality_code: string | null;
  created_at: DefaultedTimestamp;
}

export interface RolePolicyTable { role: Role; totp_required: Generated<boolean> }

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  home_organisation_id: string;
  roles: Role[];
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  active: Generated<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  version: Generated<number>;
}

export interface TeamTable {
  id: Generated<string>;
  name: string;
  type: TeamType;
  organisation_id: string;
  municipality_code: string;
  created_at: DefaultedTimestamp;
}
export interface TeamNeighbourhoodTable { team_id: string; neighbourhood_code: string }
export interface TeamMembershipTable {
  team_id: string;
  user_id: string;
  is_lead: Generated<boolean>;
  since: ColumnType<string, string | undefined, string>;
}

export interface SessionTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  mfa_pending: Generated<boolean>;
  created_at: DefaultedTimestamp;
  last_seen_at: DefaultedTimestamp;
  expires_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'login', 'logout', 'export', 'search'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditOutcome = 'allowed' | 'denied' | 'failed';

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: DefaultedTimestamp;
  request_id: string | null;
  event: string;
  action: AuditAction;
  outcome: AuditOutcome;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  actor_organisation_id: string | null;
  on_behalf_of: string | null;
  purpose: string;
  subject_type: string;
  subject_id: string | null;
  client_ref: string | null;
  data_description: string | null;
  emergency: Generated<boolean>;
  emergency_reason: string | null;
  chain_seq: number | null;
  prev_hash: string | null;
  hash: string | null;
  sealed_at: Date | null;
}

export interface AuditSealTable {
  id: Generated<number>;
  up_to_seq: number;
  head_hash: string;
  entries: number;
  sealed_at: DefaultedTimestamp;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: ColumnType<unknown, string | undefined, string>;
  status: Generated<'queued' | 'done' | 'failed'>;
  run_at: DefaultedTimestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: DefaultedTimestamp;
  finished_at: Date | null;
  finished_by: string | null;
}
export interface JobScheduleTable { name: string; kind: string; interval_seconds: number; next_run_at: DefaultedTimestamp }
export interface JobProbeTable { job_id: number; instance_id: string; executed_at: DefaultedTimestamp }

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  link: string | null;
  created_at: DefaultedTimestamp;
  read_at: Date | null;
}
export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body_text: string;
  transport: 'smtp' | 'local';
  created_at: DefaultedTimestamp;
  sent_at: Date | null;
  error: string | null;
}

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
type DateColumn = ColumnType<string, string, string>;
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
}
export interface FamilyConsentGiverTable { consent_id: string; person_id: string }
export interface TrajectoryMemberTable { trajectory_id: string; user_id: string }
export interface FamilyAccountTable { user_id: string; family_id: string }
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

// Meetings (top-3 table) and plans: migration 006.
export const MEETING_KINDS = ['top3', 'met', 'family_group', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const PARTICIPANT_KINDS = ['family_member', 'network', 'professional', 'chain_partner', 'other'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];
/** A `date` column: select it as `col::text` so both backends give 'YYYY-MM-DD'. */
type IsoDateColumn = ColumnType<string, string, string>;
export interface MeetingTable {
  id: Generated<string>;
  family_id: string;
  kind: MeetingKind;
  held_on: IsoDateColumn;
  location: string | null;
  created_by: string;
  created_at: DefaultedTimestamp;
  confirmed_at: Date | null;
  confirmed_by: string | null;
  confirmed_reason: string | null;
  plan_version: number | null;
}
export interface MeetingConcernTable { id: Generated<string>; meeting_id: string; concern_key: string; label: string }
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
export interface MeetingRankingTable { participant_id: string; rank: number; concern_id: string; own_words: string }
export interface MeetingTop3Table { meeting_id: string; position: number; concern_id: string }
export interface PlanTable { family_id: string; current_version: number; created_at: DefaultedTimestamp; updated_at: DefaultedTimestamp }
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
  signed_on: IsoDateColumn;
  signed_by_name: string;
  signed_by_user_id: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
}

export type InstrumentSubject = 'person' | 'household' | 'either';
export interface InstrumentTable {
  id: Generated<string>;
  code: string;
  version: number;
  name_nl: string;
  name_en: string;
  subject: InstrumentSubject;
  per_rater: Generated<boolean>;
  scale_min: number;
  scale_max: number;
  active: Generated<boolean>;
  created_at: DefaultedTimestamp;
}
export interface InstrumentItemTable { instrument_id: string; code: string; position: number; section: string | null; label_nl: string; label_en: string }
export interface MeasurementTable {
  id: Generated<string>;
  family_id: string;
  person_id: string | null;
  instrument_id: string;
  measured_on: IsoDateColumn;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
  note: string | null;
}
export interface MeasurementScoreTable {
  measurement_id: string;
  position: number;
  item_code: string;
  score: number;
  rater_name: string | null;
  rater_role: string | null;
}

export interface DB {
  region: RegionTable;
  municipality: MunicipalityTable;
  district: DistrictTable;
  neighbourhood: NeighbourhoodTable;
  organisation: OrganisationTable;
  role_policy: RolePolicyTable;
  app_user: AppUserTable;
  team: TeamTable;
  team_neighbourhood: TeamNeighbourhoodTable;
  team_membership: TeamMembershipTable;
  session: SessionTable;
  audit_event: AuditEventTable;
  audit_seal: AuditSealTable;
  job: JobTable;
  job_schedule: JobScheduleTable;
  job_probe: JobProbeTable;
  notification: NotificationTable;
  mail_outbox: MailOutboxTable;
  family: FamilyTable;
  trajectory: TrajectoryTable;
  trajectory_member: TrajectoryMemberTable;
  family_account: FamilyAccountTable;
  break_glass: BreakGlassTable;
  person: PersonTable;
  trajectory_status_change: TrajectoryStatusChangeTable;
  trajectory_handover: TrajectoryHandoverTable;
  family_story: FamilyStoryTable;
  family_consent: FamilyConsentTable;
  family_consent_giver: FamilyConsentGiverTable;
  meeting: MeetingTable;
  meeting_concern: MeetingConcernTable;
  meeting_participant: MeetingParticipantTable;
  meeting_ranking: MeetingRankingTable;
  meeting_top3: MeetingTop3Table;
  plan: PlanTable;
  plan_version: PlanVersionTable;
  plan_sign_off: PlanSignOffTable;
  instrument: InstrumentTable;
  instrument_item: InstrumentItemTable;
  measurement: MeasurementTable;
  measurement_score: MeasurementScoreTable;
}

export type AppUser = Selectable<AppUserTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
