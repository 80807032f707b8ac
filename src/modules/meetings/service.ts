// The top-3 table: participants' concerns in their own words and their own ranking, the joint
// top-3 computed by the Borda rule (top3.ts, docs/top3.md), confirmed or reordered by the table
// with a reason, and taken over into the family's plan with one action.
import { abilities } from '../../platform/access/abilities.js';
import { authorize, authorizeRead, type Grant } from '../../platform/access/authorize.js';
import type { Memo } from '../../platform/access/policy.js';
import { fetchAll, type Results } from '../../platform/db/bundle.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction, type Queryable, type Tx } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { PlanContent } from '../plans/content.js';
import { appendPlanVersion, currentContent, readPlanInTransaction } from '../plans/service.js';
import { notifyFamily } from '../family-authority/notify-family.js';
import * as q from './queries.js';
import type { ConfirmTop3Body, CreateMeetingBody, Meeting, ParticipantBody, SharedConcernBody } from './schemas.js';
import { computeTop3, followsCount, pointsForRank } from './top3.js';

const PURPOSE = 'care';
type FamilyGrant = Grant<'family'>;

type MeetingParts = Results<ReturnType<typeof q.meetingParts>>;

/** A meeting inside a caller's transaction: its data in one statement. */
async function loadMeeting(trx: Tx, grant: FamilyGrant, meetingId: string): Promise<Meeting> {
  return presentMeeting(trx, grant, await fetchAll(trx, q.meetingParts(trx, grant, meetingId)));
}

async function presentMeeting(
  db: Queryable,
  grant: FamilyGrant,
  { meeting: m, concerns, participants, rankings, top3 }: MeetingParts,
  memo?: Memo,
): Promise<Meeting> {
  if (!m) throw new NotFoundError('meeting_not_found', { detail: 'This family has no such meeting.' });
  const keyOf = new Map(concerns.map((c) => [c.id, c.concern_key]));
  const labelOf = new Map(concerns.map((c) => [c.concern_key, c.label]));
  const byParticipant = (id: string) => rankings.filter((r) => r.participant_id === id);
  const result = computeTop3(
    participants.map((p) => ({
      participantId: p.id,
      ranking: byParticipant(p.id).map((r) => keyOf.get(r.concern_id) ?? ''),
    })),
  );
  const pointsOf = new Map(result.tallies.map((t) => [t.concernKey, t.points]));
  const ratings = participants.map((p) => p.safety_rating).filter((r): r is number => r !== null);
  const confirmedOrder = top3.map((t) => keyOf.get(t.concern_id) ?? '');
  return {
    id: m.id,
    familyId: m.family_id,
    kind: m.kind,
    heldOn: m.held_on,
    location: m.location,
    createdAt: m.created_at,
    createdBy: m.created_by_name,
    concerns: concerns.map((c) => ({ key: c.concern_key, label: c.label })),
    participants: participants.map((p) => ({
      id: p.id,
      position: p.position,
      kind: p.kind,
      name: p.name,
      roleLabel: p.role_label,
      userId: p.user_id,
      safetyRating: p.safety_rating,
      strengths: p.strengths,
      concerns: byParticipant(p.id).map((r) => {
        const key = keyOf.get(r.concern_id) ?? '';
        return {
          rank: r.rank,
          concernKey: key,
          concernLabel: labelOf.get(key) ?? key,
          ownWords: r.own_words,
          points: pointsForRank(r.rank),
        };
      }),
    })),
    computed: {
      ...result,
      tallies: result.tallies.map((t) => ({
        ...t,
        label: labelOf.get(t.concernKey) ?? t.concernKey,
        voices: participants.flatMap((p) =>
          byParticipant(p.id)
            .filter((r) => keyOf.get(r.concern_id) === t.concernKey)
            .map((r) => ({
              participantId: p.id,
              name: p.name,
              roleLabel: p.role_label,
              rank: r.rank,
              ownWords: r.own_words,
            })),
        ),
      })),
    },
    safety: ratings.length > 0 ? { count: ratings.length, min: Math.min(...ratings), max: Math.max(...ratings) } : null,
    confirmed: m.confirmed_at
      ? {
          order: confirmedOrder.map((key, i) => ({
            position: i + 1,
            concernKey: key,
            label: labelOf.get(key) ?? key,
            points: pointsOf.get(key) ?? 0,
          })),
          reason: m.confirmed_reason,
          followsCount: followsCount(result, confirmedOrder),
          confirmedAt: m.confirmed_at,
          confirmedBy: m.confirmed_by_name,
        }
      : null,
    planVersion: m.plan_version,
    // A confirmed top-3 is final (409 on any change), so the policy is asked only while it is open.
    abilities: await abilities(
      db,
      grant.actor,
      { edit: m.confirmed_at === null && { subject: 'family', id: grant.subjectId, action: 'update' } },
      memo,
    ),
  };
}

