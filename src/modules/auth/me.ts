// The logged-in user's own profile: reading one's own account needs no need-to-know check.
// The profile is three selects sent as one statement (parts of a bundle), so that `GET /api/auth/me`
// can fetch it in the very statement that checks the session (sessions.ts).
import { sql, type Expression, type Kysely } from 'kysely';
import { fetchAll, many, one, scalar, type Part } from '../../platform/db/bundle.js';
import type { DB, OrganisationType, Role, TeamType } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Me } from './schemas.js';

export async function totpRequiredFor(db: Kysely<DB> | Tx, roles: readonly string[]): Promise<boolean> {
  if (roles.length === 0) return false;
  const row = await db
    .selectFrom('role_policy')
    .select('role')
    .where('role', 'in', roles as never)
    .where('totp_required', '=', true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  roles: Role[];
  totp_enabled: boolean;
  org_id: string;
  org_name: string;
  org_type: OrganisationType;
  org_municipality: string | null;
}
interface TeamRow {
  id: string;
  name: string;
  type: TeamType;
  organisation_name: string;
  municipality_name: string;
  is_lead: boolean;
}
export interface MeParts {
  me_user: Part<UserRow | undefined>;
  me_teams: Part<TeamRow[]>;
  me_totp: Part<boolean>;
}

/** The profile of the user `userId` names (a value, or a column of an enclosing query), as bundle parts. */
export function meParts(db: Kysely<DB> | Tx, userId: Expression<string>): MeParts {
  return {
    me_user: one(
      db
        .selectFrom('app_user as u')
        .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
        .select([
          'u.id',
          'u.username',
          'u.display_name',
          'u.email',
          'u.roles',
          'u.totp_enabled',
          'o.id as org_id',
          'o.name as org_name',
          'o.type as org_type',
          'o.municipality_code as org_municipality',
        ])
        .where('u.id', '=', userId)
        .limit(1),
    ),
    me_teams: many(
      db
        .selectFrom('team_membership as tm')
        .innerJoin('team as t', 't.id', 'tm.team_id')
        .innerJoin('organisation as o', 'o.id', 't.organisation_id')
        .innerJoin('municipality as m', 'm.code', 't.municipality_code')
        .select([
          't.id',
          't.name',
          't.type',
          'o.name as organisation_name',
          'm.name as municipality_name',
          'tm.is_lead',
        ])
        .where('tm.user_id', '=', userId)
        .orderBy('t.name'),
    ),
    me_totp: scalar(
      sql<boolean>`exists (select 1 from role_policy rp join app_user ru on rp.role::text = any(ru.roles::text[])
        where ru.id = ${userId} and rp.totp_required)`,
    ),
  };
}

export function presentMe(user: UserRow, teams: TeamRow[], totpRequired: boolean): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    email: user.email,
    roles: user.roles,
    homeOrganisation: {
      id: user.org_id,
      name: user.org_name,
      type: user.org_type,
      municipalityCode: user.org_municipality,
    },
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      type: t.type,
      organisationName: t.organisation_name,
      municipalityName: t.municipality_name,
      isLead: t.is_lead,
    })),
    totpEnabled: user.totp_enabled,
    totpRequired,
  };
}

export async function loadMe(db: Kysely<DB> | Tx, userId: string): Promise<Me> {
  const r = await fetchAll(db, { ...meParts(db, sql.val(userId)) });
  if (!r.me_user) throw new Error('no such user');
  return presentMe(r.me_user, r.me_teams, r.me_totp);
}
