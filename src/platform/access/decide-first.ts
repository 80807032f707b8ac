// Need-to-know before input validation. Fastify validates params, query and body before the
// handler's authorize() runs, so a user without any relationship who sends a bad body used to get
// a 400 listing the problems, and no audit row. Modules declare which path parameter names a
// subject (in their manifest, `subjectParams`); when the input of such a route is refused, this decides need-to-know first: no
// relationship means 403 with a 'denied' audit row, and the validation details stay hidden.
// Valid requests are not touched: their handler decides (and audits) as before.
import type { AuditAction } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';
import { insertAuditEntries } from '../db/transaction.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { RequestContext } from './context.js';
import { getPolicy, type SubjectType } from './policy.js';

export interface SubjectParam {
  /** The path parameter, e.g. 'familyId'. */
  param: string;
  /** The registered policy that decides need-to-know for it. */
  subject: SubjectType;
  /** Only for route patterns that match (when a parameter name means different things). */
  route?: RegExp;
  /** From the parameter to the policy's subject id (e.g. a trajectory to its family). */
  resolve?: (trx: Tx, value: string) => Promise<string | null>;
}

let params: readonly SubjectParam[] = [];

/** The modules' declarations (ModuleManifest.subjectParams), installed by app.ts. */
export function registerSubjectParams(defs: readonly SubjectParam[]): void {
  params = defs;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ACTION_BY_METHOD: Record<string, AuditAction> = {
  GET: 'read',
  HEAD: 'read',
  POST: 'update',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

/** The subject parameter of a route pattern, with its raw value in this request. */
function subjectOf(routeUrl: string, rawParams: unknown): { def: SubjectParam; value: string } | null {
  const values = (rawParams ?? {}) as Record<string, unknown>;
  // The outermost subject decides: /families/:familyId/meetings/:meetingId is the family's.
  const positions = params
    .map((def) => ({ def, at: routeUrl.indexOf(`/:${def.param}`) }))
    .filter(({ def, at }) => at >= 0 && (!def.route || def.route.test(routeUrl)))
    .sort((a, b) => a.at - b.at);
  for (const { def } of positions) {
    const value = values[def.param];
    if (typeof value === 'string') return { def, value };
  }
  return null;
}

/**
 * For a request whose input was refused: the refusal to answer instead (401 without a session,
 * 403 without need-to-know, audited), or null when the caller may see the validation problems.
 */
export async function refusalBeforeValidation(
  ctx: RequestContext | undefined,
  routeUrl: string | undefined,
  method: string,
  rawParams: unknown,
): Promise<UnauthenticatedError | ForbiddenError | null> {
  if (!ctx || !routeUrl) return null;
  const found = subjectOf(routeUrl, rawParams);
  if (!found) return null;
  const actor = ctx.actor;
  if (!actor) return ctx.partner ? null : new UnauthenticatedError('unauthenticated');
  // A malformed id names no one: its own validation error says nothing about a subject.
  if (!UUID.test(found.value)) return null;
  const policy = getPolicy(found.def.subject);
  const methodAction = ACTION_BY_METHOD[method] ?? 'update';
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const subjectId = found.def.resolve ? await found.def.resolve(trx, found.value) : found.value;
    if (subjectId === null) return null; // unknown: the route answers as it would
    const now = new Date();
    // Any relationship that lets the user read or do this is need-to-know enough to see the details.
    for (const action of new Set<AuditAction>(['read', methodAction])) {
      const decision = await policy.decide({ trx, actor, action, subjectId, now });
      if (decision.allowed) return null;
    }
    const decision = await policy.decide({ trx, actor, action: methodAction, subjectId, now });
    const clientRef = policy.clientRef ? await policy.clientRef(trx, subjectId) : null;
    return {
      subjectId,
      clientRef,
      reason: decision.allowed ? 'no relationship' : decision.reason,
    };
  });
  if (!outcome) return null;
  const entry = {
    request_id: ctx.requestId,
    event: `${found.def.subject}.${methodAction}`,
    action: methodAction,
    outcome: 'denied' as const,
    actor_user_id: actor.userId,
    actor_username: actor.username,
    actor_role: actor.roles.join(','),
    actor_organisation_id: actor.organisationId,
    purpose: 'input refused before need-to-know',
    subject_type: found.def.subject,
    subject_id: outcome.subjectId,
    client_ref: outcome.clientRef,
    data_description: `denied: ${outcome.reason} (invalid input, checked before validation)`,
  };
  await insertAuditEntries(ctx.db, [entry]);
  return new ForbiddenError('forbidden', { detail: 'You have no need-to-know relationship for this.' });
}
