// Claims rejected: the JW323 lines a consultant's municipality sent back in a JW325 (accepted = false),
// for allocations of its own decisions — so the consultant sees where a decision and the care given
// do not match (a period outside the allocation, a volume too high, a product not allocated). Lines
// that could not be linked to an allocation belong to the provider's own correction and are not shown.
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { containsPattern, fetchPage } from '../../../platform/http/paging.js';
import { mandateOf } from './policy.js';
import type { RejectedClaimQuery, RejectedClaims } from './schemas.js';

export function readRejectedClaims(ctx: RequestContext, query: RejectedClaimQuery): Promise<RejectedClaims> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'allocation_queue',
      id: null,
      action: 'search',
      purpose: 'care allocation',
      data: 'rejected claim lines of the municipality’s decisions (youth first name, product, period, amount)',
    });
    const municipality = (await mandateOf(trx, grant.actor)) ?? '';
    let q = trx
      .selectFrom('claim_line as cl')
      .innerJoin('claim as c', 'c.id', 'cl.claim_id')
      .innerJoin('organisation as o', 'o.id', 'cl.provider_id')
      .innerJoin('allocation as a', 'a.id', 'cl.allocation_id')
      .innerJoin('decision as d', 'd.id', 'a.decision_id')
      .innerJoin('family as f', 'f.id', 'd.family_id')
      .innerJoin('person as p', 'p.id', 'd.person_id')
      .select([
        sql<string>`cl.id::text`.as('id'),
        'c.received_at',
        'o.name as provider_name',
        'c.invoice_number',
        'd.family_id',
        'f.reference as family_reference',
        'p.given_name',
        'd.id as decision_id',
        'd.reference as decision_reference',
        'a.allocation_number',
        'cl.category',
        'cl.product_code',
        sql<string>`cl.period_start::text`.as('period_start'),
        sql<string>`cl.period_end::text`.as('period_end'),
        'cl.amount_cents',
        'cl.return_codes',
      ])
      .where('cl.accepted', '=', false)
      .where('d.municipality_code', '=', municipality);
    if (query.mine) q = q.where('d.decided_by', '=', grant.actor.userId);
    if (query.q) {
      const like = containsPattern(query.q);
      q = q.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['f.reference']), 'like', like),
          eb(eb.fn('lower', ['p.given_name']), 'like', like),
          eb(eb.fn('lower', ['o.name']), 'like', like),
          eb(eb.fn('lower', ['d.reference']), 'like', like),
        ]),
      );
    }
    const ordered = q.orderBy('c.received_at', query.sort === 'received' ? 'desc' : 'asc').orderBy('cl.id');
    return fetchPage(ordered, query, (r) => ({
      id: r.id,
      receivedAt: r.received_at,
      providerName: r.provider_name,
      invoiceNumber: r.invoice_number,
      familyId: r.family_id,
      familyReference: r.family_reference,
      youthGivenName: r.given_name,
      decisionId: r.decision_id,
      decisionReference: r.decision_reference,
      allocationNumber: r.allocation_number,
      category: r.category?.trim() ?? null,
      productCode: r.product_code,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      amountCents: Number(r.amount_cents),
      returnCodes: r.return_codes,
    }));
  });
}