function write(ctx: RequestContext, familyId: string, data: string, event: string) {
  return (trx: Tx) =>
    authorize(trx, ctx, { subject: 'family', id: familyId, action: 'update', purpose: PURPOSE, data, event });
}

async function openMeeting(trx: Tx, grant: FamilyGrant, meetingId: string) {
  const m = await q.getMeetingRow(trx, grant, meetingId, true);
  if (m.confirmed_at)
    throw new ConflictError('meeting_confirmed', {
      detail: 'The top-3 of this meeting is confirmed; it can no longer be changed.',
    });
  return m;
}

/** Shared concerns named by the participants must exist, or come with a label to create them. */
async function addParticipants(
  trx: Tx,
  grant: FamilyGrant,
  meetingId: string,
  participants: ParticipantBody[],
  extra: SharedConcernBody[] = [],
) {
  const existing = await q.upsertConcerns(trx, grant, meetingId, extra);
  const fresh = new Map<string, string>();
  participants.forEach((p, pi) =>
    p.concerns.forEach((c, ci) => {
      if (existing.has(c.concernKey) || fresh.has(c.concernKey)) return;
      if (!c.concernLabel) {
        throw new ValidationError('unknown_concern', {
          detail: 'A ranked concern points at a shared concern that does not exist; give it a label to add it.',
          errors: [
            {
              path: `body${participants.length > 1 || extra.length > 0 ? `.participants.${pi}` : ''}.concerns.${ci}.concernKey`,
              message: 'unknown_concern',
            },
          ],
        });
      }
      fresh.set(c.concernKey, c.concernLabel);
    }),
  );
  const ids = await q.upsertConcerns(
    trx,
    grant,
    meetingId,
    [...fresh].map(([key, label]) => ({ key, label })),
  );
  for (const p of participants) await q.insertParticipant(trx, grant, meetingId, p, ids);
}

export function listMeetings(ctx: RequestContext, familyId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'read',
      purpose: PURPOSE,
      data: 'meetings (list)',
    });
    const rows = await q.listMeetings(trx, grant);
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        heldOn: r.held_on,
        location: r.location,
        participantCount: Number(r.participants ?? 0),
        confirmed: r.confirmed_at !== null,
        planVersion: r.plan_version,
      })),
      // Adding a meeting is writing in the family's record: the same `edit` as everywhere.
      abilities: await abilities(trx, grant.actor, {
        edit: { subject: 'family', id: grant.subjectId, action: 'create' },
      }),
    };
  });
}

/**
 * A meeting: the need-to-know decision (one statement), then the data and its audit row (one
 * statement; the row only when the family has this meeting); with the session check, three in all.
 */
export async function readMeeting(ctx: RequestContext, familyId: string, meetingId: string): Promise<Meeting> {
  const read = await authorizeRead(ctx, {
    subject: 'family',
    id: familyId,
    action: 'read',
    purpose: PURPOSE,
    data: 'meeting: who said what',
  });
  const parts = await read.fetch(q.meetingParts(read.db, read.grant, meetingId), {
    auditOnlyIf: q.meetingExists(read.db, read.grant, meetingId),
  });
  return presentMeeting(read.db, read.grant, parts, read.memo);
}

export function createMeeting(ctx: RequestContext, familyId: string, body: CreateMeetingBody): Promise<Meeting> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'create',
      purpose: PURPOSE,
      data: `meeting (${body.kind}) with ${body.participants.length} participants`,
      event: 'meeting.created',
    });
    const id = await q.insertMeeting(trx, grant, {
      kind: body.kind,
      heldOn: body.heldOn,
      location: body.location ?? null,
    });
    await addParticipants(trx, grant, id, body.participants, body.concerns);
    await notifyFamily(trx, familyId, 'family_meeting_planned', { item: 'shared' });
    return loadMeeting(trx, grant, id);
  });
}

export function addSharedConcern(
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  body: SharedConcernBody,
): Promise<Meeting> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await write(ctx, familyId, 'meeting: shared concern added', 'meeting.concern_added')(trx);
    await openMeeting(trx, grant, meetingId);
    const before = await q.upsertConcerns(trx, grant, meetingId, []);
    if (before.has(body.key))
      throw new ConflictError('already_exists', { detail: 'This meeting already has a shared concern with that key.' });
    await q.upsertConcerns(trx, grant, meetingId, [body]);
    return loadMeeting(trx, grant, meetingId);
  });
}

export function addParticipant(
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  body: ParticipantBody,
): Promise<Meeting> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await write(
      ctx,
      familyId,
      `meeting: participant (${body.kind}) with ${body.concerns.length} concerns`,
      'meeting.participant_added',
    )(trx);
    await openMeeting(trx, grant, meetingId);
    await addParticipants(trx, grant, meetingId, [body]);
    return loadMeeting(trx, grant, meetingId);
  });
}

