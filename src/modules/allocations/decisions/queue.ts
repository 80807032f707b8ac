// The consultant's work queue: the requests of their municipality with their answer date, late ones
// flagged, sorted by deadline and paged; and one request with the minimum of the family needed to decide.
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { today } from '../../../platform/clock.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { containsPattern, fetchPage } from '../../../platform/http/paging.js';
import { contractedProducts, requestedProductName } from './contracts-adapter.js';
import { mandateOf } from './policy.js';
import type { Queue, QueueQuery, RequestDetail, RequestSummary } from './schemas.js';

/** The requests with what a list shows of each; `on` is the day a request without a start names its product on. */
function summaries(trx: Tx, on: string) {
  return trx
    .selectFrom('allocation_request as r')
    .innerJoin('family as f', 'f.id', 'r.family_id')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .leftJoin('organisation as o', 'o.id', 'r.provider_id')
    .select([
      'r.id',
      'r.family_id',
      'f.reference',
      'p.given_name',
      sql<string | null>`p.birth_date::text`.as('birth_date'),
      'r.person_id',
      'r.source',
      'r.question',
      'r.category',
      'r.received_at',
      sql<string>`r.answer_due::text`.as('answer_due'),
      'r.status',
      'r.municipality_code',
      sql<string | null>`r.requested_start::text`.as('requested_start'),
      sql<string | null>`r.requested_end::text`.as('requested_end'),
      'o.name as provider_name',
      'r.provider_id',
      'r.product_code',
      'r.escalated_at',
      requestedProductName(on).as('product_name'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>;

function present(r: Row, on: string): RequestSummary {
  return {
    id: r.id,
    familyId: r.family_id,
    familyReference: r.reference,
    youthGivenName: r.given_name,
    source: r.source,
    question: r.question,
    category: r.category,
    receivedAt: r.received_at,
    answerDue: r.answer_due,
    late: r.status === 'open' && r.answer_due < on,
    status: r.status,
    providerName: r.provider_name,
    escalatedAt: r.escalated_at,
    requestedProduct: r.product_code ? { productCode: r.product_code, name: r.product_name } : null,
  };
}

/**
 * One page of the queue of the consultant's municipality: open, late (open past the answer date) or
 * handled; from providers (JW315/JW317), from plans, or both; searched by the family's reference, the
 * youth's first name or the question. `late` counts the late requests among those the section and search
 * select, whatever the state shown: the count above a list is about that list (a count of every origin
 * read "7 late" above a section whose late filter showed 3), and `state=late` lists exactly that many.
 */
export function readQueue(ctx: RequestContext, query: QueueQuery): Promise<Queue> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'allocation_queue',
      id: null,
      action: 'search',
      purpose: 'care allocation',
      data: 'allocation requests of the municipality (youth first name, question, deadline)',
    });
    const municipality = (await mandateOf(trx, grant.actor)) ?? '';
    const on = today();
    let selected = summaries(trx, on).where('r.municipality_code', '=', municipality);
    if (query.origin === 'plan') selected = selected.where('r.source', '=', 'plan');
    if (query.origin === 'provider') selected = selected.where('r.source', '<>', 'plan');
    if (query.q) {
      const like = containsPattern(query.q);
      selected = selected.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['f.reference']), 'like', like),
          eb(eb.fn('lower', ['p.given_name']), 'like', like),
          eb(eb.fn('lower', ['r.question']), 'like', like),
        ]),
      );
    }
    const isLate = sql<boolean>`r.status = 'open' AND r.answer_due < ${on}::date`;
    const shown =
      query.state === 'handled'
        ? selected.where('r.status', '<>', 'open')
        : query.state === 'late'
          ? selected.where(isLate)
          : selected.where('r.status', '=', 'open');
    const ordered =
      query.sort === 'received'
        ? shown.orderBy('r.received_at', 'desc').orderBy('r.id')
        : shown
            .orderBy('r.answer_due', query.sort === 'due' ? 'asc' : 'desc')
            .orderBy('r.received_at')
            .orderBy('r.id');
    const page = await fetchPage(ordered, query, (r) => present(r, on));
    const late = await selected
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(isLate)
      .executeTakeFirstOrThrow();
    return { ...page, late: Number(late.n) };
  });
}

export function readRequest(ctx: RequestContext, requestId: string): Promise<RequestDetail> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'allocation_request',
      id: requestId,
      action: 'read',
      purpose: 'care allocation',
      data: 'allocation request with the youth (first name, birth date) and the question',
    });
    const on = today();
    const r = await summaries(trx, on).where('r.id', '=', grant.subjectId).executeTakeFirstOrThrow();
    const decision = await trx
      .selectFrom('decision')
      .select('id')
      .where('request_id', '=', grant.subjectId)
      .executeTakeFirst();
    const products = await contractedProducts(trx, r.municipality_code, r.requested_start ?? on);
    return {
      ...present(r, on),
      personId: r.person_id,
      youthBirthDate: r.birth_date,
      municipalityCode: r.municipality_code,
      requestedStart: r.requested_start,
      requestedEnd: r.requested_end,
      products,
      decisionId: decision?.id ?? null,
    };
  });
}
