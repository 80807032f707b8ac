// Wire types of the Keukentafel API, as documented in the server's OpenAPI description.

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

export interface OrganisationRef {
  id: string;
  name: string;
  type: OrganisationType;
}

export interface MyTeam {
  id: string;
  name: string;
  type: TeamType;
  organisationName: string;
  municipalityName: string;
  isLead: boolean;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  homeOrganisation: OrganisationRef;
  teams: MyTeam[];
  totpEnabled: boolean;
  totpRequired: boolean;
}

export type LoginResult =
  | { status: 'ok'; user: Me; csrfToken: string }
  | { status: 'totp_required'; csrfToken: string }
  | { status: 'totp_enrolment_required'; csrfToken: string };

export interface SessionResult {
  status: 'ok';
  user: Me;
  csrfToken: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface OwnSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  current: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}
