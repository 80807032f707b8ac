// A match from proposal to its end: events (introductions, acceptances, check-ins, interest in
// fostering), written agreements, status steps checked by transitions.ts, and what each family may
// be told about the other. Reading the list and one match: read.ts.
import { authorize, type Grant } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import type { MatchStatus } from '../../../platform/db/schema.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError, ValidationError } from '../../../platform/errors.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { getSettings, todayIso } from '../settings-store.js';
import { vogExpiresSql } from '../volunteers/screening.js';
import * as q from './queries.js';
import type { AgreementBody, MatchEventBody, TransitionBody } from './schemas.js';
import { bothAccepted, isAllowed, missingFor } from './transitions.js';

import { detail, grantFor, PURPOSE } from './read.js';

function ensureOpen(status: MatchStatus) {
  if (status === 'ended') throw new ConflictError('support_match_ended', { detail: 'This match has ended.' });
}

export function recordEvent(ctx: RequestContext, id: string, body: MatchEventBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await grantFor(trx, ctx, id, 'update', `match event: ${body.kind}`);
    const m = await q.getMatch(trx, grant, true);
    ensureOpen(m.status);
    if (body.happenedOn > todayIso())
      throw new ValidationError('invalid_input', {
        detail: 'An event cannot be dated in the future.',
        errors: [{ path: 'happenedOn', message: 'in_future' }],
      });
    const introducing =
      body.kind === 'introduction_request' ||
      body.kind === 'introduction_family' ||
      body.kind === 'accepted_request' ||
      body.kind === 'accepted_family';
    if (introducing && m.status !== 'proposed' && m.status !== 'introductions') {
      throw new ConflictError('match_transition_not_allowed', {
        detail: 'Separate introductions and acceptances belong before the joint introduction.',
      });
    }
    if (body.kind === 'checkin' && !['trial', 'active', 'evaluated'].includes(m.status)) {
      throw new ConflictError('match_transition_not_allowed', {
        detail: 'Check-ins are for matches in their trial period or later.',
      });
    }
    const facts = await q.matchFacts(trx, grant);
    if (body.kind === 'accepted_request' && facts.introductionsRequest < 1)
      throw new BusinessRuleError('match_precondition_missing', {
        detail: 'Introduce the family asking for support first.',
        errors: [{ path: 'kind', message: 'introduction_request' }],
      });
    if (body.kind === 'accepted_family' && facts.introductionsFamily < 1)
      throw new BusinessRuleError('match_precondition_missing', {
        detail: 'Introduce the support family first.',
        errors: [{ path: 'kind', message: 'introduction_family' }],
      });
    const now = new Date();
    if (body.kind === 'accepted_request')
      await trx
        .updateTable('support_match')
        .set({ request_accepted_at: now, updated_at: now })
        .where('id', '=', id)
        .execute();
    if (body.kind === 'accepted_family')
      await trx
        .updateTable('support_match')
        .set({ family_accepted_at: now, updated_at: now })
        .where('id', '=', id)
        .execute();
    if (body.kind === 'foster_interest') {
      await trx
        .updateTable('support_family')
        .set({ foster_interest_at: now, foster_interest_note: body.note ?? null })
        .where('id', '=', m.family_id)
        .execute();
    }
    await trx
      .insertInto('support_match_event')
      .values({
        match_id: id,
        kind: body.kind,
        to_status: null,
        happened_on: body.happenedOn,
        note: body.note ?? null,
        recorded_by: grant.actor.userId,
      })
      .execute();
    // The first separate introduction starts the introductions stage.
    if (m.status === 'proposed' && (body.kind === 'introduction_request' || body.kind === 'introduction_family')) {
      await setStatus(trx, grant, 'introductions', {});
    }
    return detail(trx, grant);
  });
}

