// The rest of what the family sees: its meetings and what each participant said, its team and how to
// reach them (never the referral index), its decisions and allocated care, and its timeline. Each page
// is one decision statement and one data statement carrying its audit row; every record about one
// person is that person's part under the policy, a shielded meeting is left out.
import { sql } from 'kysely';
import { authorizeRead, requireActor } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { many } from '../../platform/db/bundle.js';
import { portalContext } from './context.js';
import { authorizePortalRead } from './plan.js';
import * as q from './queries.js';
import { ageBand } from '../family-authority/index.js';
import { today } from '../../platform/clock.js';

/** The families this login belongs to (normally one), with who the user is in each. */
export async function readMe(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const read = await authorizeRead(ctx, {
    subject: 'portal_family',
    id: null,
    action: 'read',
    purpose: 'family portal',
    data: 'own portal accounts',
  });
  const { rows } = await read.fetch({
    rows: many(
      read.db
        .selectFrom('family_account as fa')
        .innerJoin('family as f', 'f.id', 'fa.family_id')
        .leftJoin('person as p', 'p.id', 'fa.person_id')
        .select([
          'fa.family_id',
          'f.reference',
          'p.given_name',
          sql<string | null>`p.birth_date::text`.as('birth_date'),
          'p.has_authority',
          'fa.person_id',
        ])
        .where('fa.user_id', '=', actor.userId)
        .orderBy('f.reference'),
    ),
  });
  return {
    families: rows.map((r) => ({
      familyId: r.family_id,
      reference: r.reference,
      givenName: r.given_name,
      band: ageBand(r.birth_date, today()),
      hasAuthority: r.person_id === null || r.has_authority === true,
    })),
  };
}

export async function readMeetings(ctx: RequestContext, familyId: string) {
  const read = await authorizePortalRead(ctx, familyId, 'meetings as the family sees them');
  const db = read.db;
  const rows = await read.fetch({
    ...q.contextParts(db, read.grant),
    meetings: many(
      db
        .selectFrom('meeting as m')
        .select([
          'm.id',
          'm.kind',
          sql<string>`m.held_on::text`.as('held_on'),
          'm.location',
          sql<
            Array<{
              name: string;
              role_label: string;
              kind: string;
              strengths: string[];
              words: string[];
              safety_rating: number | null;
            }>
          >`(
            select coalesce(json_agg(json_build_object('name', mp.name, 'role_label', mp.role_label, 'kind', mp.kind,
              'strengths', mp.strengths, 'safety_rating', mp.safety_rating,
              'words', (select coalesce(json_agg(r.own_words order by r.rank), '[]'::json)
                        from meeting_ranking r where r.participant_id = mp.id and r.own_words <> ''))
              order by mp.position), '[]'::json)
            from meeting_participant mp where mp.meeting_id = m.id)`.as('participants'),
          sql<string[]>`(select coalesce(json_agg(c.label order by t.position), '[]'::json)
            from meeting_top3 t join meeting_concern c on c.id = t.concern_id where t.meeting_id = m.id)`.as('top3'),
        ])
        .where('m.family_id', '=', read.grant.subjectId)
        .orderBy('m.held_on', 'desc')
        .limit(100),
    ),
  });
  const c = await portalContext(db, read.grant, read.memo, rows);
  return {
    meetings: rows.meetings
      .filter((m) => c.sees(c.meeting(m.id)))
      .map((m) => ({
        id: m.id,
        kind: m.kind,
        heldOn: m.held_on,
        location: m.location,
        top3: m.top3,
        participants: m.participants.map((p) => ({
          name: p.name,
          roleLabel: p.role_label,
          kind: p.kind,
          strengths: p.strengths,
          words: p.words,
          safetyRating: p.safety_rating,
        })),
      })),
  };
}

/** Who is involved, from which organisation, how to reach them: the trajectory's regisseur and team. */
export async function readTeam(ctx: RequestContext, familyId: string) {
  const read = await authorizePortalRead(ctx, familyId, 'team of the family');
  const db = read.db;
  const rows = await read.fetch({
    ...q.contextParts(db, read.grant),
    people: many(
      db
        .selectFrom('trajectory as t')
        .innerJoin('team as tm', 'tm.id', 't.team_id')
        .innerJoin('app_user as u', (j) =>
          j.on((eb) =>
            eb.or([
              eb('u.id', '=', eb.ref('t.regisseur_id')),
              eb(
                'u.id',
                'in',
                eb.selectFrom('trajectory_member as x').select('x.user_id').whereRef('x.trajectory_id', '=', 't.id'),
              ),
            ]),
          ),
        )
        .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
        .select([
          'u.id',
          'u.display_name',
          'u.email',
          'o.name as organisation',
          'tm.name as team',
          sql<boolean>`u.id = t.regisseur_id`.as('regisseur'),
        ])
        .where('t.family_id', '=', read.grant.subjectId)
        .where('t.status', '<>', 'closed')
        .orderBy(sql`u.id = t.regisseur_id`, 'desc')
        .orderBy('u.display_name'),
    ),
  });
  await portalContext(db, read.grant, read.memo, rows);
  return {
    people: rows.people.map((p) => ({
      name: p.display_name,
      email: p.email,
      organisation: p.organisation,
      team: p.team,
      regisseur: p.regisseur,
    })),
  };
}

