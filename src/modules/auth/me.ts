// The logged-in user's own profile: reading one's own account needs no need-to-know check.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
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

export async function loadMe(db: Kysely<DB> | Tx, userId: string): Promise<Me> {
  const user = await db
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
    .executeTakeFirstOrThrow();
  const teams = await db
    .selectFrom('team_membership as tm')
    .innerJoin('team as t', 't.id', 'tm.team_id')
    .innerJoin('organisation as o', 'o.id', 't.organisation_id')
    .innerJoin('municipality as m', 'm.code', 't.municipality_code')
    .select(['t.id', 't.name', 't.type', 'o.name as organisation_name', 'm.name as municipality_name', 'tm.is_lead'])
    .where('tm.user_id', '=', userId)
    .orderBy('t.name')
    .execute();
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
    totpRequired: await totpRequiredFor(db, user.roles),
  };
}
