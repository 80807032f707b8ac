// What an approved change does. Runs in the approver's transaction, after the decision is audited.
// Each kind re-checks the state it needs: an account deactivated meanwhile gets nothing.
import type { Role, PrivilegedChangeKind } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { ConflictError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notify/notify.js';
import { setCoordinatorArea } from '../../../platform/access/coordinator-area.js';

export interface ChangeRow {
  id: string;
  kind: PrivilegedChangeKind;
  target_user_id: string;
  team_id: string | null;
  payload: Record<string, unknown>;
}

async function activeTarget(trx: Tx, userId: string) {
  const user = await trx
    .selectFrom('app_user')
    .select(['roles', 'version', 'active'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!user?.active)
    throw new ConflictError('privileged_change_target_inactive', { detail: 'The account is no longer active.' });
  return user;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function applyChange(trx: Tx, change: ChangeRow): Promise<void> {
  const target = await activeTarget(trx, change.target_user_id);
  const p = change.payload;
  switch (change.kind) {
    case 'user_roles': {
      const roles = [...new Set([...target.roles, ...(strings(p.add) as Role[])])];
      await trx
        .updateTable('app_user')
        .set({ roles, version: target.version + 1, updated_at: new Date() })
        .where('id', '=', change.target_user_id)
        .execute();
      return;
    }
    case 'user_profile': {
      await trx
        .updateTable('app_user')
        .set({
          ...('email' in p ? { email: typeof p.email === 'string' ? p.email : null } : {}),
          ...(typeof p.homeOrganisationId === 'string' ? { home_organisation_id: p.homeOrganisationId } : {}),
          version: target.version + 1,
          updated_at: new Date(),
        })
        .where('id', '=', change.target_user_id)
        .execute();
      return;
    }
    case 'team_membership': {
      const isLead = p.isLead === true;
      await trx
        .insertInto('team_membership')
        .values({ team_id: change.team_id ?? '', user_id: change.target_user_id, is_lead: isLead })
        .onConflict((oc) => oc.columns(['team_id', 'user_id']).doUpdateSet({ is_lead: isLead }))
        .execute();
      await notify(trx, change.target_user_id, 'team_membership_added', '/');
      return;
    }
    case 'coordinator_area': {
      await setCoordinatorArea(trx, change.target_user_id, {
        municipalities: strings(p.municipalities),
        regions: strings(p.regions),
      });
      return;
    }
    case 'totp_reset': {
      // The user enrols again at the next login; every session ends now.
      await trx
        .updateTable('app_user')
        .set({ totp_enabled: false, totp_secret_enc: null, totp_last_step: null, updated_at: new Date() })
        .where('id', '=', change.target_user_id)
        .execute();
      await trx.deleteFrom('session').where('user_id', '=', change.target_user_id).execute();
      return;
    }
    default: {
      const unknownKind: never = change.kind;
      throw new Error(`unknown privileged change kind ${String(unknownKind)}`);
    }
  }
}
