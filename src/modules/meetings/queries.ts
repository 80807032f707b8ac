// SQL of the top-3 table. Every function takes the Grant of an audited decision on the family.
import { sql, type SqlBool } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import { many, one } from '../../platform/db/bundle.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import type { ParticipantBody } from './schemas.js';

type FamilyGrant = Grant<'family'>;
const familyOf = (grant: FamilyGrant) => grant.subjectId;
/** The meeting, only when it belongs to the granted family: a grant for one family opens no other's meetings. */
const meetingOf = (db: Queryable, grant: FamilyGrant, meetingId: string) =>
  db.selectFrom('meeting').select('id').where('id', '=', meetingId).where('family_id', '=', familyOf(grant));
async function ensureMeetingOf(trx: Tx, grant: FamilyGrant, meetingId: string): Promise<void> {
  if (!(await meetingOf(trx, grant, meetingId).executeTakeFirst()))
    throw new NotFoundError('meeting_not_found', { detail: 'This family has no such meeting.' });
}

export async function listMeetings(trx: Tx, grant: FamilyGrant) {
  return trx
    .selectFrom('meeting as m')
    .select([
      'm.id',
      'm.kind',
      sql<string>`m.held_on::text`.as('held_on'),
      'm.location',
      'm.confirmed_at',
      'm.plan_version',
      (eb) =>
        eb
          .selectFrom('meeting_participant as p')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('p.meeting_id', '=', 'm.id')
          .as('participants'),
    ])
    .where('m.family_id', '=', familyOf(grant))
    .orderBy('m.held_on', 'desc')
    .orderBy('m.created_at', 'desc')
    .limit(200)
    .execute();
}

function meetingRowQuery(db: Queryable, grant: FamilyGrant, meetingId: string) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('app_user as u', 'u.id', 'm.created_by')
    .leftJoin('app_user as cu', 'cu.id', 'm.confirmed_by')
    .select([
      'm.id',
      'm.family_id',
      'm.kind',
      sql<string>`m.held_on::text`.as('held_on'),
      'm.location',
      'm.created_at',
      'u.display_name as created_by_name',
      'm.confirmed_at',
      'm.confirmed_reason',
      'm.confirmed_by',
      sql<string>`coalesce(cu.display_name, '')`.as('confirmed_by_name'),
      'm.plan_version',
    ])
    .where('m.id', '=', meetingId)
    .where('m.family_id', '=', familyOf(grant));
}

export async function getMeetingRow(trx: Tx, grant: FamilyGrant, meetingId: string, forUpdate = false) {
  let query = meetingRowQuery(trx, grant, meetingId);
  if (forUpdate) query = query.forUpdate('m');
  const row = await query.executeTakeFirst();
  if (!row) throw new NotFoundError('meeting_not_found', { detail: 'This family has no such meeting.' });
  return row;
}

/** Whether the granted family has this meeting (an expression, e.g. to audit a read only when it does). */
export function meetingExists(db: Queryable, grant: FamilyGrant, meetingId: string) {
  return sql<SqlBool>`exists (${meetingOf(db, grant, meetingId)})`;
}

/** Everything a meeting shows, as parts of ONE statement (platform/db/bundle.ts). */
export function meetingParts(db: Queryable, grant: FamilyGrant, meetingId: string) {
  const meeting = meetingOf(db, grant, meetingId);
  return {
    meeting: one(meetingRowQuery(db, grant, meetingId).limit(1)),
    concerns: many(
      db
        .selectFrom('meeting_concern')
        .select(['id', 'concern_key', 'label'])
        .where('meeting_id', 'in', meeting)
        .orderBy('concern_key'),
    ),
    participants: many(
      db
        .selectFrom('meeting_participant')
        .select(['id', 'position', 'kind', 'name', 'role_label', 'user_id', 'safety_rating', 'strengths'])
        .where('meeting_id', 'in', meeting)
        .orderBy('position'),
    ),
    rankings: many(
      db
        .selectFrom('meeting_ranking as r')
        .innerJoin('meeting_participant as p', 'p.id', 'r.participant_id')
        .select(['r.participant_id', 'r.rank', 'r.concern_id', 'r.own_words'])
        .where('p.meeting_id', 'in', meeting)
        .orderBy('p.position')
        .orderBy('r.rank'),
    ),
    top3: many(
      db
        .selectFrom('meeting_top3')
        .select(['position', 'concern_id'])
        .where('meeting_id', 'in', meeting)
        .orderBy('position'),
    ),
  };
}

