// Teams and their members from several organisations ("two business cards").
import { randomUUID } from 'node:crypto';
import { authorize, refuse, type Grant, type ScopeGrant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { pendingFor } from './privileged/queries.js';
import { recordAppliedChange, requestChange } from './privileged/request.js';
import type { CreateTeamBody, Team } from './schemas.js';

const PURPOSE = 'administration';

async function loadTeams(
  trx: Tx,
  grant: Grant<'team'> | ScopeGrant<'team'>,
  filter: { municipalityCode?: string },
): Promise<Team[]> {
  let q = trx
    .selectFrom('team as t')
    .innerJoin('organisation as o', 'o.id', 't.organisation_id')
    .innerJoin('municipality as m', 'm.code', 't.municipality_code')
    .select([
      't.id',
      't.name',
      't.type',
      'o.id as org_id',
      'o.name as org_name',
      'm.code as m_code',
      'm.name as m_name',
    ]);
  // A grant for one team reads that team only.
  if (grant.subjectId !== null) q = q.where('t.id', '=', grant.subjectId);
  if (filter.municipalityCode) q = q.where('t.municipality_code', '=', filter.municipalityCode);
  const teams = await q.orderBy('m.name').orderBy('t.name').execute();
  const ids = teams.map((t) => t.id);
  if (ids.length === 0) return [];
  const pending = grant.subjectId !== null ? await pendingFor(trx, { teamId: grant.subjectId }) : [];
  const [hoods, members] = await Promise.all([
    trx
      .selectFrom('team_neighbourhood as tn')
      .innerJoin('neighbourhood as n', 'n.code', 'tn.neighbourhood_code')
      .select(['tn.team_id', 'n.code', 'n.name'])
      .where('tn.team_id', 'in', ids)
      .orderBy('n.name')
      .execute(),
    trx
      .selectFrom('team_membership as tm')
      .innerJoin('app_user as u', 'u.id', 'tm.user_id')
      .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
      .select(['tm.team_id', 'u.id', 'u.username', 'u.display_name', 'o.name as org_name', 'tm.is_lead'])
      .where('tm.team_id', 'in', ids)
      .orderBy('tm.is_lead', 'desc')
      .orderBy('u.display_name')
      .execute(),
  ]);
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    type: t.type,
    organisation: { id: t.org_id, name: t.org_name },
    municipality: { code: t.m_code, name: t.m_name },
    neighbourhoods: hoods.filter((h) => h.team_id === t.id).map((h) => ({ code: h.code, name: h.name })),
    members: members
      .filter((m) => m.team_id === t.id)
      .map((m) => ({
        userId: m.id,
        username: m.username,
        displayName: m.display_name,
        organisationName: m.org_name,
        isLead: m.is_lead,
      })),
    pendingMembers: pending
      .filter((c) => c.kind === 'team_membership' && c.team_id === t.id)
      .map((c) => ({
        changeId: c.id,
        userId: c.target_user_id,
        username: c.t_username,
        displayName: c.t_name,
        isLead: c.payload.isLead === true,
        requestedBy: c.r_name,
        requestedAt: c.requested_at,
      })),
  }));
}

async function getTeam(trx: Tx, grant: Grant<'team'>): Promise<Team> {
  const [team] = await loadTeams(trx, grant, {});
  if (!team) throw new NotFoundError('team_not_found', { detail: 'No such team.' });
  return team;
}

export function listTeams(ctx: RequestContext, municipalityCode?: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'team',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: 'team list',
    });
    return loadTeams(trx, grant, municipalityCode ? { municipalityCode } : {});
  });
}

export function readTeam(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) =>
    getTeam(
      trx,
      await authorize(trx, ctx, { subject: 'team', id, action: 'read', purpose: PURPOSE, data: 'team and members' }),
    ),
  );
}

export function createTeam(ctx: RequestContext, body: CreateTeamBody): Promise<Team> {
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const grant = await authorize(trx, ctx, {
      subject: 'team',
      id,
      action: 'create',
      purpose: PURPOSE,
      data: `team "${body.name}"`,
    });
    await trx
      .insertInto('team')
      .values({
        id,
        name: body.name,
        type: body.type,
        organisation_id: body.organisationId,
        municipality_code: body.municipalityCode,
      })
      .execute();
    const codes = [...new Set(body.neighbourhoodCodes ?? [])];
    if (codes.length > 0) {
      const inside = await trx
        .selectFrom('neighbourhood')
        .select('code')
        .where('code', 'in', codes)
        .where('municipality_code', '=', body.municipalityCode)
        .execute();
      if (inside.length !== codes.length)
        throw new ValidationError('neighbourhood_outside_municipality', {
          detail: 'A neighbourhood is not in the chosen municipality.',
          errors: [{ path: 'neighbourhoodCodes', message: 'neighbourhood_outside_municipality' }],
        });
      await trx
        .insertInto('team_neighbourhood')
        .values(codes.map((code) => ({ team_id: id, neighbourhood_code: code })))
        .execute();
    }
    return getTeam(trx, grant);
  });
}

/**
 * A membership (or lead) gives access to the team's families: it waits for another administrator
 * or a lead of the team. Nobody adds themselves; removing someone takes effect at once.
 */
export function addMember(ctx: RequestContext, teamId: string, userId: string, isLead: boolean): Promise<Team> {
  return inTransaction(ctx.db, async (trx) => {
    const request = {
      subject: 'team' as const,
      id: teamId,
      action: 'update' as const,
      purpose: PURPOSE,
      data: `member requested: user ${userId}${isLead ? ' (lead)' : ''}`,
      event: 'team.member_requested',
    };
    if (ctx.actor?.userId === userId) refuse(ctx, request, 'nobody adds themselves to a team', 'own_account_change');
    const grant = await authorize(trx, ctx, request);
    const team = await getTeam(trx, grant);
    const user = await trx
      .selectFrom('app_user')
      .select('id')
      .where('id', '=', userId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!user) throw new ValidationError('unknown_reference', { detail: 'No such active user.' });
    if (team.members.some((m) => m.userId === userId && m.isLead === isLead))
      throw new ConflictError('already_member', { detail: 'This user is already a member of the team in this role.' });
    await requestChange(trx, ctx, grant.actor, {
      kind: 'team_membership',
      targetUserId: userId,
      teamId,
      payload: { isLead },
      summary: `team "${team.name}": member${isLead ? ' (lead)' : ''}`,
    });
    return getTeam(trx, grant);
  });
}

export function removeMember(ctx: RequestContext, teamId: string, userId: string): Promise<void> {
  return inTransaction(ctx.db, async (trx) => {
    const request = {
      subject: 'team' as const,
      id: teamId,
      action: 'update' as const,
      purpose: PURPOSE,
      data: `member removed: user ${userId}`,
      event: 'team.member_removed',
    };
    if (ctx.actor?.userId === userId)
      refuse(ctx, request, 'nobody changes their own team memberships', 'own_account_change');
    const grant = await authorize(trx, ctx, request);
    const res = await trx
      .deleteFrom('team_membership')
      .where('team_id', '=', teamId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) === 0)
      throw new NotFoundError('membership_not_found', { detail: 'This user is not a member of the team.' });
    const team = await trx.selectFrom('team').select('name').where('id', '=', teamId).executeTakeFirstOrThrow();
    await recordAppliedChange(trx, ctx, grant.actor, {
      kind: 'team_membership',
      targetUserId: userId,
      teamId,
      payload: { removed: true },
      summary: `team "${team.name}": membership removed`,
    });
  });
}
