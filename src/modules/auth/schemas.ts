import { z } from 'zod';
import { ROLES, ORGANISATION_TYPES, TEAM_TYPES } from '../../platform/db/schema.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const Role = z.enum(ROLES).meta({ id: 'Role' });
export const OrganisationType = z.enum(ORGANISATION_TYPES).meta({ id: 'OrganisationType' });
export const TeamType = z.enum(TEAM_TYPES).meta({ id: 'TeamType' });

export const LoginBody = z
  .strictObject({
    username: z.string().trim().toLowerCase().min(1).max(64),
    password: z.string().min(1).max(200),
  })
  .meta({ id: 'LoginBody' });

export const TotpBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'six digits') }).meta({ id: 'TotpBody' });
export const PasswordBody = z
  .strictObject({ password: z.string().min(1).max(200) })
  .meta({ id: 'PasswordConfirmation' });

export const Me = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    roles: z.array(Role),
    homeOrganisation: z.object({
      id: z.uuid(),
      name: z.string(),
      type: OrganisationType,
      /** The municipality the organisation works for, if one (a policy advisor's own municipality). */
      municipalityCode: z.string().nullable(),
    }),
    teams: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        type: TeamType,
        organisationName: z.string(),
        municipalityName: z.string(),
        isLead: z.boolean(),
      }),
    ),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const LoginResult = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), user: Me, csrfToken: z.string() }),
    z.object({ status: z.literal('totp_required'), csrfToken: z.string() }),
    z.object({ status: z.literal('totp_enrolment_required'), csrfToken: z.string() }),
  ])
  .meta({ id: 'LoginResult' });
export type LoginResult = z.infer<typeof LoginResult>;

export const MeResult = z.object({ user: Me, csrfToken: z.string() }).meta({ id: 'MeResult' });
export const TotpSetup = z
  .object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() })
  .meta({ id: 'TotpSetup' });

export const SessionList = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        createdAt: z.date(),
        lastSeenAt: z.date(),
        expiresAt: z.date(),
        userAgent: z.string().nullable(),
        current: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'SessionList' });
export const IdParams = z.strictObject({ id: z.uuid() });
