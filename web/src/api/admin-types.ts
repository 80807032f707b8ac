// Wire types of the administration pages, aliases of the generated OpenAPI schemas.
import type { Schema } from './client';

export type AdminUser = Schema<'User'>;
export type NewUser = Schema<'CreateUserBodyInput'>;
export type UserChanges = Schema<'UpdateUserBodyInput'>;
export type Organisation = Schema<'Organisation'>;
export type NewOrganisation = Schema<'CreateOrganisationBodyInput'>;
export type Team = Schema<'Team'>;
export type TeamMember = Team['members'][number];
export type NewTeam = Schema<'CreateTeamBodyInput'>;
export type RolePolicy = Schema<'RolePolicy'>;
export type OutboxMessage = Schema<'OutboxList'>['items'][number];
export type Municipality = Schema<'MunicipalityList'>['items'][number];
export type PendingChange = AdminUser['pendingChanges'][number];
export type PrivilegedChange = Schema<'PrivilegedChange'>;
export type PrivilegedChangeKind = PrivilegedChange['kind'];
export type PrivilegedChangeStatus = PrivilegedChange['status'];
