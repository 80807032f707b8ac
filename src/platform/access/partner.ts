// The second kind of caller: a partner organisation's API key. It is deliberately NOT an Actor:
// every need-to-know path (authorize, requireActor) sees no actor and answers 401, so a key can
// never read case data. A key may only do what its scopes say, and every call is audited with the
// key's organisation as actor, in the same transaction as its effect.
import type { NewAuditEvent, PartnerScope } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { RequestContext } from './context.js';

export interface PartnerActor {
  readonly keyId: string;
  /** `kt_` + 8 characters: recognisable in the audit log, useless to an attacker. */
  readonly tokenPrefix: string;
  readonly organisationId: string;
  readonly municipalityCode: string | null;
  readonly scopes: readonly PartnerScope[];
  readonly rateLimitPerMinute: number;
}

declare const partnerGrantBrand: unique symbol;
export interface PartnerGrant {
  readonly [partnerGrantBrand]: true;
  readonly partner: PartnerActor;
  readonly scope: PartnerScope;
}

export interface PartnerAccessRequest {
  scope: PartnerScope;
  event: string;
  subject: string;
  id: string | null;
  /** What was done, without personal data ("referral-index registration"). */
  data: string;
  action?: 'create' | 'read' | 'update';
}

export function requirePartner(ctx: RequestContext): PartnerActor {
  if (!ctx.partner) throw new UnauthenticatedError('api_key_invalid', 'A valid partner API key is required (Authorization: Bearer kt_…).');
  return ctx.partner;
}

export function partnerAuditEntry(ctx: RequestContext, partner: PartnerActor, req: PartnerAccessRequest, allowed: boolean, reason?: string): NewAuditEvent {
  return {
    request_id: ctx.requestId,
    event: req.event,
    action: req.action ?? 'create',
    outcome: allowed ? 'allowed' : 'denied',
    actor_user_id: null,
    actor_username: `api-key:${partner.tokenPrefix}`,
    actor_role: 'partner_api',
    actor_organisation_id: partner.organisationId,
    purpose: 'partner submission',
    subject_type: req.subject,
    subject_id: req.id,
    data_description: allowed ? `${req.data} (scope ${req.scope})` : `denied: ${reason ?? 'out of scope'}`,
  };
}

/** The partner counterpart of authorize(): checks the scope and writes the audit row in `trx`. */
export async function authorizePartner(trx: Tx, ctx: RequestContext, req: PartnerAccessRequest): Promise<PartnerGrant> {
  const partner = requirePartner(ctx);
  if (!partner.scopes.includes(req.scope)) {
    throw new ForbiddenError('api_key_scope', `This API key lacks the scope ${req.scope}.`, [partnerAuditEntry(ctx, partner, req, false, `key lacks scope ${req.scope}`)]);
  }
  await trx.insertInto('audit_event').values(partnerAuditEntry(ctx, partner, req, true)).execute();
  return { partner, scope: req.scope } as PartnerGrant;
}
