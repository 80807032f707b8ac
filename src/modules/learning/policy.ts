// Who may do what with the meetlat and the learning log. Nothing here is personal data, but every
// read and write is audited. The facts: a policy advisor belongs to the municipality of their home
// organisation (and so to its region); professionals and team leads belong to their teams'
// municipalities. Reading: policy advisors the whole region, professionals and team leads the
// municipalities of their teams. Writing positions on the meetlat: policy advisors, for their own
// municipality; loading a meetlat definition: policy advisors and administrators of the region;
// learning-log entries: professionals and team leads of a team in the municipality, policy advisors
// of their own; reflection meetings: team leads of a team there and policy advisors of their own;
// a follow-up action's status: those, and the action's owner.
import { sql } from 'kysely';
import { hasRole, type Actor } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, remember, type Decision, type Memo } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';

export interface LearningFacts {
  homeMunicipality: string | null;
  homeRegion: string | null;
  /** The municipalities of the home region. */
  regionMunicipalities: string[];
  teams: Array<{ municipality: string; region: string; lead: boolean }>;
}

/** Where the user belongs: one statement, remembered for the request's other decisions. */
export function learningFacts(db: Queryable, actor: Actor, memo?: Memo): Promise<LearningFacts> {
  return remember(memo, `learning:${actor.userId}`, async () => {
    const row = await sql<{
      home_municipality: string | null;
      home_region: string | null;
      region_municipalities: string[] | null;
      teams: unknown;
    }>`
      select o.municipality_code as home_municipality, hm.region_code as home_region,
        (select array_agg(rm.code::text) from municipality rm where rm.region_code = hm.region_code) as region_municipalities,
        coalesce((select json_agg(json_build_object('municipality', t.municipality_code, 'region', m.region_code, 'lead', tm.is_lead))
          from team_membership tm join team t on t.id = tm.team_id join municipality m on m.code = t.municipality_code
          where tm.user_id = u.id), '[]'::json) as teams
      from app_user u join organisation o on o.id = u.home_organisation_id
      left join municipality hm on hm.code = o.municipality_code
      where u.id = ${actor.userId}`.execute(db);
    const r = row.rows[0];
    return {
      homeMunicipality: r?.home_municipality ?? null,
      homeRegion: r?.home_region ?? null,
      regionMunicipalities: r?.region_municipalities ?? [],
      teams: (r?.teams ?? []) as LearningFacts['teams'],
    };
  });
}

const isTeamWorker = (actor: Actor) => hasRole(actor, 'professional') || hasRole(actor, 'team_lead');
const teamRole = (actor: Actor) => (hasRole(actor, 'team_lead') ? 'team_lead' : 'professional');

/** 'meetlat' (id = region code): read by the region's policy advisors, administrators and team workers; 'create' = load a definition. */
export const meetlatPolicy = definePolicy({
  subjectType: 'meetlat',
  personalData: false,
  async decide({ trx, actor, action, subjectId, memo }): Promise<Decision> {
    if (!subjectId) return deny('a region must be named');
    const f = await learningFacts(trx, actor, memo);
    const homeHere = f.homeRegion === subjectId;
    if (action === 'create') {
      if (hasRole(actor, 'policy') && homeHere) return allow('policy');
      if (hasRole(actor, 'admin') && homeHere) return allow('admin');
      return deny('only policy advisors and administrators of the region load a meetlat');
    }
    if (hasRole(actor, 'policy') && homeHere) return allow('policy');
    if (hasRole(actor, 'admin') && homeHere) return allow('admin');
    if (isTeamWorker(actor) && f.teams.some((t) => t.region === subjectId)) return allow(teamRole(actor));
    return deny('no policy role or team in this region');
  },
});

/** 'meetlat_position' (id = municipality code): a policy advisor positions their own municipality. */
export const meetlatPositionPolicy = definePolicy({
  subjectType: 'meetlat_position',
  personalData: false,
  async decide({ trx, actor, subjectId, memo }): Promise<Decision> {
    if (!subjectId) return deny('a municipality must be named');
    if (!hasRole(actor, 'policy')) return deny('only policy advisors position their municipality');
    const f = await learningFacts(trx, actor, memo);
    return f.homeMunicipality === subjectId ? allow('policy') : deny('not the policy advisor of this municipality');
  },
});

async function readsMunicipality(trx: Queryable, actor: Actor, code: string, memo?: Memo): Promise<Decision> {
  const f = await learningFacts(trx, actor, memo);
  if (hasRole(actor, 'policy') && f.regionMunicipalities.includes(code)) return allow('policy');
  if (isTeamWorker(actor) && f.teams.some((t) => t.municipality === code)) return allow(teamRole(actor));
  return deny('no policy role in the region and no team in this municipality');
}

/** 'learning_log' (id = municipality code): read/search and create entries. */
export const learningLogPolicy = definePolicy({
  subjectType: 'learning_log',
  personalData: false,
  async decide({ trx, actor, action, subjectId, memo }): Promise<Decision> {
    if (!subjectId) return deny('a municipality must be named');
    if (action !== 'create') return readsMunicipality(trx, actor, subjectId, memo);
    const f = await learningFacts(trx, actor, memo);
    if (hasRole(actor, 'policy') && f.homeMunicipality === subjectId) return allow('policy');
    if (isTeamWorker(actor) && f.teams.some((t) => t.municipality === subjectId)) return allow(teamRole(actor));
    return deny('writes only for a municipality of one of their teams, or their own as policy advisor');
  },
});

async function runsMeetings(trx: Queryable, actor: Actor, code: string, memo?: Memo): Promise<Decision> {
  const f = await learningFacts(trx, actor, memo);
  if (hasRole(actor, 'policy') && f.homeMunicipality === code) return allow('policy');
  if (hasRole(actor, 'team_lead') && f.teams.some((t) => t.municipality === code && t.lead)) return allow('team_lead');
  return deny('reflection meetings are recorded by team leads there and the municipality’s policy advisors');
}

/** 'reflection_meeting' (id = municipality code): read like the log; create/update by team leads and policy advisors. */
export const reflectionMeetingPolicy = definePolicy({
  subjectType: 'reflection_meeting',
  personalData: false,
  async decide({ trx, actor, action, subjectId, memo }): Promise<Decision> {
    if (!subjectId) return deny('a municipality must be named');
    return action === 'read' || action === 'search'
      ? readsMunicipality(trx, actor, subjectId, memo)
      : runsMeetings(trx, actor, subjectId, memo);
  },
});

/** 'reflection_action' (id = action id): its status is changed by its owner or whoever runs the meetings. */
export const reflectionActionPolicy = definePolicy({
  subjectType: 'reflection_action',
  personalData: false,
  async decide({ trx, actor, subjectId, memo }): Promise<Decision> {
    if (!subjectId) return deny('an action must be named');
    const action = await trx
      .selectFrom('reflection_action as a')
      .innerJoin('reflection_meeting as m', 'm.id', 'a.meeting_id')
      .select(['a.owner_id', 'm.municipality_code'])
      .where('a.id', '=', subjectId)
      .executeTakeFirst();
    if (!action) return deny('no such action');
    if (action.owner_id === actor.userId) return allow(actor.roles[0] ?? 'professional');
    return runsMeetings(trx, actor, action.municipality_code, memo);
  },
});

declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    meetlat: true;
    meetlat_position: true;
    learning_log: true;
    reflection_meeting: true;
    reflection_action: true;
  }
}
