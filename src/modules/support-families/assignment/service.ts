// The overall proposal for all open requests of the coordinator's area at once (optimal, see
// solve.ts), beside what one-by-one greedy picking gives; and the coordinator's answer per pair:
// accept (a match is proposed to both families), or reject (never proposed again). "Change" is
// accepting another family for that request, e.g. from its suggestions.
import { performance } from 'node:perf_hooks';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { AppError, BusinessRuleError, ConflictError } from '../../../platform/errors.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { getSettings, getWeights, todayIso } from '../settings-store.js';
import { eligibleFamilies, openRequests, rejectedPairs } from '../suggestions/candidates.js';
import { scorePair, type CriterionScore } from '../suggestions/scoring.js';
import type { BulkPairBody, BulkPairResult, PairBody } from './schemas.js';
import { greedyAssignment, optimalAssignment, type Candidate } from './solve.js';

const PURPOSE = 'buurtgezinnen';

export function proposeAssignment(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'overall assignment proposal',
    });
    const area = await coordinatorMunicipalities(trx, grant.actor.userId);
    const settings = await getSettings(trx);
    const weights = await getWeights(trx, grant.actor.userId);
    const requests = await openRequests(trx, area);
    const families = await eligibleFamilies(trx, area, todayIso(), settings.vogValidityMonths);
    const rejected = await rejectedPairs(
      trx,
      requests.map((r) => r.id),
    );
    const started = performance.now();
    const candidates: Candidate[] = [];
    const explanations = new Map<string, CriterionScore[]>();
    requests.forEach((r, ri) =>
      families.forEach((f, fi) => {
        if (rejected.has(`${r.id}|${f.id}`)) return;
        const s = scorePair(r, f, weights);
        if (!s.eligible) return;
        candidates.push({ request: ri, family: fi, score: s.score });
        explanations.set(`${ri}|${fi}`, s.criteria);
      }),
    );
    const instance = {
      requests: requests.length,
      capacity: families.map((f) => f.maxFamilies - f.currentMatches),
      candidates,
    };
    const best = optimalAssignment(instance);
    const greedy = greedyAssignment(instance);
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const greedyFor = new Map(greedy.pairs.map((p) => [p.request, families[p.family]?.id ?? null]));
    const ref = (x: { id: string; reference: string; givenName: string; neighbourhoodName: string | null }) => ({
      id: x.id,
      reference: x.reference,
      givenName: x.givenName,
      neighbourhoodName: x.neighbourhoodName,
    });
    return {
      pairs: best.pairs.map((p) => ({
        request: ref(requests[p.request]!),
        family: ref(families[p.family]!),
        score: p.score,
        criteria: explanations.get(`${p.request}|${p.family}`) ?? [],
        greedyFamilyId: greedyFor.get(p.request) ?? null,
      })),
      openRequests: requests.length,
      eligibleFamilies: families.length,
      unassigned: requests.length - best.pairs.length,
      total: best.total,
      greedyTotal: greedy.total,
      greedyAssigned: greedy.pairs.length,
      improvementPercent:
        greedy.total > 0 ? Math.round(((best.total - greedy.total) / greedy.total) * 1000) / 10 : null,
      durationMs,
    };
  });
}

export function acceptPair(ctx: RequestContext, body: PairBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_request',
      id: body.requestId,
      action: 'update',
      purpose: PURPOSE,
      data: 'match proposed',
      event: 'support_match.proposed',
    });
    await authorize(trx, ctx, {
      subject: 'support_family',
      id: body.familyId,
      action: 'update',
      purpose: PURPOSE,
      data: 'match proposed',
      event: 'support_match.proposed',
    });
    const area = await coordinatorMunicipalities(trx, grant.actor.userId);
    const request = await trx
      .selectFrom('support_request')
      .select('status')
      .where('id', '=', body.requestId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (request.status !== 'open')
      throw new ConflictError('support_request_not_open', { detail: 'This request is not open for a match.' });
    // Lock the family too (always after the request, so accepts cannot deadlock): a concurrent
    // accept for another request waits here and then counts this match in the family's room.
    await trx
      .selectFrom('support_family')
      .select('id')
      .where('id', '=', body.familyId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const [profile] = await openRequests(trx, area, body.requestId);
    const settings = await getSettings(trx);
    const family = (await eligibleFamilies(trx, area, todayIso(), settings.vogValidityMonths)).find(
      (f) => f.id === body.familyId,
    );
    const score = profile && family ? scorePair(profile, family, await getWeights(trx, grant.actor.userId)) : undefined;
    if (!score?.eligible)
      throw new BusinessRuleError('pair_not_eligible', {
        detail:
          'This support family is not eligible for this request (screening, capacity, distance, support, days or children).',
      });
    const match = await trx
      .insertInto('support_match')
      .values({
        request_id: body.requestId,
        family_id: body.familyId,
        status: 'proposed',
        score: score.score,
        proposed_by: grant.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('support_match_event')
      .values({
        match_id: match.id,
        kind: 'status',
        to_status: 'proposed',
        happened_on: todayIso(),
        note: null,
        recorded_by: grant.actor.userId,
      })
      .execute();
    await trx.updateTable('support_request').set({ status: 'matched' }).where('id', '=', body.requestId).execute();
    return { id: match.id };
  });
}

/**
 * Accepts several pairs in one request, each through acceptPair: its own transaction, decision and
 * audit row, so one pair that can no longer be matched (taken meanwhile, no longer eligible, not
 * yours) is reported and leaves the others standing. In the order given; a request named twice
 * gets its first pair.
 */
export async function acceptPairs(ctx: RequestContext, body: BulkPairBody) {
  // The board's gate first, so someone who may not use the board is refused (and audited) once.
  await inTransaction(ctx.db, (trx) =>
    authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'update',
      purpose: PURPOSE,
      data: `${body.pairs.length} pairs of the proposal accepted at once`,
    }),
  );
  const results: BulkPairResult[] = [];
  for (const pair of body.pairs) {
    try {
      const { id } = await acceptPair(ctx, pair);
      results.push({ ...pair, outcome: 'accepted', matchId: id, code: null });
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      results.push({ ...pair, outcome: 'refused', matchId: null, code: err.code });
    }
  }
  const accepted = results.filter((r) => r.outcome === 'accepted').length;
  return { accepted, refused: results.length - accepted, results };
}

export function rejectPair(ctx: RequestContext, body: PairBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_request',
      id: body.requestId,
      action: 'update',
      purpose: PURPOSE,
      data: 'proposed pair rejected',
    });
    await authorize(trx, ctx, {
      subject: 'support_family',
      id: body.familyId,
      action: 'read',
      purpose: PURPOSE,
      data: 'proposed pair rejected',
    });
    await trx
      .insertInto('support_pair_rejection')
      .values({ request_id: body.requestId, family_id: body.familyId, rejected_by: grant.actor.userId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return { status: 'rejected' as const };
  });
}
