// SQL for user administration. Every function takes a Grant: it cannot run without an audited decision.
import { sql } from 'kysely';
import type { Grant, ScopeGrant } from '../../platform/access/authorize.js';
import type { Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { pendingFor } from './privileged/queries.js';
import type { User, UserSearchBody } from './schemas.js';

const PAGE_SIZE = 50;

function baseUserQuery(trx: Tx) {
  return trx
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.email',
      'u.roles',
      'u.active',
      'u.totp_enabled',
      'u.locked_until',
      'u.version',
      'o.id as org_id',
      'o.name as org_name',
      'o.type as org_type',
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof baseUserQuery>['executeTakeFirstOrThrow']>>;

async function present(trx: Tx, rows: UserRow[]): Promise<User[]> {
  const ids = rows.map((r) => r.id);
  const teams =
    ids.length === 0
      ? []
      : await trx
          .selectFrom('team_membership as tm')
          .innerJoin('team as t', 't.id', 'tm.team_id')
          .select(['tm.user_id', 't.id', 't.name', 'tm.is_lead'])
          .where('tm.user_id', 'in', ids)
          .orderBy('t.name')
          .execute();
  const pending = await pendingFor(trx, { userIds: ids });
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    roles: r.roles,
    active: r.active,
    homeOrganisation: { id: r.org_id, name: r.org_name, type: r.org_type },
    totpEnabled: r.totp_enabled,
    lockedUntil: r.locked_until && r.locked_until > new Date() ? r.locked_until : null,
    teams: teams.filter((t) => t.user_id === r.id).map((t) => ({ id: t.id, name: t.name, isLead: t.is_lead })),
    version: r.version,
    pendingChanges: pending
      .filter((c) => c.target_user_id === r.id)
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        summary: c.summary,
        requestedBy: c.r_name,
        requestedAt: c.requested_at,
        teamName: c.team_name,
      })),
  }));
}

/** `_grant` only proves the audited decision: administrators see every account, so it narrows nothing. */
export async function searchUsers(
  trx: Tx,
  _grant: ScopeGrant<'user'>,
  query: UserSearchBody,
): Promise<{ items: User[]; total: number; page: number; pageSize: number }> {
  let q = baseUserQuery(trx);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
  }
  if (query.organisationId) q = q.where('u.home_organisation_id', '=', query.organisationId);
  const total = await q
    .clearSelect()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE)
    .execute();
  return { items: await present(trx, rows), total: Number(total.n), page: query.page, pageSize: PAGE_SIZE };
}

export async function getUser(trx: Tx, grant: Grant<'user'>): Promise<User> {
  const row = await baseUserQuery(trx).where('u.id', '=', grant.subjectId).executeTakeFirst();
  if (!row) throw new NotFoundError('user_not_found', { detail: 'No such user.' });
  const [user] = await present(trx, [row]);
  return user as User;
}
