// The one choke point for data access: decide, write the audit entry in the caller's transaction,
// and hand back a Grant. Queries over personal data take a Grant parameter, so they cannot be
// called without passing through here first.
import type { AuditAction, NewAuditEvent } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';
import { ForbiddenError, UnauthenticatedError, type ErrorCode } from '../errors.js';
import type { Actor } from './actor.js';
import type { RequestContext } from './context.js';
import { getPolicy, type SubjectType } from './policy.js';

declare const grantBrand: unique symbol;
declare const scopeGrantBrand: unique symbol;

/**
 * Access to one record: it carries the id it was issued for, and queries take the id from here (never
 * from a parameter beside it), so a grant for family X cannot be used to read family Y.
 */
export interface Grant<S extends string = string> {
  readonly [grantBrand]: S;
  readonly subjectType: S;
  readonly subjectId: string;
  readonly actor: Actor;
  readonly emergency: boolean;
}

/** Access that names no single record: a search, a listing of one's own, creating a new record. */
export interface ScopeGrant<S extends string = string> {
  readonly [scopeGrantBrand]: S;
  readonly subjectType: S;
  readonly subjectId: null;
  readonly actor: Actor;
  readonly emergency: boolean;
}

export interface AccessRequest<S extends SubjectType> {
  subject: S;
  id: string | null;
  action: AuditAction;
  /** Purpose of use (NEN 7513), e.g. "care", "administration", "supervision". */
  purpose: string;
  /** What data is touched, in words a privacy officer understands ("team membership"). */
  data?: string;
  /** A more specific event name than `<subject>.<action>`. */
  event?: string;
  /** Break-the-glass does not reach this (e.g. the full BSN): an emergency grant is refused instead. */
  refuseEmergency?: { reason: string; code: ErrorCode };
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new UnauthenticatedError('unauthenticated');
  return ctx.actor;
}

// A request that names a record gets a Grant bound to it; one that names none gets a ScopeGrant.
export function authorize<S extends SubjectType>(
  trx: Tx,
  ctx: RequestContext,
  req: AccessRequest<S> & { id: string },
): Promise<Grant<S>>;
export function authorize<S extends SubjectType>(
  trx: Tx,
  ctx: RequestContext,
  req: AccessRequest<S> & { id: null },
): Promise<ScopeGrant<S>>;
export function authorize<S extends SubjectType>(
  trx: Tx,
  ctx: RequestContext,
  req: AccessRequest<S>,
): Promise<Grant<S> | ScopeGrant<S>>;
export async function authorize<S extends SubjectType>(
  trx: Tx,
  ctx: RequestContext,
  req: AccessRequest<S>,
): Promise<Grant<S> | ScopeGrant<S>> {
  const actor = requireActor(ctx);
  const policy = getPolicy(req.subject);
  let decision = await policy.decide({ trx, actor, action: req.action, subjectId: req.id, now: new Date() });
  if (decision.allowed && decision.emergency && req.refuseEmergency)
    decision = { allowed: false, reason: req.refuseEmergency.reason, code: req.refuseEmergency.code };
  const clientRef = req.id && policy.clientRef ? await policy.clientRef(trx, req.id) : null;
  const entry: NewAuditEvent = {
    request_id: ctx.requestId,
    event: req.event ?? `${req.subject}.${req.action}`,
    action: req.action,
    outcome: decision.allowed ? 'allowed' : 'denied',
    actor_user_id: actor.userId,
    actor_username: actor.username,
    actor_role: decision.allowed ? decision.role : actor.roles.join(','),
    actor_organisation_id: actor.organisationId,
    purpose: req.purpose,
    subject_type: req.subject,
    subject_id: req.id,
    client_ref: clientRef,
    data_description: decision.allowed ? (req.data ?? null) : `denied: ${decision.reason}`,
    emergency: decision.allowed && decision.emergency !== undefined,
    emergency_reason: decision.allowed ? (decision.emergency?.reason ?? null) : null,
  };
  if (!decision.allowed) {
    throw decision.code
      ? new ForbiddenError(decision.code, { detail: `Refused: ${decision.reason}.`, auditEntries: [entry] })
      : new ForbiddenError('forbidden', {
          detail: 'You have no need-to-know relationship for this.',
          auditEntries: [entry],
        });
  }
  await trx.insertInto('audit_event').values(entry).execute();
  return {
    subjectType: req.subject,
    subjectId: req.id,
    actor,
    emergency: entry.emergency === true,
  } as Grant<S> | ScopeGrant<S>;
}

/**
 * Refuse a request the policy would allow because of what it asks (e.g. an administrator changing
 * their own access): the refusal is audited as denied, like any other, and answered 403 `code`.
 */
export function refuse(ctx: RequestContext, req: AccessRequest<SubjectType>, reason: string, code: ErrorCode): never {
  const actor = requireActor(ctx);
  throw new ForbiddenError(code, {
    detail: `Refused: ${reason}.`,
    auditEntries: [
      {
        request_id: ctx.requestId,
        event: req.event ?? `${req.subject}.${req.action}`,
        action: req.action,
        outcome: 'denied',
        actor_user_id: actor.userId,
        actor_username: actor.username,
        actor_role: actor.roles.join(','),
        actor_organisation_id: actor.organisationId,
        purpose: req.purpose,
        subject_type: req.subject,
        subject_id: req.id,
        client_ref: null,
        data_description: `denied: ${reason}`,
        emergency: false,
        emergency_reason: null,
      },
    ],
  });
}

/** Audit entries that are not access decisions (login, logout): same table, same chain. */
export async function recordEvent(trx: Tx, entry: NewAuditEvent): Promise<void> {
  await trx.insertInto('audit_event').values(entry).execute();
}
