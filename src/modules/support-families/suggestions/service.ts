// Suggestions for one request: every eligible support family in the coordinator's area, ranked by
// score, each with its per-criterion explanation; and how many were left out, and why.
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { getSettings, getWeights, todayIso } from '../settings-store.js';
import { eligibleFamilies, openRequests, rejectedPairs } from './candidates.js';
import { scorePair, type CriterionScore, type Ineligible } from './scoring.js';

const PURPOSE = 'buurtgezinnen';

export function suggestionsFor(ctx: RequestContext, requestId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_request',
      id: requestId,
      action: 'read',
      purpose: PURPOSE,
      data: 'suggested support families',
    });
    const area = await coordinatorMunicipalities(trx, grant.actor.userId);
    const [request] = await openRequests(trx, area, requestId);
    if (!request) throw new NotFoundError('support_request_not_found', { detail: 'No such request.' });
    const settings = await getSettings(trx);
    const weights = await getWeights(trx, grant.actor.userId);
    const families = await eligibleFamilies(trx, area, todayIso(), settings.vogValidityMonths);
    const rejected = await rejectedPairs(trx, [requestId]);
    const notEligible: Record<Ineligible | 'rejected', number> = {
      too_far: 0,
      no_shared_support: 0,
      no_shared_time: 0,
      too_many_children: 0,
      no_capacity: 0,
      rejected: 0,
    };
    const items: Array<{
      family: { id: string; reference: string; givenName: string; neighbourhoodName: string | null };
      score: number;
      criteria: CriterionScore[];
    }> = [];
    for (const f of families) {
      if (rejected.has(`${requestId}|${f.id}`)) {
        notEligible.rejected += 1;
        continue;
      }
      const s = scorePair(request, f, weights);
      if (!s.eligible) {
        notEligible[s.reason] += 1;
        continue;
      }
      items.push({
        family: { id: f.id, reference: f.reference, givenName: f.givenName, neighbourhoodName: f.neighbourhoodName },
        score: s.score,
        criteria: s.criteria,
      });
    }
    items.sort((a, b) => b.score - a.score || a.family.reference.localeCompare(b.family.reference));
    return {
      request: {
        id: request.id,
        reference: request.reference,
        givenName: request.givenName,
        neighbourhoodName: request.neighbourhoodName,
      },
      items: items.slice(0, 25),
      notEligible,
      weights,
    };
  });
}
