// The family's audited access path: every read and write of the family's rights pages goes through
// authorize/authorizeRead with the portal login as subject, so it is logged like a professional's
// access (NEN 7513), client = the family's reference, in the same transaction or statement.
import {
  authorize,
  authorizeRead,
  requireActor,
  type AuditedRead,
  type Grant,
} from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { AuditAction } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { findViewer, type Viewer } from './viewer.js';

export const PURPOSE = 'own file (family portal)';

/** An audited read by the family: one decision statement; the viewer comes from the decision's memo. */
export async function familyRead(
  ctx: RequestContext,
  data: string,
  action: AuditAction = 'read',
): Promise<{ read: AuditedRead<'family_rights'>; viewer: Viewer }> {
  const actor = requireActor(ctx);
  const read = await authorizeRead(ctx, {
    subject: 'family_rights',
    id: actor.userId,
    action,
    purpose: PURPOSE,
    data,
    event: `family_rights.${action}`,
  });
  const viewer = await findViewer(read.db, actor.userId, read.memo);
  if (!viewer) throw new Error('family rights: allowed without a viewer');
  return { read, viewer };
}

/** An audited change by the family inside the caller's transaction. */
export async function familyWrite(
  trx: Tx,
  ctx: RequestContext,
  event: string,
  data: string,
): Promise<{ grant: Grant<'family_rights'>; viewer: Viewer }> {
  const actor = requireActor(ctx);
  const grant = await authorize(trx, ctx, {
    subject: 'family_rights',
    id: actor.userId,
    action: 'create',
    purpose: PURPOSE,
    data,
    event,
  });
  const viewer = await findViewer(trx, actor.userId);
  if (!viewer) throw new Error('family rights: allowed without a viewer');
  return { grant, viewer };
}