export async function insertMeeting(
  trx: Tx,
  grant: FamilyGrant,
  m: { kind: string; heldOn: string; location: string | null },
): Promise<string> {
  const row = await trx
    .insertInto('meeting')
    .values({
      family_id: familyOf(grant),
      kind: m.kind as 'top3',
      held_on: m.heldOn,
      location: m.location,
      created_by: grant.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds shared concerns that are not there yet; returns key → id of all the meeting's concerns. */
export async function upsertConcerns(
  trx: Tx,
  grant: FamilyGrant,
  meetingId: string,
  concerns: Array<{ key: string; label: string }>,
): Promise<Map<string, string>> {
  if (concerns.length > 0) {
    await ensureMeetingOf(trx, grant, meetingId);
    await trx
      .insertInto('meeting_concern')
      .values(concerns.map((c) => ({ meeting_id: meetingId, concern_key: c.key, label: c.label })))
      .onConflict((oc) => oc.columns(['meeting_id', 'concern_key']).doNothing())
      .execute();
  }
  const rows = await trx
    .selectFrom('meeting_concern')
    .select(['id', 'concern_key'])
    .where('meeting_id', 'in', meetingOf(trx, grant, meetingId))
    .execute();
  return new Map(rows.map((r) => [r.concern_key, r.id]));
}

export async function insertParticipant(
  trx: Tx,
  grant: FamilyGrant,
  meetingId: string,
  p: ParticipantBody,
  concernIds: Map<string, string>,
): Promise<string> {
  await ensureMeetingOf(trx, grant, meetingId);
  const next = await trx
    .selectFrom('meeting_participant')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('n'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const row = await trx
    .insertInto('meeting_participant')
    .values({
      meeting_id: meetingId,
      position: Number(next.n),
      kind: p.kind,
      name: p.name,
      role_label: p.roleLabel,
      user_id: p.userId ?? null,
      safety_rating: p.safetyRating ?? null,
      strengths: p.strengths,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (p.concerns.length > 0) {
    await trx
      .insertInto('meeting_ranking')
      .values(
        p.concerns.map((c, i) => ({
          participant_id: row.id,
          rank: i + 1,
          concern_id: concernIds.get(c.concernKey) ?? '',
          own_words: c.ownWords,
        })),
      )
      .execute();
  }
  return row.id;
}

export async function deleteParticipant(
  trx: Tx,
  grant: FamilyGrant,
  meetingId: string,
  participantId: string,
): Promise<void> {
  const res = await trx
    .deleteFrom('meeting_participant')
    .where('id', '=', participantId)
    .where('meeting_id', 'in', meetingOf(trx, grant, meetingId))
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0)
    throw new NotFoundError('participant_not_found', { detail: 'This meeting has no such participant.' });
}

/** Records the confirmed top-3 once; false when someone confirmed it already. */
export async function confirmTop3(
  trx: Tx,
  grant: FamilyGrant,
  meetingId: string,
  concernIds: string[],
  reason: string | null,
): Promise<boolean> {
  const res = await trx
    .updateTable('meeting')
    .set({ confirmed_at: sql<Date>`now()`, confirmed_by: grant.actor.userId, confirmed_reason: reason })
    .where('id', '=', meetingId)
    .where('family_id', '=', familyOf(grant))
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await trx
    .insertInto('meeting_top3')
    .values(concernIds.map((concern_id, i) => ({ meeting_id: meetingId, position: i + 1, concern_id })))
    .execute();
  return true;
}

export async function markTakenOver(trx: Tx, grant: FamilyGrant, meetingId: string, version: number): Promise<boolean> {
  const res = await trx
    .updateTable('meeting')
    .set({ plan_version: version })
    .where('id', '=', meetingId)
    .where('family_id', '=', familyOf(grant))
    .where('plan_version', 'is', null)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
