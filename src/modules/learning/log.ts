// The learning log: what went well, what went less well, where it chafed — and what became of it
// (discussed at which meeting, the decision, the follow-up actions and their status), in one statement.
import { sql } from 'kysely';
import { authorize, authorizeRead, refuse, requireActor } from '../../platform/access/authorize.js';
import { hasRole } from '../../platform/access/actor.js';
import type { RequestContext } from '../../platform/access/context.js';
import { containsPattern } from '../../platform/http/paging.js';
import { inTransaction, type Queryable } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/errors.js';
import { refusePersonalData } from './personal-data.js';
import { learningFacts } from './policy.js';
import type { LearningEntrySearch, NewLearningEntry } from './schemas.js';

const PURPOSE = 'steering and learning';

type Entry = {
  id: string;
  kind: NewLearningEntry['kind'];
  title: string;
  body: string;
  createdAt: string;
  author: string;
  team: { id: string; name: string } | null;
  step: { id: string; position: number; title: string } | null;
  pilotId: string | null;
  discussions: Array<{ meetingId: string; meetingTitle: string; heldOn: string; decision: string }>;
  actions: Array<{
    id: string;
    description: string;
    owner: { id: string; name: string };
    dueOn: string;
    status: 'open' | 'done' | 'dropped';
  }>;
};

export const actionsJson = (entryColumn: string) => sql<Entry['actions']>`(
  select coalesce(json_agg(json_build_object('id', ra.id, 'description', ra.description,
    'owner', json_build_object('id', ou.id, 'name', ou.display_name), 'dueOn', ra.due_on::text, 'status', ra.status,
    'entryId', ra.entry_id) order by ra.due_on), '[]'::json)
  from reflection_action ra join app_user ou on ou.id = ra.owner_id where ra.entry_id = ${sql.ref(entryColumn)})`;