export function addAgreement(ctx: RequestContext, id: string, body: AgreementBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await grantFor(trx, ctx, id, 'update', 'written agreement');
    const m = await q.getMatch(trx, grant, true);
    ensureOpen(m.status);
    if (m.status === 'proposed' || m.status === 'introductions')
      throw new ConflictError('match_transition_not_allowed', {
        detail: 'Agreements are made at or after the joint introduction.',
      });
    await trx
      .insertInto('support_match_agreement')
      .values({ match_id: id, what: body.what, how_often: body.howOften, recorded_by: grant.actor.userId })
      .execute();
    await trx
      .insertInto('support_match_event')
      .values({
        match_id: id,
        kind: 'agreement',
        to_status: null,
        happened_on: todayIso(),
        note: null,
        recorded_by: grant.actor.userId,
      })
      .execute();
    return detail(trx, grant);
  });
}

async function setStatus(
  trx: Tx,
  grant: Grant<'support_match'>,
  to: MatchStatus,
  input: { endReason?: TransitionBody['endReason']; note?: string | undefined; evaluation?: string | undefined },
) {
  const now = new Date();
  const id = grant.subjectId;
  const m = await q.getMatch(trx, grant);
  await trx
    .updateTable('support_match')
    .set({
      status: to,
      updated_at: now,
      ...(to === 'trial' ? { started_at: now } : {}),
      ...(to === 'evaluated' ? { evaluation: input.evaluation ?? null } : {}),
      ...(to === 'ended'
        ? { ended_at: now, end_reason: input.endReason ?? 'other', end_note: input.note ?? null }
        : {}),
    })
    .where('id', '=', id)
    .execute();
  await trx
    .insertInto('support_match_event')
    .values({
      match_id: id,
      kind: 'status',
      to_status: to,
      happened_on: todayIso(now),
      note: input.note ?? null,
      recorded_by: grant.actor.userId,
    })
    .execute();
  if (to === 'ended') {
    // "No click": this pair is not proposed again (as if the coordinator rejected it).
    if (input.endReason === 'no_click') {
      await trx
        .insertInto('support_pair_rejection')
        .values({ request_id: m.request_id, family_id: m.family_id, rejected_by: grant.actor.userId })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    // No click before the support really started: the family asking for support waits for another match.
    const reopen = input.endReason === 'no_click' && m.started_at === null;
    await trx
      .updateTable('support_request')
      .set(
        reopen
          ? { status: 'open' }
          : { status: 'closed', closed_at: now, close_reason: `match ended: ${input.endReason ?? 'other'}` },
      )
      .where('id', '=', m.request_id)
      .execute();
  }
}

/** Steps where the support family meets the child: its VOG must still be valid on the day. */
const VOG_NEEDED = new Set<MatchStatus>(['joint_introduction', 'trial', 'active']);

async function ensureVogValid(trx: Tx, familyId: string) {
  const { vogValidityMonths } = await getSettings(trx);
  const row = await trx
    .selectFrom('support_family as f')
    .select(vogExpiresSql(vogValidityMonths).as('expires'))
    .where('f.id', '=', familyId)
    .executeTakeFirst();
  if (!row?.expires || row.expires <= todayIso()) {
    throw new BusinessRuleError('support_family_vog_expired', {
      detail: `The support family's certificate of conduct (VOG) expired on ${row?.expires ?? '—'}; record a new one first.`,
      errors: [{ path: 'to', message: 'vog_expired' }],
    });
  }
}

export function transition(ctx: RequestContext, id: string, body: TransitionBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await grantFor(trx, ctx, id, 'update', `match status → ${body.to}`);
    const m = await q.getMatch(trx, grant, true);
    if (!isAllowed(m.status, body.to))
      throw new ConflictError('match_transition_not_allowed', {
        detail: `A match cannot go from ${m.status} to ${body.to}.`,
      });
    if (VOG_NEEDED.has(body.to)) await ensureVogValid(trx, m.family_id);
    const missing = missingFor(body.to, await q.matchFacts(trx, grant), body);
    if (missing.length)
      throw new BusinessRuleError('match_precondition_missing', {
        detail: `Still missing: ${missing.join(', ')}.`,
        errors: missing.map((x) => ({ path: 'to', message: x })),
      });
    await setStatus(trx, grant, body.to, body);
    return detail(trx, grant);
  });
}

