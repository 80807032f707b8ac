// The team's side: the triage queue with its SLA, one signal in full, and the triage decision —
// outreach, link to an existing trajectory, open a new trajectory, refer (with the meldcode steps
// for safety signals), or no action needed with a reason.
import { sql } from 'kysely';
import { abilities } from '../../platform/access/abilities.js';
import { authorize, authorizeRead, requireActor } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { BsnVault, maskBsn } from '../../platform/bsn.js';
import type { SignalCategory } from '../../platform/db/schema.js';
import { many, scalar } from '../../platform/db/bundle.js';
import { inTransaction, normaliseDatabaseError, type Queryable, type Tx } from '../../platform/db/transaction.js';
import { cappedTotal } from '../../platform/http/paging.js';
import { BusinessRuleError, ValidationError, type FieldError } from '../../platform/errors.js';
import { createFamilyIn } from '../families/create-family.js';
import { loadSignal, sla, teamQueue, type QueueFilter } from './queries.js';
import type { QueueSearch, SignalDetail, TriageBody } from './schemas.js';
import { today } from '../../platform/clock.js';

const PURPOSE = 'early signal triage';

function displayName(
  vault: BsnVault,
  r: { given_name: string | null; family_name: string | null; bsn_enc: string | null },
): string {
  if (r.given_name && r.family_name) return `${r.given_name} ${r.family_name}`;
  return r.bsn_enc ? `BSN ${maskBsn(vault.open(r.bsn_enc))}` : '—';
}

function myTeams(db: Queryable, userId: string) {
  return db
    .selectFrom('team_membership as tm')
    .innerJoin('team as t', 't.id', 'tm.team_id')
    .select(['t.id', 't.name'])
    .where('tm.user_id', '=', userId)
    .where('t.type', '<>', 'multi_expertise_team')
    .orderBy('t.name');
}

/**
 * The queue: the need-to-know decision (one statement: team membership), then the page, its total
 * (counted up to the cap: "meer dan 500"), the team picker and the audit row (one statement); with the
 * session check, three in all.
 */
export async function triageQueue(ctx: RequestContext, query: QueueSearch, now = new Date()) {
  const read = await authorizeRead(ctx, {
    subject: 'signal_queue',
    id: query.teamId,
    action: 'read',
    purpose: PURPOSE,
    data: 'triage queue: names and addresses of signalled households',
  });
  const vault = new BsnVault(ctx.config.appSecret);
  const filter: QueueFilter = {
    state: query.state,
    category: query.category,
    urgency: query.urgency,
    q: query.q,
    // Where recency matters (what was triaged), the latest decision first; the open queue by priority.
    sort: query.sort ?? (query.state === 'triaged' ? 'triaged_desc' : 'priority'),
    page: query.page,
    pageSize: query.pageSize,
  };
  const queue = teamQueue(read.db, read.grant, filter, now);
  const r = await read.fetch({
    rows: many(queue.page),
    counted: scalar(queue.count),
    teams: many(myTeams(read.db, read.grant.actor.userId)),
  });
  return {
    ...cappedTotal(r.counted, filter),
    page: filter.page,
    pageSize: filter.pageSize,
    items: r.rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      category: r.category,
      urgency: r.urgency,
      status: r.status,
      organisationName: r.organisation_name,
      signalDate: r.signal_date,
      receivedAt: r.received_at,
      displayName: displayName(vault, r),
      postcode: r.postcode,
      houseNumber: r.house_number,
      neighbourhoodName: r.neighbourhood_name,
      routedTo: r.routed_to,
      triageOutcome: r.triage_outcome,
      sla: sla(r.triage_due_on, r.status, r.escalated_at, now),
    })),
    teams: r.teams,
  };
}

/** The teams whose queue the user may open (for the page's team picker); no personal data. */
export async function myQueues(ctx: RequestContext) {
  const actor = requireActor(ctx);
  try {
    return { teams: await myTeams(ctx.db, actor.userId).execute() };
  } catch (err) {
    throw normaliseDatabaseError(err);
  }
}

