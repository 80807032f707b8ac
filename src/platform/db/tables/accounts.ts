// Geography, organisations, users, teams and sessions (migration 001).
import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from './columns.js';

export const ROLES = [
  'professional',
  'team_lead',
  'consultant',
  'coordinator',
  'signaller',
  'policy',
  'privacy_officer',
  'admin',
  'family',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_TYPES = [
  'municipality',
  'neighbourhood_team_carrier',
  'school',
  'gp_practice',
  'child_health_clinic',
  'housing_corporation',
  'police',
  'veilig_thuis',
  'child_protection_board',
  'certified_institution',
  'care_provider',
  'welfare_organisation',
  'utility_company',
  'health_insurer',
  'debt_help',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const TEAM_TYPES = ['neighbourhood_team', 'cjg', 'wij_team', 'social_team', 'multi_expertise_team'] as const;
export type TeamType = (typeof TEAM_TYPES)[number];

export interface RegionTable {
  code: string;
  name: string;
}
export interface MunicipalityTable {
  code: string;
  name: string;
  region_code: string;
}
export interface DistrictTable {
  code: string;
  name: string;
  municipality_code: string;
}
export interface NeighbourhoodTable {
  code: string;
  name: string;
  district_code: string;
  municipality_code: string;
}

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  type: OrganisationType;
  agb_code: string | null;
  municipality_code: string | null;
  created_at: DefaultedTimestamp;
}

export interface RolePolicyTable {
  role: Role;
  totp_required: Generated<boolean>;
}

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
export interface TeamNeighbourhoodTable {
  team_id: string;
  neighbourhood_code: string;
}
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
