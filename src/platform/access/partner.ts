// The second kind of caller: a partner organisation's API key. It is deliberately NOT an Actor:
// every need-to-know path (authorize, requireActor) sees no actor and answers 401, so a key can
// never read case data. A key may only do what its scopes say, and every call is audited with the
// key's organisation as actor: a success in the same transaction as its effect (authorizePartner),
// a refused or failed call afterwards by the partner API's outcome hook (modules/partner-api/audit-hook.ts),
// which learns from the call's PartnerCall record what was attempted.
import type { NewAuditEvent, PartnerScope } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { RequestContext } from './context.js';
import type { SubjectType } from './policy.js';

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

/**
 * Mutable record of one partner call, created with the PartnerActor by the session hook. The
 * outcome hook reads it after the response is decided: it writes the audit row of every call that
 * did not end with its own committed allowed row.
 */
export interface PartnerCall {
  /** The scope the route requires (set by requirePartnerScope). */
  scope: PartnerScope | null;
  /** What the service asked authorizePartner() for: the event a failed call is audited under. */
  attempt: PartnerAccessRequest | null;
  /** Set once the call's outcome row is written (so an error raised while sending is not audited twice). */
  audited: boolean;
}

export function newPartnerCall(): PartnerCall {
  return { scope: null, attempt: null, audited: false };
}

export interface PartnerAccessRequest {
  scope: PartnerScope;
  event: string;
  subject: SubjectType;
  id: string | null;
  /** What was done, without personal data ("referral-index registration"). */
  data: string;
  action?: 'create' | 'read' | 'update';
}

export function requirePartner(ctx: RequestContext): PartnerActor {
  if (!ctx.partner)
    throw new UnauthenticatedError('api_key_invalid', {
      detail: 'A valid partner API key is required (Authorization: Bearer kt_…).',
    });
  return ctx.partner;
}

export function partnerAuditEntry(
  ctx: RequestContext,
  partner: PartnerActor,
  req: PartnerAccessRequest,
  allowed: boolean,
  reason?: string,
  outcome: 'denied' | 'failed' = 'denied',
): NewAuditEvent {
  return {
    request_id: ctx.requestId,
    event: req.event,
    action: req.action ?? 'create',
    outcome: allowed ? 'allowed' : outcome,
    actor_user_id: null,
    actor_username: `api-key:${partner.tokenPrefix}`,
    actor_role: 'partner_api',
    actor_organisation_id: partner.organisationId,
    purpose: 'partner submission',
    subject_type: req.subject,
    subject_id: req.id,
    data_description: allowed ? `${req.data} (scope ${req.scope})` : `${outcome}: ${reason ?? 'out of scope'}`,
  };
}

/**
 * The partner counterpart of authorize(): checks the scope and writes the allowed audit row in `trx`.
 * A refusal carries no audit entries: the outcome hook audits every refused or failed partner call
 * (under `req.event`, recorded here), so a rolled-back transaction never loses the call's trace.
 */
export async function authorizePartner(trx: Tx, ctx: RequestContext, req: PartnerAccessRequest): Promise<PartnerGrant> {
  const partner = requirePartner(ctx);
  if (ctx.partnerCall) ctx.partnerCall.attempt = req;
  if (!partner.scopes.includes(req.scope))
    throw new ForbiddenError('api_key_scope', { detail: `This API key lacks the scope ${req.scope}.` });
  await trx
    .insertInto('audit_event')
    .values(partnerAuditEntry(ctx, partner, req, true))
    .execute();
  return { partner, scope: req.scope } as PartnerGrant;
}