export async function presentSignal(
  trx: Tx,
  ctx: RequestContext,
  id: string,
  action: 'read' | 'update',
  data: string,
  event?: string,
): Promise<SignalDetail> {
  const grant = await authorize(trx, ctx, {
    subject: 'signal',
    id,
    action,
    purpose: PURPOSE,
    data,
    ...(event ? { event } : {}),
  });
  const { row: r, attempts } = await loadSignal(trx, grant);
  const vault = new BsnVault(ctx.config.appSecret);
  const open = r.status !== 'closed';
  return {
    id: r.id,
    reference: r.reference,
    category: r.category,
    urgency: r.urgency,
    status: r.status,
    channel: r.channel,
    organisationName: r.organisation_name,
    signalDate: r.signal_date,
    receivedAt: r.received_at,
    person: {
      givenName: r.given_name,
      familyName: r.family_name,
      birthDate: r.birth_date,
      bsnMasked: r.bsn_enc ? maskBsn(vault.open(r.bsn_enc)) : null,
    },
    address: {
      postcode: r.postcode,
      houseNumber: r.house_number,
      municipalityName: r.municipality_name,
      neighbourhoodName: r.neighbourhood_name,
    },
    amountCents: r.amount_cents === null ? null : Number(r.amount_cents),
    arrearsSince: r.arrears_since,
    note: r.note,
    routedTo: r.routed_to,
    team: { id: r.team_id, name: r.team_name },
    familyId: r.family_id,
    sla: sla(r.triage_due_on, r.status, r.escalated_at, new Date()),
    triage:
      r.triage_outcome && r.triaged_at
        ? {
            outcome: r.triage_outcome,
            reason: r.triage_reason,
            referredTo: r.referred_to,
            meldcode: r.meldcode,
            by: r.triaged_by_name ?? '',
            at: r.triaged_at,
          }
        : null,
    contactAttempts: attempts.map((a) => ({
      id: a.id,
      method: a.method,
      attemptedOn: a.attempted_on,
      partOfDay: a.part_of_day,
      reached: a.reached,
      note: a.note,
      recordedBy: a.display_name,
      recordedAt: a.recorded_at,
    })),
    outreach:
      r.outreach_outcome && r.outreach_closed_at
        ? {
            outcome: r.outreach_outcome,
            evictionPrevented: r.eviction_prevented,
            note: r.outreach_note,
            at: r.outreach_closed_at,
          }
        : null,
    // The signal's state rules out what its service would refuse (422/409); the rest is the signal policy's.
    abilities: await abilities(trx, grant.actor, {
      triage: r.status === 'received' && { subject: 'signal', id: grant.subjectId, action: 'update' },
      recordOutreach: open &&
        r.triage_outcome === 'outreach' && { subject: 'signal', id: grant.subjectId, action: 'update' },
    }),
  };
}

export function getSignal(ctx: RequestContext, id: string): Promise<SignalDetail> {
  return inTransaction(ctx.db, (trx) => presentSignal(trx, ctx, id, 'read', 'signal: person, address and details'));
}

function checkTriage(body: TriageBody, category: SignalCategory): FieldError[] {
  const errors: FieldError[] = [];
  if ((body.outcome === 'no_action' || body.outcome === 'referred') && !body.reason)
    errors.push({ path: 'reason', message: 'reason_required' });
  if ((body.outcome === 'referred') !== (body.referredTo !== undefined))
    errors.push({ path: 'referredTo', message: body.outcome === 'referred' ? 'required' : 'only_for_referral' });
  // Meldcode: for a domestic-safety signal a referral records its five steps; nothing else carries them.
  if (body.meldcode && category !== 'domestic_safety')
    errors.push({ path: 'meldcode', message: 'only_for_domestic_safety' });
  if (category === 'domestic_safety' && body.outcome === 'referred' && !body.meldcode)
    errors.push({ path: 'meldcode', message: 'meldcode_required' });
  if (body.outcome === 'new_trajectory' && !body.newTrajectory)
    errors.push({ path: 'newTrajectory', message: 'required' });
  if (body.outcome !== 'new_trajectory' && body.newTrajectory)
    errors.push({ path: 'newTrajectory', message: 'only_for_new_trajectory' });
  if (body.outcome !== 'linked' && body.familyId) errors.push({ path: 'familyId', message: 'only_for_linked' });
  return errors;
}

