// The provider's start page ("Jouw werk"): allocations waiting for a start of care, claim lines
// refused lately, and messages the municipality sent that nobody downloaded yet. One audited
// decision and one statement of three counts.
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { today } from '../../../platform/clock.js';
import { fetchAll, scalar } from '../../../platform/db/bundle.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { providerScope } from './policy.js';
import type { ProviderWork } from './schemas.js';

/** How far back refused claim lines count as work still to do. */
const REJECTED_DAYS = 90;

export function providerWork(ctx: RequestContext): Promise<ProviderWork> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'provider_allocation',
      id: null,
      action: 'search',
      purpose: 'care administration',
      data: 'counts of own allocations awaiting a start, refused claim lines and new messages',
      event: 'provider_allocation.work',
    });
    const provider = providerScope(grant);
    const on = today();
    const counts = await fetchAll(trx, {
      awaitingStart: scalar(sql<string>`select count(*) from allocation a
        where a.provider_id = ${provider} and a.status = 'active' and a.ends_on >= ${on}::date
        and not exists (select 1 from care_period c where c.allocation_id = a.id)`),
      rejectedLines: scalar(sql<string>`select count(*) from claim_line l join claim c on c.id = l.claim_id
        where c.provider_id = ${provider} and not l.accepted
        and c.received_at >= ${on}::date - ${REJECTED_DAYS}::int`),
      outgoingNew: scalar(sql<string>`select count(*) from ijw_message m
        where m.provider_id = ${provider} and m.direction = 'out' and m.status = 'ready'`),
    });
    return {
      awaitingStart: Number(counts.awaitingStart),
      rejectedLines: Number(counts.rejectedLines),
      outgoingNew: Number(counts.outgoingNew),
    };
  });
}
