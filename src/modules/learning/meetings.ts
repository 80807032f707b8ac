// Reflection meetings: entries of the learning log are discussed, a decision is recorded for each,
// and follow-up actions get an owner and a due date; their status is kept up to date.
import { sql } from 'kysely';
import { authorize, authorizeRead, requireActor } from '../../platform/access/authorize.js';
import { can } from '../../platform/access/abilities.js';
import type { RequestContext } from '../../platform/access/context.js';
import { many, one } from '../../platform/db/bundle.js';
import { inTransaction, type Queryable } from '../../platform/db/transaction.js';
import { NotFoundError, ValidationError, type FieldError } from '../../platform/errors.js';
import { today } from '../../platform/clock.js';
import { refusePersonalData } from './personal-data.js';
import type { NewDiscussion, NewReflectionMeeting, ReflectionMeeting, ReflectionMeetingQuery } from './schemas.js';

const PURPOSE = 'steering and learning';

function meetingsQuery(db: Queryable) {
  return db
    .selectFrom('reflection_meeting as m')
    .leftJoin('team as t', 't.id', 'm.team_id')
    .select([
      'm.id',
      'm.municipality_code as municipalityCode',
      'm.title',
      sql<string>`m.held_on::text`.as('heldOn'),
      sql<
        ReflectionMeeting['team']
      >`case when t.id is null then null else json_build_object('id', t.id, 'name', t.name) end`.as('team'),
      sql<ReflectionMeeting['discussions']>`(
        select coalesce(json_agg(json_build_object('entryId', e.id, 'entryTitle', e.title, 'entryKind', e.kind,
          'decision', d.decision) order by d.created_at), '[]'::json)
        from reflection_discussion d join learning_entry e on e.id = d.entry_id where d.meeting_id = m.id)`.as(
        'discussions',
      ),
      sql<ReflectionMeeting['actions']>`(
        select coalesce(json_agg(json_build_object('id', ra.id, 'entryId', ra.entry_id, 'description', ra.description,
          'owner', json_build_object('id', ou.id, 'name', ou.display_name), 'dueOn', ra.due_on::text, 'status', ra.status)
          order by ra.due_on), '[]'::json)
        from reflection_action ra join app_user ou on ou.id = ra.owner_id where ra.meeting_id = m.id)`.as('actions'),
    ]);
}

