// The one choke point for data access: decide, write the audit entry in the caller's transaction,
// and hand back a Grant. Queries over personal data take a Grant parameter, so they cannot be
// called without passing through here first.
import type { Expression, SqlBool } from 'kysely';
import type { AuditAction, NewAuditEvent } from '../db/schema.js';
import type { SelectQueryBuilder } from 'kysely';
import { fetchAll, fetchBundle, rowsWithAudit, type BundleTemplate, type Part } from '../db/bundle.js';
import { fetchPage, type Page, type Paging } from '../http/paging.js';
import { fetchPageTemplate, type PageTemplate } from '../db/page-template.js';
import { insertAuditEntries, normaliseDatabaseError, type Queryable, type Tx } from '../db/transaction.js';
import { ForbiddenError, UnauthenticatedError, type ErrorCode } from '../errors.js';
import type { Actor } from './actor.js';
import type { RequestContext } from './context.js';
import { getPolicy, type Memo, type SubjectType } from './policy.js';

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
  // A memo for this one decision: the decision and its client reference share one look-up.
  const { entry, grant } = await decide(trx, ctx, req, new Map());
  await trx.insertInto('audit_event').values(entry).execute();
  return grant;
}

async function decide<S extends SubjectType>(
  db: Queryable,
  ctx: RequestContext,
  req: AccessRequest<S>,
  memo: Memo,
): Promise<{ entry: NewAuditEvent; grant: Grant<S> | ScopeGrant<S> }> {
  const actor = requireActor(ctx);
  const policy = getPolicy(req.subject);
  let decision = await policy.decide({
    trx: db,
    actor,
    action: req.action,
    subjectId: req.id,
    now: new Date(),
    memo,
  });
  if (decision.allowed && decision.emergency && req.refuseEmergency)
    decision = { allowed: false, reason: req.refuseEmergency.reason, code: req.refuseEmergency.code };
  const clientRef = req.id && policy.clientRef ? await policy.clientRef(db, req.id, memo) : null;
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
  const grant = {
    subjectType: req.subject,
    subjectId: req.id,
    actor,
    emergency: entry.emergency === true,
  } as Grant<S> | ScopeGrant<S>;
  return { entry, grant };
}

/**
 * An audited read without a transaction of its own: the decision is one statement (none where the
 * policy decides on the role alone, as for a listing of one's own: a ScopeGrant), and the audit row
 * is inserted by the very statement that reads the data (`fetch` or `page`, a data-modifying CTE),
 * so the access and its record are still one atomic unit. A denial is audited at once (one
 * statement) and thrown. `memo` carries the decision's facts to the ability flags of the same
 * record (abilities(…, read.memo)): they cost no further statement.
 */
export interface AuditedRead<S extends string, G = Grant<S>> {
  readonly grant: G;
  readonly db: Queryable;
  readonly memo: Memo;
  /**
   * The data, with the audit row: ONE statement. Use it exactly once; later calls read without an audit row.
   * `auditOnlyIf`: write the audit row only when this holds (e.g. the record asked for exists), as a
   * transaction that threw NotFound would have kept none.
   */
  fetch<P extends Record<string, Part<unknown>>>(
    parts: P,
    opts?: { auditOnlyIf?: Expression<SqlBool> },
  ): ReturnType<typeof fetchAll<P>>;
  /** `fetch` for a bundle of a fixed shape, built and compiled once (db/bundle.ts `bundleTemplate`). */
  fetchBundle<V extends Record<string, unknown>, P extends Record<string, Part<unknown>>>(
    tpl: BundleTemplate<V, P>,
    values: V,
  ): ReturnType<typeof fetchAll<P>>;
  /** One page of an ordered select with its real total (http/paging.ts), with the audit row: ONE statement. */
  page<DB, TB extends keyof DB, O, T>(
    query: SelectQueryBuilder<DB, TB, O>,
    paging: Pick<Paging, 'page' | 'pageSize'>,
    present: (row: O) => T,
  ): Promise<Page<T>>;
  /** `page` for a select of a fixed shape, built and compiled once (db/page-template.ts). */
  pageTemplate<V extends Record<string, unknown>, O, T>(
    tpl: PageTemplate<V, O>,
    values: V,
    paging: Pick<Paging, 'page' | 'pageSize'>,
    present: (row: O) => T,
  ): Promise<Page<T>>;
}