function entriesQuery(db: Queryable, municipality: string, f: LearningEntrySearch) {
  let q = db
    .selectFrom('learning_entry as e')
    .innerJoin('app_user as au', 'au.id', 'e.author_id')
    .leftJoin('team as t', 't.id', 'e.team_id')
    .leftJoin('meetlat_step as s', 's.id', 'e.meetlat_step_id')
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'e.body',
      sql<string>`to_char(e.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI')`.as('createdAt'),
      'au.display_name as author',
      sql<Entry['team']>`case when t.id is null then null else json_build_object('id', t.id, 'name', t.name) end`.as(
        'team',
      ),
      sql<
        Entry['step']
      >`case when s.id is null then null else json_build_object('id', s.id, 'position', s.position, 'title', s.title) end`.as(
        'step',
      ),
      'e.pilot_id as pilotId',
      sql<Entry['discussions']>`(
        select coalesce(json_agg(json_build_object('meetingId', m.id, 'meetingTitle', m.title, 'heldOn', m.held_on::text,
          'decision', d.decision) order by m.held_on), '[]'::json)
        from reflection_discussion d join reflection_meeting m on m.id = d.meeting_id where d.entry_id = e.id)`.as(
        'discussions',
      ),
      actionsJson('e.id').as('actions'),
    ])
    .where('e.municipality_code', '=', municipality);
  if (f.kind) q = q.where('e.kind', '=', f.kind);
  if (f.state === 'undiscussed')
    q = q.where(sql<boolean>`not exists (select 1 from reflection_discussion d where d.entry_id = e.id)`);
  if (f.state === 'open_actions')
    q = q.where(
      sql<boolean>`exists (select 1 from reflection_action ra where ra.entry_id = e.id and ra.status = 'open')`,
    );
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(e.title)`, 'like', like),
        eb(sql`lower(e.body)`, 'like', like),
        eb(sql`lower(coalesce(t.name, ''))`, 'like', like),
        eb(sql`lower(coalesce(s.title, ''))`, 'like', like),
      ]),
    );
  }
  return q.orderBy('e.created_at', f.sort === 'oldest' ? 'asc' : 'desc').orderBy('e.id');
}

export async function searchEntries(ctx: RequestContext, f: LearningEntrySearch) {
  const read = await authorizeRead(ctx, {
    subject: 'learning_log',
    id: f.municipality,
    action: 'search',
    purpose: PURPOSE,
    data: f.q ? 'learning log searched' : 'learning log',
  });
  return read.page(entriesQuery(read.db, read.grant.subjectId, f), f, (r) => r);
}

export function createEntry(ctx: RequestContext, body: NewLearningEntry) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const access = {
      subject: 'learning_log',
      id: body.municipality,
      action: 'create',
      purpose: PURPOSE,
      data: `learning-log entry (${body.kind})`,
    } as const;
    await authorize(trx, ctx, access);
    if (body.teamId) {
      const team = await trx
        .selectFrom('team')
        .select('municipality_code')
        .where('id', '=', body.teamId)
        .executeTakeFirst();
      if (!team || team.municipality_code !== body.municipality)
        throw new ValidationError('invalid_input', {
          detail: 'The team does not work in this municipality.',
          errors: [{ path: 'teamId', message: 'not_in_municipality', kind: 'not_in_municipality' }],
        });
      // A professional links an entry to their own team only; a policy advisor to any team of their municipality.
      const facts = await learningFacts(trx, actor);
      const member = await trx
        .selectFrom('team_membership')
        .select('team_id')
        .where('team_id', '=', body.teamId)
        .where('user_id', '=', actor.userId)
        .executeTakeFirst();
      if (!member && !(hasRole(actor, 'policy') && facts.homeMunicipality === body.municipality))
        refuse(ctx, access, 'not a member of this team', 'learning_not_your_team');
    }
    if (body.meetlatStepId) {
      const step = await trx
        .selectFrom('meetlat_step as s')
        .innerJoin('meetlat as ml', 'ml.id', 's.meetlat_id')
        .innerJoin('municipality as m', 'm.region_code', 'ml.region_code')
        .select('s.id')
        .where('s.id', '=', body.meetlatStepId)
        .where('m.code', '=', body.municipality)
        .where('ml.active', '=', true)
        .executeTakeFirst();
      if (!step)
        throw new ValidationError('invalid_input', {
          detail: 'Not a step of the region’s meetlat.',
          errors: [{ path: 'meetlatStepId', message: 'unknown_step', kind: 'unknown_step' }],
        });
    }
    if (body.pilotId) {
      const pilot = await trx
        .selectFrom('pilot')
        .select('id')
        .where('id', '=', body.pilotId)
        .where('municipality_code', '=', body.municipality)
        .executeTakeFirst();
      if (!pilot)
        throw new ValidationError('invalid_input', {
          detail: 'Not a pilot of this municipality.',
          errors: [{ path: 'pilotId', message: 'unknown_pilot', kind: 'unknown_pilot' }],
        });
    }
    refusePersonalData({ title: body.title, body: body.body });
    const row = await trx
      .insertInto('learning_entry')
      .values({
        kind: body.kind,
        title: body.title,
        body: body.body,
        municipality_code: body.municipality,
        team_id: body.teamId ?? null,
        meetlat_step_id: body.meetlatStepId ?? null,
        pilot_id: body.pilotId ?? null,
        author_id: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}

/** What the log's pages offer this user: municipalities, teams, meetlat steps, and where they may write. */
export async function learningContext(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const f = await learningFacts(ctx.db, actor);
  const policy = hasRole(actor, 'policy');
  const teamWorker = hasRole(actor, 'professional') || hasRole(actor, 'team_lead');
  const readable = new Set<string>(teamWorker ? f.teams.map((t) => t.municipality) : []);
  const regions = [
    ...new Set([
      ...(policy && f.homeRegion ? [f.homeRegion] : []),
      ...(teamWorker ? f.teams.map((t) => t.region) : []),
    ]),
  ];
  const row = await sql<{
    municipalities: Array<{ code: string; name: string; region: string }>;
    teams: Array<{ id: string; name: string; municipalityCode: string }>;
    steps: Array<{ id: string; position: number; title: string }>;
  }>`
    select
      (select coalesce(json_agg(json_build_object('code', m.code, 'name', m.name, 'region', m.region_code) order by m.name), '[]'::json)
        from municipality m where m.region_code = any(${sql.val(regions)}::text[])) as municipalities,
      (select coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'municipalityCode', t.municipality_code) order by t.name), '[]'::json)
        from team t where (t.id in (select team_id from team_membership where user_id = ${actor.userId}) and ${teamWorker})
          or (${policy} and t.municipality_code = ${f.homeMunicipality ?? ''})) as teams,
      (select coalesce(json_agg(json_build_object('id', s.id, 'position', s.position, 'title', s.title) order by s.position), '[]'::json)
        from meetlat_step s join meetlat ml on ml.id = s.meetlat_id and ml.active where ml.region_code = ${regions[0] ?? ''}) as steps`.execute(
    ctx.db,
  );
  const r = row.rows[0];
  const municipalities = (r?.municipalities ?? [])
    .filter((m) => (policy && m.region === f.homeRegion) || readable.has(m.code))
    .map((m) => ({ code: m.code, name: m.name }));
  const writable = new Set<string>([...(policy && f.homeMunicipality ? [f.homeMunicipality] : []), ...readable]);
  const meet = [
    ...new Set([
      ...(policy && f.homeMunicipality ? [f.homeMunicipality] : []),
      ...(hasRole(actor, 'team_lead') ? f.teams.filter((t) => t.lead).map((t) => t.municipality) : []),
    ]),
  ];
  return {
    municipalities: [
      ...municipalities.filter((m) => writable.has(m.code)),
      ...municipalities.filter((m) => !writable.has(m.code)),
    ],
    teams: r?.teams ?? [],
    steps: r?.steps ?? [],
    abilities: { write: [...writable], meet },
  };
}
