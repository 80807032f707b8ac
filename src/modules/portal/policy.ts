// Who may use the portal of a family, and the privacy officer's register of shielded items.
// portal_family: a family login of this family, as a household member who may use the portal (not under
// 12, not left). What that member then sees item by item is the pure policy in authority/policy.ts.
import { sql } from 'kysely';
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, remember, type DecideInput, type Memo } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { today } from '../../platform/clock.js';
import { ageBand, mayLogIn } from '../family-authority/index.js';
import type { PersonKind } from '../../platform/db/schema.js';

export interface PortalAccount {
  /** The family's reference (NEN 7513 client), null when there is no such family. */
  reference: string | null;
  /** Whether this user has a login of this family at all. */
  own: boolean;
  /** The household member the login is (null: a login from before migration 022). */
  personId: string | null;
  kind: PersonKind | null;
  birthDate: string | null;
  removed: boolean;
}

/** The login's place in the family, ONE statement, remembered for the rest of the request. */
export function portalAccount(db: Queryable, userId: string, familyId: string, memo?: Memo): Promise<PortalAccount> {
  return remember(memo, `portal:${familyId}:${userId}`, async () => {
    const { rows } = await sql<{
      reference: string | null;
      account: {
        person_id: string | null;
        kind: PersonKind | null;
        birth_date: string | null;
        removed: boolean;
      } | null;
    }>`select
      (select reference from family where id = ${familyId}) as reference,
      (select row_to_json(x) from (select fa.person_id, p.kind, p.birth_date::text as birth_date,
          coalesce(p.removed_at is not null, false) as removed
        from family_account fa left join person p on p.id = fa.person_id
        where fa.user_id = ${userId} and fa.family_id = ${familyId} limit 1) x) as account`.execute(db);
    const r = rows[0];
    memo?.set(`family-ref:${familyId}`, Promise.resolve(r?.reference ?? null));
    return {
      reference: r?.reference ?? null,
      own: Boolean(r?.account),
      personId: r?.account?.person_id ?? null,
      kind: r?.account?.kind ?? null,
      birthDate: r?.account?.birth_date ?? null,
      removed: r?.account?.removed ?? false,
    };
  });
}

const PORTAL_ACTIONS = new Set(['read', 'create', 'update']);

async function decidePortal({ trx, actor, action, subjectId, memo }: DecideInput) {
  if (!hasRole(actor, 'family')) return deny('the portal is for the family itself');
  // Without a family: only the listing of one's own portal accounts.
  if (!subjectId) return action === 'read' ? allow('family') : deny('a family must be named');
  if (!PORTAL_ACTIONS.has(action)) return deny('the portal does not do this');
  const account = await portalAccount(trx, actor.userId, subjectId, memo);
  if (!account.own) return deny("not this family's own account");
  if (account.personId !== null) {
    if (account.removed) return deny('this household member has left the family');
    if (!account.kind || !mayLogIn({ kind: account.kind, band: ageBand(account.birthDate, today()) }))
      return deny('under 12 the parents with authority use the portal');
  }
  return allow('family');
}

export const portalFamilyPolicy = definePolicy({
  subjectType: 'portal_family',
  personalData: true,
  decide: decidePortal,
  async clientRef(trx: Queryable, familyId: string, memo?: Memo) {
    const remembered = memo?.get(`family-ref:${familyId}`) as Promise<string | null> | undefined;
    if (remembered) return remembered;
    const row = await trx.selectFrom('family').select('reference').where('id', '=', familyId).executeTakeFirst();
    return row?.reference ?? null;
  },
});

/** The register of all items shielded from families: the privacy officer's supervision. */
export const shieldRegisterPolicy = definePolicy({
  subjectType: 'shield_register',
  personalData: true,
  decide({ actor, action }: DecideInput) {
    if (!hasRole(actor, 'privacy_officer')) return Promise.resolve(deny('only the privacy officer supervises shields'));
    return Promise.resolve(action === 'read' ? allow('privacy_officer') : deny('the register is read-only'));
  },
});

declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    portal_family: true;
    shield_register: true;
  }
}