/**
 * An audited change of one record made by ONE statement, without a transaction of its own: the
 * decision is one statement, and the caller's statement carries the change and its audit row
 * (`write.run(audit => …)`, a data-modifying CTE), so the change and its record are one atomic unit.
 */
export interface AuditedStatement<S extends string, G = Grant<S>> {
  readonly grant: G;
  readonly db: Queryable;
  readonly memo: Memo;
  /** Runs the statement, handing it the audit rows it must insert. Use it exactly once. */
  run<T>(statement: (audit: NewAuditEvent[]) => Promise<T>): Promise<T>;
}

/** The decision as its own statement; a denial is audited at once (one statement) and thrown. */
export function authorizeStatement<S extends SubjectType>(
  ctx: RequestContext,
  req: AccessRequest<S> & { id: string },
): Promise<AuditedStatement<S>>;
export function authorizeStatement<S extends SubjectType>(
  ctx: RequestContext,
  req: AccessRequest<S> & { id: null },
): Promise<AuditedStatement<S, ScopeGrant<S>>>;
export async function authorizeStatement<S extends SubjectType>(
  ctx: RequestContext,
  req: AccessRequest<S>,
): Promise<AuditedStatement<S, Grant<S> | ScopeGrant<S>>> {
  const memo: Memo = new Map();
  let decided;
  try {
    decided = await decide(ctx.db, ctx, req, memo);
  } catch (err) {
    if (err instanceof ForbiddenError && err.options.auditEntries?.length) {
      await insertAuditEntries(ctx.db, err.options.auditEntries);
      // Written: the error goes on without its entries, so no caller writes them a second time.
      throw new ForbiddenError(err.code, { ...err.options, auditEntries: [] });
    }
    throw normaliseDatabaseError(err);
  }
  let pending: NewAuditEvent[] = [decided.entry];
  return {
    grant: decided.grant,
    db: ctx.db,
    memo,
    async run(statement) {
      const audit = pending;
      pending = [];
      try {
        return await statement(audit);
      } catch (err) {
        throw normaliseDatabaseError(err);
      }
    },
  };
}

export function authorizeRead<S extends SubjectType>(
  ctx: RequestContext,
  req: AccessRequest<S> & { id: string },
): Promise<AuditedRead<S>>;
export function authorizeRead<S extends SubjectType>(
  ctx: RequestContext,
  req: AccessRequest<S> & { id: null },
): Promise<AuditedRead<S, ScopeGrant<S>>>;
export async function authorizeRead<S extends SubjectType>(
  ctx: RequestContext,
  req: AccessRequest<S>,
): Promise<AuditedRead<S, Grant<S> | ScopeGrant<S>>> {
  const statement: AuditedStatement<S, Grant<S> | ScopeGrant<S>> = await authorizeStatement(
    ctx,
    req as AccessRequest<S> & { id: null },
  );
  const { grant, db, memo } = statement;
  return {
    grant,
    db,
    memo,
    fetch: (parts, opts = {}) => statement.run((audit) => fetchAll(db, parts, { audit, ...opts })),
    fetchBundle: (tpl, values) => statement.run((audit) => fetchBundle(db, tpl, values, audit)),
    page: (query, paging, present) =>
      statement.run((audit) => fetchPage(query, paging, present, (q) => rowsWithAudit(db, q, audit))),
    pageTemplate: (tpl, values, paging, present) =>
      statement.run((audit) => fetchPageTemplate(db, tpl, values, paging, present, audit)),
  };
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
