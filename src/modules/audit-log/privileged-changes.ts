// The privacy officer's list of privileged changes: who asked for which access, who approved or
// rejected it, and when — including access taken away without a second person.
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { PrivilegedChangeStatus } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { listForPrivacyOfficer } from '../accounts/privileged/queries.js';

export function listPrivilegedChanges(ctx: RequestContext, status: PrivilegedChangeStatus | undefined) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'privileged_change_log',
      id: null,
      action: 'search',
      purpose: 'supervision',
      data: 'privileged changes: requests and decisions',
    });
    return { items: await listForPrivacyOfficer(trx, grant, status) };
  });
}