export function introduction(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await grantFor(trx, ctx, id, 'read', 'what each family is told about the other');
    const m = await q.getMatch(trx, grant);
    // The support family's name and contact details follow the support family's own rule (its
    // municipality in the coordinator's area): one rule, whichever way the details are reached.
    await authorize(trx, ctx, {
      subject: 'support_family',
      id: m.family_id,
      action: 'read',
      purpose: PURPOSE,
      data: 'support family details in a match introduction',
    });
    const both = bothAccepted(m);
    return {
      bothAccepted: both,
      toRequestFamily: {
        otherGivenName: m.f_given_name,
        otherNeighbourhood: m.f_neighbourhood,
        contact: both ? { familyName: m.f_family_name, email: m.f_email, phone: m.f_phone } : null,
      },
      toSupportFamily: {
        otherGivenName: m.r_given_name,
        otherNeighbourhood: m.r_neighbourhood,
        contact: both ? { familyName: m.r_family_name, email: m.r_email, phone: m.r_phone } : null,
      },
    };
  });
}

export function listReminders(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'check-in reminders',
    });
    const area = await coordinatorMunicipalities(trx, grant.actor.userId);
    if (area.length === 0) return { items: [] };
    const rows = await trx
      .selectFrom('support_match_reminder as mr')
      .innerJoin('support_match as m', 'm.id', 'mr.match_id')
      .innerJoin('support_request as r', 'r.id', 'm.request_id')
      .innerJoin('support_family as f', 'f.id', 'm.family_id')
      .leftJoin('neighbourhood as rn', 'rn.code', 'r.neighbourhood_code')
      .leftJoin('neighbourhood as fn', 'fn.code', 'f.neighbourhood_code')
      .select([
        'mr.id',
        'mr.match_id',
        'mr.offset_days',
        'mr.due_at',
        'r.id as r_id',
        'r.reference as r_ref',
        'r.given_name as r_name',
        'rn.name as r_hood',
        'f.id as f_id',
        'f.reference as f_ref',
        'f.given_name as f_name',
        'fn.name as f_hood',
      ])
      .where('mr.done_at', 'is', null)
      .where('r.municipality_code', 'in', area)
      .where('m.status', '<>', 'ended')
      .orderBy('mr.due_at')
      .limit(500)
      .execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        matchId: r.match_id,
        offsetDays: r.offset_days,
        dueAt: r.due_at,
        request: { id: r.r_id, reference: r.r_ref, givenName: r.r_name, neighbourhoodName: r.r_hood },
        family: { id: r.f_id, reference: r.f_ref, givenName: r.f_name, neighbourhoodName: r.f_hood },
      })),
    };
  });
}

export function completeReminder(ctx: RequestContext, reminderId: number) {
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('support_match_reminder')
      .select(['match_id', 'done_at'])
      .where('id', '=', reminderId)
      .executeTakeFirst();
    const grant = await grantFor(
      trx,
      ctx,
      row?.match_id ?? '00000000-0000-0000-0000-000000000000',
      'update',
      'check-in done',
    );
    if (!row) throw new ValidationError('invalid_input', { detail: 'No such reminder.' });
    if (row.done_at) throw new ConflictError('reminder_done', { detail: 'This check-in was already done.' });
    await trx
      .updateTable('support_match_reminder')
      .set({ done_at: new Date(), done_by: grant.actor.userId })
      .where('id', '=', reminderId)
      .execute();
    await trx
      .insertInto('support_match_event')
      .values({
        match_id: row.match_id,
        kind: 'checkin',
        to_status: null,
        happened_on: todayIso(),
        note: null,
        recorded_by: grant.actor.userId,
      })
      .execute();
    return detail(trx, grant);
  });
}
