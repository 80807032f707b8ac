// Reading decisions: one decision with its allocations (the letter is printed from it), and a family's
// decisions for the dossier. The letter's wording lives in the web (plain Dutch, B1; English).
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { today } from '../../../platform/clock.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { mandatedForFamily } from './policy.js';
import type { AllocationView, DecisionView, FamilyRequest } from './schemas.js';

function decisions(trx: Tx) {
  return trx
    .selectFrom('decision as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('municipality as m', 'm.code', 'd.municipality_code')
    .innerJoin('app_user as u', 'u.id', 'd.decided_by')
    .select([
      'd.id',
      'd.reference',
      'd.family_id',
      'm.name as municipality_name',
      'p.given_name',
      'd.outcome',
      'd.motivation',
      'd.rejection_reason',
      'd.over_budget_reason',
      'd.decided_at',
      'u.display_name',
    ]);
}

async function allocationsOf(trx: Tx, decisionIds: string[]): Promise<Map<string, AllocationView[]>> {
  const out = new Map<string, AllocationView[]>();
  if (decisionIds.length === 0) return out;
  const rows = await trx
    .selectFrom('allocation as a')
    .innerJoin('organisation as o', 'o.id', 'a.provider_id')
    .leftJoin('contract_product as cp', 'cp.id', 'a.contract_product_id')
    .leftJoin('product_category_level as l', 'l.category', 'a.category')
    .select([
      'a.id',
      'a.decision_id',
      'a.allocation_number',
      'a.kind',
      'o.name as provider_name',
      'a.category',
      'a.product_code',
      'cp.name as product_name',
      'l.level_of_help',
      'a.volume',
      'a.unit',
      'a.frequency',
      'a.budget_cents',
      sql<string>`a.starts_on::text`.as('starts_on'),
      sql<string>`a.ends_on::text`.as('ends_on'),
      'a.expected_cost_cents',
      'a.status',
      'a.change_reason',
    ])
    .where('a.decision_id', 'in', decisionIds)
    .orderBy('a.allocation_number')
    .execute();
  for (const r of rows) {
    const list = out.get(r.decision_id) ?? [];
    list.push({
      id: r.id,
      allocationNumber: r.allocation_number,
      kind: r.kind,
      providerName: r.provider_name,
      category: r.category,
      productCode: r.product_code,
      productName: r.product_name,
      levelOfHelp: r.level_of_help,
      volume: r.volume,
      unit: r.unit,
      frequency: r.frequency,
      budgetCents: r.budget_cents === null ? null : Number(r.budget_cents),
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      expectedCostCents: Number(r.expected_cost_cents),
      status: r.status,
      changeReason: r.change_reason,
    });
    out.set(r.decision_id, list);
  }
  return out;
}

type Row = Awaited<ReturnType<ReturnType<typeof decisions>['executeTakeFirstOrThrow']>>;

function present(d: Row, allocations: AllocationView[]): DecisionView {
  return {
    id: d.id,
    reference: d.reference,
    familyId: d.family_id,
    municipalityName: d.municipality_name,
    youthGivenName: d.given_name,
    outcome: d.outcome,
    motivation: d.motivation,
    rejectionReason: d.rejection_reason?.trim() ?? null,
    overBudgetReason: d.over_budget_reason,
    decidedAt: d.decided_at,
    decidedBy: d.display_name,
    allocations,
  };
}

/** One decision, for a caller already authorised for it (the decision service, readDecision). */
export async function readDecisionIn(trx: Tx, decisionId: string): Promise<DecisionView> {
  const d = await decisions(trx).where('d.id', '=', decisionId).executeTakeFirstOrThrow();
  return present(d, (await allocationsOf(trx, [d.id])).get(d.id) ?? []);
}

export function readDecision(ctx: RequestContext, decisionId: string): Promise<DecisionView> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'decision',
      id: decisionId,
      action: 'read',
      purpose: 'care',
      data: 'decision and its allocations (letter)',
    });
    return readDecisionIn(trx, grant.subjectId);
  });
}

/**
 * The family's decisions (newest first) and its requests for help with their state — what the plan shows
 * per action ("aangevraagd") and the dossier's "Beschikkingen" section lists. Read by whoever reads the
 * dossier, and by a consultant whose municipality has a request for the family.
 */
export function listFamilyDecisions(
  ctx: RequestContext,
  familyId: string,
): Promise<{
  items: DecisionView[];
  requests: FamilyRequest[];
  youths: { id: string; givenName: string }[];
  canDecide: boolean;
}> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family_allocations',
      id: familyId,
      action: 'read',
      purpose: 'care',
      data: 'decisions, allocations and requests for help',
    });
    const rows = await decisions(trx)
      .where('d.family_id', '=', grant.subjectId)
      .orderBy('d.decided_at', 'desc')
      .limit(200)
      .execute();
    const allocations = await allocationsOf(
      trx,
      rows.map((r) => r.id),
    );
    const on = today();
    const requests = await trx
      .selectFrom('allocation_request as r')
      .innerJoin('person as p', 'p.id', 'r.person_id')
      .leftJoin('decision as d', 'd.request_id', 'r.id')
      .select([
        'r.id',
        'r.person_id',
        'p.given_name',
        'r.plan_action_key',
        'r.question',
        'r.source',
        'r.received_at',
        sql<string>`r.answer_due::text`.as('answer_due'),
        'r.status',
        'd.id as decision_id',
      ])
      .where('r.family_id', '=', grant.subjectId)
      .orderBy('r.received_at', 'desc')
      .limit(200)
      .execute();
    const youths = await trx
      .selectFrom('person')
      .select(['id', 'given_name'])
      .where('family_id', '=', grant.subjectId)
      .where('kind', '=', 'child')
      .where('removed_at', 'is', null)
      .orderBy('birth_date')
      .orderBy('given_name')
      .execute();
    return {
      items: rows.map((r) => present(r, allocations.get(r.id) ?? [])),
      youths: youths.map((y) => ({ id: y.id, givenName: y.given_name })),
      requests: requests.map((r) => ({
        id: r.id,
        personId: r.person_id,
        youthGivenName: r.given_name,
        planActionKey: r.plan_action_key,
        question: r.question,
        source: r.source,
        receivedAt: r.received_at,
        answerDue: r.answer_due,
        late: r.status === 'open' && r.answer_due < on,
        status: r.status,
        decisionId: r.decision_id,
      })),
      canDecide: await mandatedForFamily(trx, grant.actor, grant.subjectId),
    };
  });
}