/** Decisions (beschikkingen) and the care allocated under them, with period and provider. */
export async function readCare(ctx: RequestContext, familyId: string) {
  const read = await authorizePortalRead(ctx, familyId, 'decisions and allocated care');
  const db = read.db;
  const rows = await read.fetch({
    ...q.contextParts(db, read.grant),
    decisions: many(
      db
        .selectFrom('decision as d')
        .select([
          'd.id',
          'd.reference',
          'd.outcome',
          'd.decided_at',
          'd.person_id',
          'd.motivation',
          'd.rejection_reason',
          sql<
            Array<{
              id: string;
              category: string | null;
              product_code: string | null;
              starts_on: string;
              ends_on: string;
              status: string;
              provider: string;
            }>
          >`(
            select coalesce(json_agg(json_build_object('id', a.id, 'category', a.category, 'product_code', a.product_code,
              'starts_on', a.starts_on::text, 'ends_on', a.ends_on::text, 'status', a.status, 'provider', o.name)
              order by a.starts_on), '[]'::json)
            from allocation a join organisation o on o.id = a.provider_id
            where a.decision_id = d.id and a.status <> 'withdrawn')`.as('allocations'),
        ])
        .where('d.family_id', '=', read.grant.subjectId)
        .orderBy('d.decided_at', 'desc')
        .limit(100),
    ),
  });
  const c = await portalContext(db, read.grant, read.memo, rows);
  return {
    decisions: rows.decisions
      .filter((d) => c.sees(c.personRecord(d.person_id)))
      .map((d) => ({
        id: d.id,
        reference: d.reference,
        outcome: d.outcome,
        decidedAt: d.decided_at,
        about: c.nameOf(d.person_id),
        motivation: d.motivation,
        rejectionReason: d.rejection_reason,
        allocations: d.allocations.map((a) => ({
          id: a.id,
          category: a.category,
          productCode: a.product_code,
          startsOn: a.starts_on,
          endsOn: a.ends_on,
          status: a.status as 'active' | 'ended',
          provider: a.provider,
        })),
      })),
  };
}

/** At most this many of each kind of portal timeline event: the newest (each part orders by its own time column). */
const PORTAL_TIMELINE_PART = 200;

/** What happened in the family's file, as the family may see it: plan versions, sign-offs, meetings, decisions. */
export async function readPortalTimeline(ctx: RequestContext, familyId: string) {
  const read = await authorizePortalRead(ctx, familyId, 'timeline as the family sees it');
  const db = read.db;
  const f = read.grant.subjectId;
  const rows = await read.fetch({
    ...q.contextParts(db, read.grant),
    versions: many(
      db
        .selectFrom('plan_version')
        .select(['version', 'created_at', 'author_name'])
        .where('family_id', '=', f)
        .orderBy('created_at', 'desc')
        .orderBy('version', 'desc')
        .limit(PORTAL_TIMELINE_PART),
    ),
    signOffs: many(
      db
        .selectFrom('plan_sign_off')
        .select(['id', 'version', 'recorded_at', 'signed_by_name'])
        .where('family_id', '=', f)
        .orderBy('recorded_at', 'desc')
        .orderBy('id')
        .limit(PORTAL_TIMELINE_PART),
    ),
    meetings: many(
      db
        .selectFrom('meeting')
        .select(['id', 'kind', sql<string>`held_on::text`.as('held_on')])
        .where('family_id', '=', f)
        .orderBy('held_on', 'desc')
        .orderBy('id')
        .limit(PORTAL_TIMELINE_PART),
    ),
    decisions: many(
      db
        .selectFrom('decision')
        .select(['id', 'reference', 'outcome', 'decided_at', 'person_id'])
        .where('family_id', '=', f)
        .orderBy('decided_at', 'desc')
        .orderBy('id')
        .limit(PORTAL_TIMELINE_PART),
    ),
  });
  const c = await portalContext(db, read.grant, read.memo, rows);
  // Plan versions and sign-offs belong to the shared plan: a parent without authority does not see them.
  const seesPlan = c.sees({ kind: 'shared' });
  const events = [
    ...rows.versions
      .filter(() => seesPlan)
      .map((v) => ({
        id: `v${v.version}`,
        kind: 'plan_version' as const,
        at: v.created_at,
        text: `${v.version}`,
        by: v.author_name,
      })),
    ...rows.signOffs
      .filter(() => seesPlan)
      .map((s) => ({
        id: s.id,
        kind: 'plan_signed' as const,
        at: s.recorded_at,
        text: `${s.version}`,
        by: s.signed_by_name,
      })),
    ...rows.meetings
      .filter((m) => c.sees(c.meeting(m.id)))
      .map((m) => ({
        id: m.id,
        kind: 'meeting' as const,
        at: new Date(`${m.held_on}T12:00:00Z`),
        text: m.kind,
        by: null,
      })),
    ...rows.decisions
      .filter((d) => c.sees(c.personRecord(d.person_id)))
      .map((d) => ({
        id: d.id,
        kind: 'decision' as const,
        at: d.decided_at,
        text: d.outcome,
        by: c.nameOf(d.person_id),
      })),
  ];
  events.sort((a, b) => b.at.getTime() - a.at.getTime());
  return { events };
}
