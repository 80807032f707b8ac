// Collective activities: what a team organises in answer to a neighbourhood pattern (a budgeting
// course, coffee mornings for single parents). No personal data: a title, dates, a head count.
import { sql } from 'kysely';
import { authorize, requireActor } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/errors.js';
import type { NewActivity } from './schemas.js';

export function registerActivity(ctx: RequestContext, body: NewActivity) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'collective_activity',
      id: body.teamId,
      action: 'create',
      purpose: 'collective prevention',
      data: `collective activity: ${body.title.slice(0, 60)}`,
    });
    const team = await trx
      .selectFrom('team')
      .select('municipality_code')
      .where('id', '=', body.teamId)
      .executeTakeFirstOrThrow();
    if (body.endsOn && body.endsOn < body.startsOn)
      throw new ValidationError('invalid_input', {
        detail: 'The activity cannot end before it starts.',
        errors: [{ path: 'endsOn', message: 'before_start' }],
      });
    if (body.neighbourhoodCode) {
      const hood = await trx
        .selectFrom('neighbourhood')
        .select('code')
        .where('code', '=', body.neighbourhoodCode)
        .where('municipality_code', '=', team.municipality_code)
        .executeTakeFirst();
      if (!hood)
        throw new ValidationError('neighbourhood_outside_municipality', {
          detail: "The neighbourhood is not in the team's municipality.",
          errors: [{ path: 'neighbourhoodCode', message: 'not in this municipality' }],
        });
    }
    const row = await trx
      .insertInto('collective_activity')
      .values({
        team_id: body.teamId,
        municipality_code: team.municipality_code,
        neighbourhood_code: body.neighbourhoodCode ?? null,
        category: body.category ?? null,
        title: body.title,
        description: body.description ?? null,
        starts_on: body.startsOn,
        ends_on: body.endsOn ?? null,
        participants: body.participants ?? null,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}

export function listActivities(ctx: RequestContext, municipality: string) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'neighbourhood_patterns',
      id: municipality,
      action: 'read',
      purpose: 'policy and team steering',
      data: 'collective activities',
    });
    const items = await trx
      .selectFrom('collective_activity as a')
      .innerJoin('team as t', 't.id', 'a.team_id')
      .leftJoin('neighbourhood as n', 'n.code', 'a.neighbourhood_code')
      .select([
        'a.id',
        't.name as teamName',
        'n.name as neighbourhoodName',
        'a.category',
        'a.title',
        'a.description',
        sql<string>`a.starts_on::text`.as('startsOn'),
        sql<string | null>`a.ends_on::text`.as('endsOn'),
        'a.participants',
      ])
      .where('a.municipality_code', '=', municipality)
      .orderBy('a.starts_on', 'desc')
      .limit(200)
      .execute();
    const teams = await trx
      .selectFrom('team_membership as tm')
      .innerJoin('team as t', 't.id', 'tm.team_id')
      .select(['t.id', 't.name'])
      .where('tm.user_id', '=', actor.userId)
      .where('t.municipality_code', '=', municipality)
      .orderBy('t.name')
      .execute();
    return { items, teams };
  });
}
