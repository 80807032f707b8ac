// Wire types shared by several pages: aliases of the schemas generated from the server's OpenAPI
// document (schema.ts), so they cannot drift from what the server sends.
import type { Schema } from './client';
import { organisationTypeValues, roleValues, teamTypeValues } from './schema';

export const ROLES = roleValues;
export type Role = Schema<'Role'>;

export const ORGANISATION_TYPES = organisationTypeValues;
export type OrganisationType = Schema<'OrganisationType'>;

export const TEAM_TYPES = teamTypeValues;
export type TeamType = Schema<'TeamType'>;

export type Me = Schema<'Me'>;
export type OrganisationRef = Me['homeOrganisation'];
export type MyTeam = Me['teams'][number];
export type LoginResult = Schema<'LoginResult'>;
export type SessionResult = Extract<LoginResult, { status: 'ok' }>;
export type TotpSetup = Schema<'TotpSetup'>;
export type OwnSession = Schema<'SessionList'>['items'][number];