async function currentSignal(trx: Tx, id: string) {
  return trx
    .selectFrom('signal')
    .select([
      'status',
      'category',
      'family_id',
      'team_id',
      'postcode',
      'house_number',
      'municipality_code',
      'neighbourhood_code',
      'given_name',
      'family_name',
      'bsn_enc',
      sql<string | null>`birth_date::text`.as('birth_date'),
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

type CurrentSignal = Awaited<ReturnType<typeof currentSignal>>;

/** Opens the family and its trajectory through the families module, in the triage's own transaction. */
async function openTrajectoryFor(
  trx: Tx,
  ctx: RequestContext,
  s: CurrentSignal,
  body: NonNullable<TriageBody['newTrajectory']>,
): Promise<string> {
  const birthDate = body.birthDate ?? s.birth_date ?? undefined;
  if (body.personKind === 'child' && !birthDate)
    throw new ValidationError('invalid_input', {
      detail: 'A child needs a birth date.',
      errors: [{ path: 'newTrajectory.birthDate', message: 'required' }],
    });
  const vault = new BsnVault(ctx.config.appSecret);
  const member = {
    kind: body.personKind,
    givenName: s.given_name ?? 'Onbekend',
    familyName: s.family_name ?? 'Onbekend',
    ...(birthDate ? { birthDate } : {}),
    ...(s.bsn_enc ? { bsn: vault.open(s.bsn_enc) } : {}),
    ...(body.personKind === 'parent' ? { hasAuthority: true } : {}),
  };
  const created = await createFamilyIn(
    trx,
    ctx,
    {
      teamId: s.team_id,
      postcode: s.postcode,
      houseNumber: s.house_number,
      municipalityCode: s.municipality_code,
      ...(s.neighbourhood_code ? { neighbourhoodCode: s.neighbourhood_code } : {}),
      members: [member],
      trajectory: {
        entryPoint: 'signal',
        firstContactOn: today(),
        ...(body.regisseurId ? { regisseurId: body.regisseurId } : {}),
      },
      confirmDuplicate: true,
    },
    'newTrajectory.',
  );
  return created.id;
}

/**
 * One transaction: the signal row is locked (FOR UPDATE) and its state checked before anything is
 * written, so of two concurrent triages the second waits, then finds the signal decided — and a
 * new family is only ever created together with the decision that opens it (never left orphaned).
 */
export function triageSignal(ctx: RequestContext, id: string, body: TriageBody): Promise<SignalDetail> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: `signal triaged: ${body.outcome}`,
      event: 'signal.triaged',
    });
    const s = await currentSignal(trx, id);
    if (s.status !== 'received')
      throw new BusinessRuleError('signal_already_triaged', { detail: 'This signal has already been triaged.' });
    const errors = checkTriage(body, s.category);
    if (errors.length)
      throw new ValidationError('invalid_input', { detail: 'The triage decision is incomplete.', errors });
    const newFamilyId =
      body.outcome === 'new_trajectory' && body.newTrajectory
        ? await openTrajectoryFor(trx, ctx, s, body.newTrajectory)
        : null;
    let familyId = newFamilyId ?? s.family_id;
    if (body.outcome === 'linked') {
      familyId = body.familyId ?? s.family_id;
      if (!familyId)
        throw new ValidationError('invalid_input', {
          detail: 'Name the family whose trajectory takes this signal in.',
          errors: [{ path: 'familyId', message: 'required' }],
        });
      // Linking writes into that family's file: the user needs access to it.
      await authorize(trx, ctx, {
        subject: 'family',
        id: familyId,
        action: 'update',
        purpose: 'care',
        data: 'early signal linked to the trajectory',
        event: 'family.signal_linked',
      });
    }
    await trx
      .updateTable('signal')
      .set({
        status: body.outcome === 'outreach' ? 'picked_up' : 'closed',
        triage_outcome: body.outcome,
        triage_reason: body.reason ?? null,
        referred_to: body.referredTo ?? null,
        meldcode: body.meldcode ? JSON.stringify(body.meldcode) : null,
        family_id: familyId,
        triaged_by: actor.userId,
        triaged_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    return presentSignal(trx, ctx, id, 'read', 'signal after triage');
  });
}
