// Names for the value lists in the schema. Every text column with a CHECK (col IN (…)) list gets
// that list as its TypeScript type whether or not it is named here; naming it gives the union a type
// name and a runtime list (for zod enums and UI loops) that modules import from db/schema.ts.
// The values themselves come from the migrated database only: to add one, write a migration and
// run `npm run db:types`.

export interface Vocabulary {
  /** The TypeScript union's name. */
  type: string;
  /** The `as const` list's name, in the order of the migration's CHECK list. */
  list?: string;
  /** `table.column`; all must carry the same CHECK list (the generator stops if they differ). */
  columns: string[];
}

export const VOCABULARIES: Vocabulary[] = [
  { type: 'Role', list: 'ROLES', columns: ['app_user.roles', 'role_policy.role'] },
  { type: 'OrganisationType', list: 'ORGANISATION_TYPES', columns: ['organisation.type'] },
  { type: 'TeamType', list: 'TEAM_TYPES', columns: ['team.type'] },
  { type: 'AuditAction', list: 'AUDIT_ACTIONS', columns: ['audit_event.action'] },
  { type: 'AuditOutcome', columns: ['audit_event.outcome'] },
  {
    type: 'TrajectoryStatus',
    list: 'TRAJECTORY_STATUSES',
    columns: ['trajectory.status', 'trajectory_status_change.from_status', 'trajectory_status_change.to_status'],
  },
  { type: 'EntryPoint', list: 'ENTRY_POINTS', columns: ['trajectory.entry_point'] },
  { type: 'EndingReason', list: 'ENDING_REASONS', columns: ['trajectory.ending_reason'] },
  { type: 'ManagingWithoutHelp', list: 'MANAGING_WITHOUT_HELP', columns: ['trajectory.managing_without_help'] },
  { type: 'PersonKind', list: 'PERSON_KINDS', columns: ['person.kind'] },
  { type: 'NetworkRelation', list: 'NETWORK_RELATIONS', columns: ['person.network_relation'] },
  { type: 'StoryKind', list: 'STORY_KINDS', columns: ['family_story.kind'] },
  { type: 'ConsentScope', list: 'CONSENT_SCOPES', columns: ['family_consent.scopes'] },
  { type: 'MeetingKind', list: 'MEETING_KINDS', columns: ['meeting.kind'] },
  { type: 'ParticipantKind', list: 'PARTICIPANT_KINDS', columns: ['meeting_participant.kind'] },
  { type: 'InstrumentSubject', columns: ['instrument.subject'] },
  { type: 'PostcodeSource', list: 'POSTCODE_SOURCES', columns: ['postcode_area.source'] },
  { type: 'PartnerScope', list: 'PARTNER_SCOPES', columns: ['partner_api_key.scopes'] },
  { type: 'MatchKind', list: 'MATCH_KINDS', columns: ['involvement_match.kind'] },
  { type: 'CoordinatorSource', columns: ['involvement_match.coordinator_source'] },
  { type: 'MatchContactMethod', list: 'MATCH_CONTACT_METHODS', columns: ['involvement_match.contact_method'] },
  { type: 'RegistrationEndReason', columns: ['involvement_archive.end_reason'] },
  { type: 'SignalCategory', list: 'SIGNAL_CATEGORIES', columns: ['signal.category', 'collective_activity.category'] },
  { type: 'SignalUrgency', list: 'SIGNAL_URGENCIES', columns: ['signal.urgency'] },
  { type: 'SignalChannel', list: 'SIGNAL_CHANNELS', columns: ['signal.channel'] },
  { type: 'SignalStatus', list: 'SIGNAL_STATUSES', columns: ['signal.status'] },
  { type: 'TriageOutcome', list: 'TRIAGE_OUTCOMES', columns: ['signal.triage_outcome'] },
  { type: 'ReferralTarget', list: 'REFERRAL_TARGETS', columns: ['signal.referred_to'] },
  { type: 'OutreachOutcome', list: 'OUTREACH_OUTCOMES', columns: ['signal.outreach_outcome'] },
  { type: 'ContactMethod', list: 'CONTACT_METHODS', columns: ['signal_contact_attempt.method'] },
  { type: 'PartOfDay', list: 'PARTS_OF_DAY', columns: ['signal_contact_attempt.part_of_day'] },
  { type: 'SupportRequestStatus', list: 'SUPPORT_REQUEST_STATUSES', columns: ['support_request.status'] },
  { type: 'SupportFamilyStatus', list: 'SUPPORT_FAMILY_STATUSES', columns: ['support_family.status'] },
  { type: 'Referrer', list: 'REFERRERS', columns: ['support_request.referred_by'] },
  { type: 'ScreeningStep', list: 'SCREENING_STEPS', columns: ['support_screening_step.step'] },
  { type: 'MatchStatus', list: 'MATCH_STATUSES', columns: ['support_match.status'] },
  { type: 'EndReason', list: 'END_REASONS', columns: ['support_match.end_reason'] },
  { type: 'Frequency', list: 'FREQUENCIES', columns: ['support_family.frequency'] },
  { type: 'MatchEventKind', list: 'MATCH_EVENT_KINDS', columns: ['support_match_event.kind'] },
  { type: 'PrivilegedChangeKind', list: 'PRIVILEGED_CHANGE_KINDS', columns: ['privileged_change.kind'] },
  { type: 'PrivilegedChangeStatus', list: 'PRIVILEGED_CHANGE_STATUSES', columns: ['privileged_change.status'] },
  { type: 'PasswordLinkPurpose', columns: ['password_link.purpose'] },
  { type: 'BudgetLineKind', list: 'BUDGET_LINE_KINDS', columns: ['budget_line.line', 'contract_product.budget_line'] },
  { type: 'BudgetScope', list: 'BUDGET_SCOPES', columns: ['budget_line.scope'] },
  { type: 'ContractVariant', list: 'CONTRACT_VARIANTS', columns: ['contract.variant'] },
  { type: 'LevelOfHelp', list: 'LEVELS_OF_HELP', columns: ['product_category_level.level_of_help'] },
  { type: 'OutcomeIndicator', list: 'OUTCOME_INDICATORS', columns: ['outcome_criterion.indicator'] },
  { type: 'IjwMessageType', list: 'IJW_MESSAGE_TYPES', columns: ['ijw_message.message_type'] },
  { type: 'IjwMessageStatus', list: 'IJW_MESSAGE_STATUSES', columns: ['ijw_message.status'] },
  { type: 'AllocationRequestSource', list: 'ALLOCATION_REQUEST_SOURCES', columns: ['allocation_request.source'] },
  { type: 'AllocationRequestStatus', list: 'ALLOCATION_REQUEST_STATUSES', columns: ['allocation_request.status'] },
  { type: 'AllocationKind', list: 'ALLOCATION_KINDS', columns: ['allocation.kind'] },
  { type: 'AllocationStatus', list: 'ALLOCATION_STATUSES', columns: ['allocation.status'] },
  { type: 'LearningKind', list: 'LEARNING_KINDS', columns: ['learning_entry.kind'] },
  { type: 'ReflectionActionStatus', list: 'REFLECTION_ACTION_STATUSES', columns: ['reflection_action.status'] },
];

export interface ColumnOverride {
  /** A type exported by column-types.ts, used as the column's whole type. */
  type: string;
  /** Must match the column: the generator stops when a migration changes it, so the type is revisited. */
  nullable: boolean;
  /** The column's SQL type, checked the same way. */
  sqlType: string;
}

/** Columns typed by hand in column-types.ts: JSONB documents and a pattern-checked value. */
export const COLUMN_OVERRIDES: Record<string, ColumnOverride> = {
  'involvement_registration.risk_ground': { type: 'RiskGround', nullable: false, sqlType: 'bpchar' },
  'signal.meldcode': { type: 'MeldcodeColumn', nullable: true, sqlType: 'jsonb' },
  'plan_version.content': { type: 'PlanContentColumn', nullable: false, sqlType: 'jsonb' },
  'job.payload': { type: 'JobPayloadColumn', nullable: false, sqlType: 'jsonb' },
  'coordinator_weights.weights': { type: 'WeightsColumn', nullable: false, sqlType: 'jsonb' },
  'privileged_change.payload': { type: 'PrivilegedChangePayloadColumn', nullable: false, sqlType: 'jsonb' },
};
