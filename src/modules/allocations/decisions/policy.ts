// Who may see and decide allocation requests and decisions:
// - 'allocation_queue' (no id): a consultant — mandated by the municipality of their home organisation
//   (seed 001: a professional may hold the mandate too, as the consultant role) — sees that
//   municipality's open requests.
// - 'allocation_request' (id = request): a consultant of the request's municipality reads the minimum of
//   the family needed to decide, and decides. A consultant of another municipality gets nothing.
// - 'decision' (id = decision): the consultants of its municipality, and whoever has need-to-know of the
//   family (the family policy decides: regisseur, team, the family itself), read the decision and its letter.
import { hasRole, type Actor } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny, getPolicy } from '../../../platform/access/policy.js';
import type { Queryable, Tx } from '../../../platform/db/transaction.js';

/** The municipality a consultant holds the mandate for: their home organisation's; null without the role. */
export async function mandateOf(trx: Queryable | Tx, actor: Actor): Promise<string | null> {
  if (!hasRole(actor, 'consultant')) return null;
  const org = await trx
    .selectFrom('organisation')
    .select('municipality_code')
    .where('id', '=', actor.organisationId)
    .executeTakeFirst();
  return org?.municipality_code ?? null;
}

export const allocationQueuePolicy = definePolicy({
  subjectType: 'allocation_queue',
  personalData: true,
  async decide({ trx, actor }) {
    if (!hasRole(actor, 'consultant')) return deny('only consultants mandated by the municipality decide on care');
    if (!(await mandateOf(trx, actor))) return deny('the home organisation belongs to no municipality');
    return allow('consultant');
  },
});

/** The arrangements a youth may be placed in: no client data, read by whoever decides (the same mandate). */
export const placementArrangementsPolicy = definePolicy({
  subjectType: 'placement_arrangements',
  personalData: false,
  async decide({ trx, actor }) {
    if (!(await mandateOf(trx, actor))) return deny('only consultants mandated by the municipality place youths');
    return allow('consultant');
  },
});

async function requestOf(trx: Queryable | Tx, id: string) {
  return trx
    .selectFrom('allocation_request as r')
    .innerJoin('family as f', 'f.id', 'r.family_id')
    .select(['r.municipality_code', 'f.reference'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export const allocationRequestPolicy = definePolicy({
  subjectType: 'allocation_request',
  personalData: true,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a request must be named');
    const mandate = await mandateOf(trx, actor);
    if (!mandate) return deny('only consultants mandated by the municipality decide on care');
    const request = await requestOf(trx, subjectId);
    if (!request) return deny('no such request');
    if (request.municipality_code !== mandate) return deny('the request is for another municipality');
    return allow('consultant');
  },
  async clientRef(trx, subjectId) {
    return (await requestOf(trx, subjectId))?.reference ?? null;
  },
});

async function decisionOf(trx: Queryable | Tx, id: string) {
  return trx
    .selectFrom('decision as d')
    .innerJoin('family as f', 'f.id', 'd.family_id')
    .select(['d.municipality_code', 'd.family_id', 'f.reference'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export const decisionPolicy = definePolicy({
  subjectType: 'decision',
  personalData: true,
  async decide(input) {
    const { trx, actor, subjectId, action } = input;
    if (!subjectId) return deny('a decision must be named');
    if (action !== 'read') return deny('a decision is never changed; a correction is a new decision');
    const decision = await decisionOf(trx, subjectId);
    if (!decision) return deny('no such decision');
    if ((await mandateOf(trx, actor)) === decision.municipality_code) return allow('consultant');
    return getPolicy('family').decide({ ...input, subjectId: decision.family_id });
  },
  async clientRef(trx, subjectId) {
    return (await decisionOf(trx, subjectId))?.reference ?? null;
  },
});

/** Whether the actor's mandate covers a request for this family (and so the family's decisions). */
export async function mandatedForFamily(trx: Queryable | Tx, actor: Actor, familyId: string): Promise<boolean> {
  const mandate = await mandateOf(trx, actor);
  if (!mandate) return false;
  const request = await trx
    .selectFrom('allocation_request')
    .select('id')
    .where('family_id', '=', familyId)
    .where('municipality_code', '=', mandate)
    .limit(1)
    .executeTakeFirst();
  return request !== undefined;
}

export const familyAllocationsPolicy = definePolicy({
  subjectType: 'family_allocations',
  personalData: true,
  async decide(input) {
    const { trx, actor, subjectId, action } = input;
    if (!subjectId) return deny('a family must be named');
    if (action !== 'read') return deny('decisions are made on a request, not on the family');
    if (await mandatedForFamily(trx, actor, subjectId)) return allow('consultant');
    return getPolicy('family').decide({ ...input, subjectId });
  },
  async clientRef(trx, subjectId) {
    const family = await trx.selectFrom('family').select('reference').where('id', '=', subjectId).executeTakeFirst();
    return family?.reference ?? null;
  },
});

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    family_allocations: true;
    allocation_queue: true;
    allocation_request: true;
    decision: true;
    placement_arrangements: true;
  }
}
