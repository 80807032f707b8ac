// The decision (beschikking) on a request: one decision, one youth, one or more allocated products —
// or a rejection with its WJ759 reason. All in one transaction: the access decision and its audit row,
// the checks (contract, stacking, capacity, budget), the decision, its allocations with numbers from
// allocation_number_seq, a correction's withdrawal (change reason 13, end = start), the request's state,
// and the jobs the exchange part turns into iJw messages (JW301 full state per client and provider;
// the JW301/JW319 answer of a provider's JW315/JW317).
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import { now } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError } from '../../../platform/errors.js';
import { enqueue } from '../../../platform/jobs/queue.js';
import { notifyFamily } from '../../family-authority/notify-family.js';
import { readDecisionIn } from './letter.js';
import {
  checkBudgets,
  refuseFullArrangement,
  refuseStacking,
  resolveProduct,
  type LineCheck,
  type Resolved,
} from './resolve.js';
import type { AllocatedProduct, BudgetCheck, DecisionInput, DecisionView, GrantInput } from './schemas.js';

/** Job kinds the exchange part handles (see /work/notes/s5/decisions-api.txt). */
export const PRODUCE_JW301 = 'allocations.produce_jw301';
export const ANSWER_REQUEST = 'allocations.answer_request';

/** JZ002 change reason of a correction: the old allocation is withdrawn and gets end = start. */
export const CHANGE_REASON_WITHDRAWN = '13';

async function openRequest(trx: Tx, requestId: string) {
  const request = await trx
    .selectFrom('allocation_request')
    .selectAll()
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (request.status !== 'open')
    throw new ConflictError('allocation_request_handled', { detail: `The request is already ${request.status}.` });
  return request;
}

async function resolveAll(trx: Tx, municipalityCode: string, personId: string, products: AllocatedProduct[]) {
  const resolved: Resolved[] = [];
  for (const [i, p] of products.entries()) resolved.push(await resolveProduct(trx, municipalityCode, p, i));
  await refuseStacking(trx, personId, resolved);
  await refuseFullArrangement(trx, municipalityCode, resolved);
  return { resolved, lines: await checkBudgets(trx, municipalityCode, resolved) };
}

function presentCheck(resolved: Resolved[], lines: LineCheck[]): BudgetCheck {
  const out = lines.map((l) => ({
    budgetLine: l.budgetLine,
    year: l.year,
    amountCents: l.standing.amountCents,
    remainingCents: l.standing.remainingCents,
    expectedCents: l.expectedCents,
    overBudget: l.expectedCents > l.standing.remainingCents,
  }));
  return {
    products: resolved.map((r) => ({
      expectedCostCents: r.expectedCostCents,
      levelOfHelp: r.levelOfHelp ?? 'generic',
    })),
    lines: out,
    overBudget: out.some((l) => l.overBudget),
  };
}

/** The budget check before deciding: expected costs and what remains per line; writes nothing but the audit row. */
export function checkDecision(
  ctx: RequestContext,
  requestId: string,
  products: AllocatedProduct[],
): Promise<BudgetCheck> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'allocation_request',
      id: requestId,
      action: 'read',
      purpose: 'care allocation',
      data: 'budget check of a proposed decision',
    });
    const request = await openRequest(trx, grant.subjectId);
    const { resolved, lines } = await resolveAll(trx, request.municipality_code, request.person_id, products);
    return presentCheck(resolved, lines);
  });
}

async function withdrawCorrected(
  trx: Tx,
  request: { person_id: string; municipality_code: string },
  products: AllocatedProduct[],
) {
  for (const [i, p] of products.entries()) {
    if (!p.correctsAllocationId) continue;
    const withdrawn = await trx
      .updateTable('allocation')
      .set({ status: 'withdrawn', change_reason: CHANGE_REASON_WITHDRAWN, ends_on: sql`starts_on` })
      .where('id', '=', p.correctsAllocationId)
      .where('person_id', '=', request.person_id)
      .where('municipality_code', '=', request.municipality_code)
      .where('status', '=', 'active')
      .returning('id')
      .executeTakeFirst();
    if (!withdrawn)
      throw new BusinessRuleError('allocation_not_correctable', {
        errors: [{ path: `products.${i}.correctsAllocationId`, message: 'no active allocation of this youth' }],
      });
  }
}