export function removeParticipant(
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  participantId: string,
): Promise<Meeting> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await write(ctx, familyId, 'meeting: participant removed', 'meeting.participant_removed')(trx);
    await openMeeting(trx, grant, meetingId);
    await q.deleteParticipant(trx, grant, meetingId, participantId);
    return loadMeeting(trx, grant, meetingId);
  });
}

export function confirmTop3(
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  body: ConfirmTop3Body,
): Promise<Meeting> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await write(ctx, familyId, 'meeting: top-3 confirmed', 'meeting.top3_confirmed')(trx);
    await openMeeting(trx, grant, meetingId);
    const current = await loadMeeting(trx, grant, meetingId);
    const ids = await q.upsertConcerns(trx, grant, meetingId, []);
    const unknown = body.order.findIndex((k) => !ids.has(k));
    if (unknown >= 0)
      throw new ValidationError('unknown_concern', {
        detail: 'The order names a concern this meeting does not have.',
        errors: [{ path: `order.${unknown}`, message: 'unknown_concern' }],
      });
    if (current.computed.tallies.length === 0)
      throw new ConflictError('no_concerns_ranked', { detail: 'No participant has ranked a concern yet.' });
    const follows = followsCount(
      computeTop3(
        current.participants.map((p) => ({ participantId: p.id, ranking: p.concerns.map((c) => c.concernKey) })),
      ),
      body.order,
    );
    if (!follows && !body.reason) {
      throw new ValidationError('reason_required', {
        detail: "The order differs from the computed top-3: note the table's reason.",
        errors: [{ path: 'reason', message: 'reason_required' }],
      });
    }
    if (
      !(await q.confirmTop3(
        trx,
        grant,
        meetingId,
        body.order.map((k) => ids.get(k) ?? ''),
        body.reason ?? null,
      ))
    ) {
      throw new ConflictError('meeting_confirmed', { detail: 'The top-3 of this meeting is confirmed already.' });
    }
    return loadMeeting(trx, grant, meetingId);
  });
}

/** The plan content with this meeting's confirmed top-3 and strengths taken over (docs/top3.md). */
export function withMeetingResult(content: PlanContent, meeting: Meeting): PlanContent {
  const tag = `m-${meeting.id.slice(0, 8)}`;
  const tallies = new Map(meeting.computed.tallies.map((t) => [t.concernKey, t]));
  const top = (meeting.confirmed?.order ?? []).map((c) => ({
    id: `${tag}-${c.concernKey}`,
    text: c.label,
    priority: c.position,
    meetingId: meeting.id,
    voices: (tallies.get(c.concernKey)?.voices ?? []).map((v) => `${v.name} (${v.roleLabel}): ${v.ownWords}`),
  }));
  const manual = content.concerns.filter((c) => c.meetingId === null).map((c) => ({ ...c, priority: null }));
  const known = new Set(content.strengths.map((s) => s.id));
  const strengths = meeting.participants
    .flatMap((p) =>
      p.strengths.map((text, i) => ({
        id: `${tag}-s${p.position}-${i + 1}`,
        kind: 'strength' as const,
        text: `${text} (${p.name})`,
      })),
    )
    .filter((s) => !known.has(s.id));
  return { ...content, concerns: [...top, ...manual], strengths: [...content.strengths, ...strengths] };
}

export function takeOverIntoPlan(ctx: RequestContext, familyId: string, meetingId: string, baseVersion: number) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await write(ctx, familyId, 'meeting top-3 taken over into the plan', 'plan.version_created')(trx);
    const row = await q.getMeetingRow(trx, grant, meetingId, true);
    if (!row.confirmed_at)
      throw new ConflictError('meeting_not_confirmed', { detail: 'Confirm the top-3 with the table first.' });
    if (row.plan_version !== null)
      throw new ConflictError('meeting_taken_over', {
        detail: `This meeting's result is already in plan version ${row.plan_version}.`,
      });
    const meeting = await loadMeeting(trx, grant, meetingId);
    const current = await currentContent(trx, grant);
    if (current.version !== baseVersion) {
      throw new ConflictError('stale_version', {
        detail: `The plan was changed in the meantime: you saw version ${baseVersion}, the current version is ${current.version}. Reload and take over again.`,
      });
    }
    const version = await appendPlanVersion(
      trx,
      grant,
      baseVersion,
      withMeetingResult(current.content, meeting),
      null,
      meetingId,
    );
    await q.markTakenOver(trx, grant, meetingId, version);
    await notifyFamily(trx, grant.subjectId, 'family_plan_sign_off', { item: 'shared' });
    return { meeting: await loadMeeting(trx, grant, meetingId), plan: await readPlanInTransaction(trx, grant) };
  });
}
