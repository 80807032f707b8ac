import type { OrganisationRef, OrganisationType, Role, TeamType } from './types';

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  active: boolean;
  homeOrganisation: OrganisationRef;
  totpEnabled: boolean;
  lockedUntil: string | null;
  teams: { id: string; name: string; isLead: boolean }[];
  version: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string;
  homeOrganisationId: string;
  roles: Role[];
  password: string;
}

export interface UserChanges {
  version: number;
  displayName?: string;
  email?: string | null;
  roles?: Role[];
  active?: boolean;
  homeOrganisationId?: string;
}

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  agbCode: string | null;
  municipalityCode: string | null;
}

export interface NewOrganisation {
  name: string;
  type: OrganisationType;
  agbCode?: string;
  municipalityCode?: string;
}

export interface TeamMember {
  userId: string;
  username: string;
  displayName: string;
  organisationName: string;
  isLead: boolean;
}

export interface Team {
  id: string;
  name: string;
  type: TeamType;
  organisation: { id: string; name: string };
  municipality: { code: string; name: string };
  neighbourhoods: { code: string; name: string }[];
  members: TeamMember[];
}

export interface NewTeam {
  name: string;
  type: TeamType;
  organisationId: string;
  municipalityCode: string;
  neighbourhoodCodes?: string[];
}

export interface RolePolicy {
  role: Role;
  totpRequired: boolean;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  transport: 'smtp' | 'local';
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}

export interface Municipality {
  code: string;
  name: string;
  regionName: string;
  neighbourhoods: { code: string; name: string; districtName: string }[];
}