export async function listMeetings(ctx: RequestContext, f: ReflectionMeetingQuery) {
  const read = await authorizeRead(ctx, {
    subject: 'reflection_meeting',
    id: f.municipality,
    action: 'search',
    purpose: PURPOSE,
    data: 'reflection meetings',
  });
  const q = meetingsQuery(read.db)
    .where('m.municipality_code', '=', read.grant.subjectId)
    .orderBy('m.held_on', f.sort === 'oldest' ? 'asc' : 'desc')
    .orderBy('m.id');
  return read.page(
    f.q
      ? q.where(sql<boolean>`lower(m.title) like ${`%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`)
      : q,
    f,
    (r) => r,
  );
}

/** Who may own a follow-up action: the municipality's team members and its policy advisors. */
const ownersQuery = (db: Queryable, municipality: string) =>
  db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name as name'])
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('team_membership as tm')
            .innerJoin('team as t', 't.id', 'tm.team_id')
            .select('tm.user_id')
            .whereRef('tm.user_id', '=', 'u.id')
            .where('t.municipality_code', '=', municipality),
        ),
        eb.and([
          sql<boolean>`'policy' = any(u.roles)`,
          eb.exists(
            eb
              .selectFrom('organisation as o')
              .select('o.id')
              .whereRef('o.id', '=', 'u.home_organisation_id')
              .where('o.municipality_code', '=', municipality),
          ),
        ]),
      ]),
    )
    .orderBy('u.display_name')
    .limit(500);

async function meetingMunicipality(db: Queryable, id: string): Promise<string> {
  const m = await db
    .selectFrom('reflection_meeting')
    .select('municipality_code')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!m) throw new NotFoundError('reflection_meeting_not_found');
  return m.municipality_code;
}

export async function getMeeting(ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  const municipality = await meetingMunicipality(ctx.db, id);
  const read = await authorizeRead(ctx, {
    subject: 'reflection_meeting',
    id: municipality,
    action: 'read',
    purpose: PURPOSE,
    data: 'reflection meeting',
  });
  const { meeting, candidates, owners } = await read.fetch({
    meeting: one(meetingsQuery(read.db).where('m.id', '=', id)),
    candidates: many(
      read.db
        .selectFrom('learning_entry as e')
        .select(['e.id', 'e.title', 'e.kind'])
        .where('e.municipality_code', '=', read.grant.subjectId)
        .where(
          sql<boolean>`not exists (select 1 from reflection_discussion d where d.entry_id = e.id and d.meeting_id = ${id})`,
        )
        .orderBy('e.created_at', 'desc')
        .limit(100),
    ),
    owners: many(ownersQuery(read.db, read.grant.subjectId)),
  });
  if (!meeting) throw new NotFoundError('reflection_meeting_not_found');
  const discuss = await can(
    read.db,
    actor,
    { subject: 'reflection_meeting', id: municipality, action: 'update' },
    read.memo,
  );
  return { meeting, candidates, owners, abilities: { discuss } };
}

export function createMeeting(ctx: RequestContext, body: NewReflectionMeeting) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'reflection_meeting',
      id: body.municipality,
      action: 'create',
      purpose: PURPOSE,
      data: 'reflection meeting',
    });
    if (body.teamId) {
      const team = await trx
        .selectFrom('team')
        .select('municipality_code')
        .where('id', '=', body.teamId)
        .executeTakeFirst();
      if (team?.municipality_code !== body.municipality)
        throw new ValidationError('invalid_input', {
          errors: [{ path: 'teamId', message: 'not_in_municipality', kind: 'not_in_municipality' }],
        });
    }
    refusePersonalData({ title: body.title });
    const row = await trx
      .insertInto('reflection_meeting')
      .values({
        municipality_code: body.municipality,
        team_id: body.teamId ?? null,
        held_on: body.heldOn,
        title: body.title,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}

export function discussEntry(ctx: RequestContext, meetingId: string, body: NewDiscussion) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const municipality = await meetingMunicipality(trx, meetingId);
    await authorize(trx, ctx, {
      subject: 'reflection_meeting',
      id: municipality,
      action: 'update',
      purpose: PURPOSE,
      data: `entry discussed, ${body.actions.length} follow-up action(s)`,
      event: 'reflection_meeting.discussed',
    });
    const errors: FieldError[] = [];
    const entry = await trx
      .selectFrom('learning_entry')
      .select('municipality_code')
      .where('id', '=', body.entryId)
      .executeTakeFirst();
    if (entry?.municipality_code !== municipality)
      errors.push({ path: 'entryId', message: 'unknown_entry', kind: 'unknown_entry' });
    const ownerIds = [...new Set(body.actions.map((a) => a.ownerId))];
    const owners = ownerIds.length
      ? new Set((await ownersQuery(trx, municipality).where('u.id', 'in', ownerIds).execute()).map((o) => o.id))
      : new Set<string>();
    const now = today();
    body.actions.forEach((a, i) => {
      if (!owners.has(a.ownerId))
        errors.push({ path: `actions.${i}.ownerId`, message: 'unknown_owner', kind: 'unknown_owner' });
      if (a.dueOn < now) errors.push({ path: `actions.${i}.dueOn`, message: 'in_past', kind: 'in_past' });
    });
    if (errors.length) throw new ValidationError('invalid_input', { errors });
    refusePersonalData({
      decision: body.decision,
      ...Object.fromEntries(body.actions.map((a, i) => [`actions.${i}.description`, a.description])),
    });
    await trx
      .insertInto('reflection_discussion')
      .values({ meeting_id: meetingId, entry_id: body.entryId, decision: body.decision, created_by: actor.userId })
      .onConflict((oc) => oc.columns(['meeting_id', 'entry_id']).doUpdateSet({ decision: body.decision }))
      .execute();
    if (body.actions.length)
      await trx
        .insertInto('reflection_action')
        .values(
          body.actions.map((a) => ({
            meeting_id: meetingId,
            entry_id: body.entryId,
            description: a.description,
            owner_id: a.ownerId,
            due_on: a.dueOn,
          })),
        )
        .execute();
    return { id: meetingId };
  });
}

export function changeActionStatus(ctx: RequestContext, actionId: string, status: 'open' | 'done' | 'dropped') {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'reflection_action',
      id: actionId,
      action: 'update',
      purpose: PURPOSE,
      data: `follow-up action status: ${status}`,
    });
    await trx
      .updateTable('reflection_action')
      .set({ status, status_changed_at: new Date() })
      .where('id', '=', actionId)
      .execute();
    return { id: actionId };
  });
}