async function grant(
  trx: Tx,
  request: Awaited<ReturnType<typeof openRequest>>,
  body: GrantInput,
  userId: string,
  reference: string,
) {
  const { resolved, lines } = await resolveAll(trx, request.municipality_code, request.person_id, body.products);
  const check = presentCheck(resolved, lines);
  if (check.overBudget && !body.overBudgetReason)
    throw new BusinessRuleError('over_budget_reason_required', {
      detail: `Over budget: ${check.lines
        .filter((l) => l.overBudget)
        .map((l) => `${l.budgetLine} ${l.year} expects ${l.expectedCents} cents, ${l.remainingCents} remain`)
        .join('; ')}. State a reason to go on.`,
      errors: [{ path: 'overBudgetReason', message: 'over budget: state why the care is needed anyway' }],
    });
  const decision = await trx
    .insertInto('decision')
    .values({
      municipality_code: request.municipality_code,
      reference,
      family_id: request.family_id,
      person_id: request.person_id,
      trajectory_id: request.trajectory_id,
      request_id: request.id,
      outcome: 'granted',
      motivation: body.motivation,
      over_budget_reason: check.overBudget ? (body.overBudgetReason ?? null) : null,
      decided_by: userId,
      decided_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await withdrawCorrected(trx, request, body.products);
  const byLine = new Map(lines.map((l) => [`${l.budgetLine}|${l.year}`, l.standing.budgetLineId]));
  const rows = await trx
    .insertInto('allocation')
    .values(
      resolved.map((r) => ({
        decision_id: decision.id,
        municipality_code: request.municipality_code,
        allocation_number: sql<number>`nextval('allocation_number_seq')`,
        person_id: request.person_id,
        provider_id: r.input.providerId,
        contract_product_id: r.contractProductId,
        arrangement_id: r.input.arrangementId ?? null,
        kind: r.input.kind,
        category: r.category,
        product_code: r.productCode,
        volume: r.input.volume ?? null,
        unit: r.input.unit ?? null,
        frequency: r.input.frequency ?? null,
        budget_cents: r.input.budgetCents ?? null,
        starts_on: r.input.startsOn,
        ends_on: r.input.endsOn,
        referrer_type: r.input.referrerType,
        referrer_agb: r.input.referrerAgb ?? null,
        expected_cost_cents: r.expectedCostCents,
        budget_line_id: byLine.get(`${r.budgetLine}|${r.year}`) ?? '',
        supersedes_id: r.input.correctsAllocationId ?? null,
        allocated_at: now(),
      })),
    )
    .returning('provider_id')
    .execute();
  // OP087: the exchange sends the full state per client and provider.
  for (const providerId of new Set(rows.map((r) => r.provider_id)))
    await enqueue(trx, PRODUCE_JW301, {
      personId: request.person_id,
      providerId,
      municipalityCode: request.municipality_code,
    });
  return decision.id;
}

export function decideRequest(ctx: RequestContext, requestId: string, body: DecisionInput): Promise<DecisionView> {
  return inTransaction(ctx.db, async (trx) => {
    const access = await authorize(trx, ctx, {
      subject: 'allocation_request',
      id: requestId,
      action: 'update',
      purpose: 'care allocation',
      data: `decision (${body.outcome})`,
      event: 'decision.created',
    });
    const request = await openRequest(trx, access.subjectId);
    const { n } = await sql<{ n: string }>`SELECT nextval('decision_reference_seq')::text AS n`
      .execute(trx)
      .then((r) => r.rows[0] ?? { n: '0' });
    const reference = `B-${request.municipality_code}-${n}`;
    let decisionId: string;
    if (body.outcome === 'granted') {
      decisionId = await grant(trx, request, body, access.actor.userId, reference);
    } else {
      const row = await trx
        .insertInto('decision')
        .values({
          municipality_code: request.municipality_code,
          reference,
          family_id: request.family_id,
          person_id: request.person_id,
          trajectory_id: request.trajectory_id,
          request_id: request.id,
          outcome: 'rejected',
          motivation: body.motivation,
          rejection_reason: body.rejectionReason,
          decided_by: access.actor.userId,
          decided_at: now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      decisionId = row.id;
    }
    await trx
      .updateTable('allocation_request')
      .set({
        status: body.outcome,
        handled_by: access.actor.userId,
        handled_at: now(),
        rejection_reason: body.outcome === 'rejected' ? body.rejectionReason : null,
        rejection_note: body.outcome === 'rejected' ? body.motivation.slice(0, 2000) : null,
      })
      .where('id', '=', request.id)
      .execute();
    // OP274/OP346: a provider's JW315/JW317 is answered (JW301 when granted, JW319 with WJ759 when rejected).
    if (request.source !== 'plan') await enqueue(trx, ANSWER_REQUEST, { requestId: request.id });
    await notifyFamily(trx, request.family_id, 'family_decision_taken', {
      item: 'person_part',
      personId: request.person_id,
    });
    return readDecisionIn(trx, decisionId);
  });
}
