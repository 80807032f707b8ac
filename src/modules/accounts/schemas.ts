import { z } from 'zod';
import { ROLES } from '../../platform/db/schema.js';
import { PASSWORD_RULES } from '../../platform/crypto/password.js';
import { OrganisationType, Role, TeamType } from '../auth/schemas.js';
import { PendingChange } from './privileged/schemas.js';

const Password = z.string().min(PASSWORD_RULES.minLength, 'weak_password').max(PASSWORD_RULES.maxLength);
const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'lowercase letters, digits, dot, dash, underscore');
const DisplayName = z.string().trim().min(1).max(200);
const Email = z.email().max(254);
const RoleList = z
  .array(Role)
  .min(1)
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, 'duplicate role');
const Page = z.coerce.number().int().min(1).max(100_000).default(1);

export const OrgRef = z.object({ id: z.uuid(), name: z.string(), type: OrganisationType });

export const User = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    roles: z.array(Role),
    active: z.boolean(),
    homeOrganisation: OrgRef,
    totpEnabled: z.boolean(),
    lockedUntil: z.date().nullable(),
    teams: z.array(z.object({ id: z.uuid(), name: z.string(), isLead: z.boolean() })),
    version: z.number().int(),
    /** Granting changes waiting for a second person ("wacht op goedkeuring"). */
    pendingChanges: z.array(PendingChange.extend({ teamName: z.string().nullable() })),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserList = z
  .object({ items: z.array(User), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'UserList' });
/** A staff search: free text can name a person, so it travels in a POST body, never in a URL. */
export const UserSearchBody = z
  .strictObject({
    q: z.string().trim().max(100).optional(),
    organisationId: z.uuid().optional(),
    page: Page,
  })
  .meta({ id: 'UserSearchBody' });
export type UserSearchBody = z.infer<typeof UserSearchBody>;
/** The list in the URL takes only filters that name no one; `q` is refused (strict object). */
export const UserQuery = UserSearchBody.omit({ q: true });
export type UserQuery = z.infer<typeof UserQuery>;

export const CreateUserBody = z
  .strictObject({
    username: Username,
    displayName: DisplayName,
    email: Email.optional(),
    homeOrganisationId: z.uuid(),
    roles: RoleList,
    /** Only for accounts without access to case content; otherwise the user gets a one-time link. */
    password: Password.optional(),
  })
  .meta({ id: 'CreateUserBody' });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .strictObject({
    version: z.number().int().min(1),
    displayName: DisplayName.optional(),
    email: Email.nullable().optional(),
    roles: RoleList.optional(),
    active: z.boolean().optional(),
    homeOrganisationId: z.uuid().optional(),
  })
  .meta({ id: 'UpdateUserBody' });
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const SetPasswordWithLinkBody = z
  .strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'token'), password: Password })
  .meta({ id: 'SetPasswordWithLinkBody' });

export const Organisation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: OrganisationType,
    agbCode: z.string().nullable(),
    municipalityCode: z.string().nullable(),
  })
  .meta({ id: 'Organisation' });
export const OrganisationList = z.object({ items: z.array(Organisation) }).meta({ id: 'OrganisationList' });
export const OrganisationQuery = z.strictObject({ type: OrganisationType.optional() });
export const CreateOrganisationBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    type: OrganisationType,
    agbCode: z
      .string()
      .regex(/^\d{8}$/, 'eight digits')
      .optional(),
    municipalityCode: z
      .string()
      .regex(/^\d{4}$/, 'four digits')
      .optional(),
  })
  .meta({ id: 'CreateOrganisationBody' });
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

export const Team = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: TeamType,
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    municipality: z.object({ code: z.string(), name: z.string() }),
    neighbourhoods: z.array(z.object({ code: z.string(), name: z.string() })),
    members: z.array(
      z.object({
        userId: z.uuid(),
        username: z.string(),
        displayName: z.string(),
        organisationName: z.string(),
        isLead: z.boolean(),
      }),
    ),
    /** Memberships waiting for a second person (another admin or a lead of this team). */
    pendingMembers: z.array(
      z.object({
        changeId: z.uuid(),
        userId: z.uuid(),
        username: z.string(),
        displayName: z.string(),
        isLead: z.boolean(),
        requestedBy: z.string(),
        requestedAt: z.date(),
      }),
    ),
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;
export const TeamList = z.object({ items: z.array(Team) }).meta({ id: 'TeamList' });
export const TeamQuery = z.strictObject({
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});
export const CreateTeamBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    type: TeamType,
    organisationId: z.uuid(),
    municipalityCode: z.string().regex(/^\d{4}$/, 'four digits'),
    neighbourhoodCodes: z
      .array(z.string().regex(/^BU\d{8}$/))
      .max(500)
      .optional(),
  })
  .meta({ id: 'CreateTeamBody' });
export type CreateTeamBody = z.infer<typeof CreateTeamBody>;
export const AddMemberBody = z
  .strictObject({ userId: z.uuid(), isLead: z.boolean().optional() })
  .meta({ id: 'AddMemberBody' });
export const MemberParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });

export const RolePolicy = z.object({ role: Role, totpRequired: z.boolean() }).meta({ id: 'RolePolicy' });
export const RolePolicyList = z.object({ items: z.array(RolePolicy) }).meta({ id: 'RolePolicyList' });
export const RoleParams = z.strictObject({ role: Role });
export const RolePolicyBody = z.strictObject({ totpRequired: z.boolean() }).meta({ id: 'RolePolicyBody' });

export const OutboxList = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        to: z.string(),
        subject: z.string(),
        body: z.string().nullable(),
        redacted: z.boolean(),
        transport: z.enum(['smtp', 'local']),
        createdAt: z.date(),
        sentAt: z.date().nullable(),
        error: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'OutboxList' });
export const PageQuery = z.strictObject({ page: Page });
