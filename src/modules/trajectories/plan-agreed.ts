// The dossier status follows the plan: when the family signs it, the open trajectory moves to "in progress"
// (recorded as a status change like any other), so it does not stay "registered" after the work has started.
import type { Tx } from '../../platform/db/transaction.js';
import { BEFORE_AGREED_PLAN } from './status-flow.js';

/** Called inside the sign-off's transaction, after its access decision; returns the new status when it moved. */
export async function advanceOnAgreedPlan(trx: Tx, familyId: string, changedBy: string): Promise<'in_progress' | null> {
  const open = await trx
    .selectFrom('trajectory')
    .select(['id', 'status'])
    .where('family_id', '=', familyId)
    .where('status', 'in', BEFORE_AGREED_PLAN)
    .forUpdate()
    .executeTakeFirst();
  if (!open) return null;
  await trx.updateTable('trajectory').set({ status: 'in_progress' }).where('id', '=', open.id).execute();
  await trx
    .insertInto('trajectory_status_change')
    .values({ trajectory_id: open.id, from_status: open.status, to_status: 'in_progress', changed_by: changedBy })
    .execute();
  return 'in_progress';
}
