// Kysely table types, written by hand to mirror migrations/*.sql, one file per concern in tables/.
// Everything is re-exported here so code imports from one place.
import type { Insertable, Selectable } from 'kysely';
import type {
  RegionTable,
  MunicipalityTable,
  DistrictTable,
  NeighbourhoodTable,
  OrganisationTable,
  RolePolicyTable,
  AppUserTable,
  TeamTable,
  TeamNeighbourhoodTable,
  TeamMembershipTable,
  SessionTable,
  AuditEventTable,
  AuditSealTable,
  JobTable,
  JobScheduleTable,
  JobProbeTable,
  NotificationTable,
  MailOutboxTable,
  FamilyTable,
  TrajectoryTable,
  TrajectoryMemberTable,
  FamilyAccountTable,
  BreakGlassTable,
  PersonTable,
  TrajectoryStatusChangeTable,
  TrajectoryHandoverTable,
  FamilyStoryTable,
  FamilyConsentTable,
  FamilyConsentGiverTable,
  MeetingTable,
  MeetingConcernTable,
  MeetingParticipantTable,
  MeetingRankingTable,
  MeetingTop3Table,
  PlanTable,
  PlanVersionTable,
  PlanSignOffTable,
  InstrumentTable,
  InstrumentItemTable,
  MeasurementTable,
  MeasurementScoreTable,
  PostcodeAreaTable,
  SignalSlaTable,
  SignalBatchTable,
  SignalBatchRejectionTable,
  SignalTable,
  SignalContactAttemptTable,
  CollectiveActivityTable,
} from './tables/index.js';
import type {
  PartnerApiKeyTable,
  InvolvementCoordinatorTable,
  InvolvementRegistrationTable,
  InvolvementMatchTable,
  InvolvementMatchMemberTable,
  InvolvementArchiveTable,
} from './tables/index.js';
import type {
  CoordinatorAreaTable,
  SupportKindTable,
  SupportSettingsTable,
  CoordinatorWeightsTable,
  SupportRequestTable,
  SupportFamilyTable,
  SupportScreeningStepTable,
  SupportConfirmationTable,
  SupportPairRejectionTable,
  SupportMatchTable,
  SupportMatchEventTable,
  SupportMatchAgreementTable,
  SupportMatchReminderTable,
} from './tables/index.js';

export * from './tables/index.js';

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
  postcode_area: PostcodeAreaTable;
  partner_api_key: PartnerApiKeyTable;
  involvement_coordinator: InvolvementCoordinatorTable;
  involvement_registration: InvolvementRegistrationTable;
  involvement_match: InvolvementMatchTable;
  involvement_match_member: InvolvementMatchMemberTable;
  involvement_archive: InvolvementArchiveTable;
  coordinator_area: CoordinatorAreaTable;
  support_kind: SupportKindTable;
  support_settings: SupportSettingsTable;
  coordinator_weights: CoordinatorWeightsTable;
  support_request: SupportRequestTable;
  support_family: SupportFamilyTable;
  support_screening_step: SupportScreeningStepTable;
  support_confirmation: SupportConfirmationTable;
  support_pair_rejection: SupportPairRejectionTable;
  support_match: SupportMatchTable;
  support_match_event: SupportMatchEventTable;
  support_match_agreement: SupportMatchAgreementTable;
  support_match_reminder: SupportMatchReminderTable;
  signal_sla: SignalSlaTable;
  signal_batch: SignalBatchTable;
  signal_batch_rejection: SignalBatchRejectionTable;
  signal: SignalTable;
  signal_contact_attempt: SignalContactAttemptTable;
  collective_activity: CollectiveActivityTable;
}

export type AppUser = Selectable<AppUserTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
