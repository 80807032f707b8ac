// POST /api/partner/v1/signals: a partner organisation's system submits signals with its API key
// (scope signals:submit) — the same rules, routing and idempotency as the web form and the CSV
// upload (submitSignals). The receipt says per signal only accepted / duplicate / rejected (with
// the reasons) and the reference: nothing flows back about the family.
import type { RequestContext } from '../../platform/access/context.js';
import { authorizePartner } from '../../platform/access/partner.js';
import { BsnVault } from '../../platform/bsn.js';
import { inTransaction } from '../../platform/db/transaction.js';
import type { PartnerSignalsBody, PartnerSignalsReceipt } from './schemas.js';
import { submitSignals } from './submit.js';

export function submitPartnerSignals(ctx: RequestContext, body: PartnerSignalsBody): Promise<PartnerSignalsReceipt> {
  return inTransaction(ctx.db, async (trx) => {
    const { partner } = await authorizePartner(trx, ctx, {
      scope: 'signals:submit',
      event: 'signal.submitted',
      subject: 'signal_submission',
      id: null,
      data: `${body.signals.length} partner signal(s): ${[...new Set(body.signals.map((s) => s.category))].sort().join(', ')}`,
    });
    const results = await submitSignals(
      trx,
      { organisationId: partner.organisationId, userId: null, apiKeyId: partner.keyId, channel: 'api' },
      body.signals,
      { vault: new BsnVault(ctx.config.appSecret) },
    );
    return {
      accepted: results.filter((r) => r.status === 'accepted').length,
      duplicates: results.filter((r) => r.status === 'duplicate').length,
      rejected: results.filter((r) => r.status === 'rejected').length,
      results: results.map((r, index) => ({ index, status: r.status, reference: r.reference, errors: r.errors })),
    };
  });
}
