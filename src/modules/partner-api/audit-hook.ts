// "Every partner call is audited", as one mechanism. A successful call's allowed row is written by
// authorizePartner() in the service's transaction, with its effect. Everything else a known key
// does — a body the schema refuses (the handler never runs), a business rule or conflict that rolls
// the service's transaction back with its audit row, the per-key rate limit, a missing scope, an
// unknown route — is audited here, once the response is decided, outside any transaction, with the
// key's organisation as actor and the problem code. Calls without a known key are not ours: an
// unknown key has no organisation to name (401, not audited), a revoked key is audited when it is
// resolved (authenticate.ts), and the IP limit refuses before any key is looked up.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { partnerAuditEntry, type PartnerAccessRequest } from '../../platform/access/partner.js';
import type { AuditOutcome } from '../../platform/db/schema.js';
import type { App } from '../../platform/http/types.js';

/** Refusals of access (no key rights, too many calls) are 'denied'; input and business-rule failures 'failed'. */
function outcomeOf(status: number): Exclude<AuditOutcome, 'allowed'> {
  return status === 401 || status === 403 || status === 429 ? 'denied' : 'failed';
}

function eventOf(code: string, attempt: PartnerAccessRequest | null): string {
  if (code === 'rate_limited') return 'partner_api.rate_limited';
  if (code === 'api_key_scope') return 'partner_api.out_of_scope';
  return attempt?.event ?? 'partner_api.call_refused';
}

async function auditPartnerOutcome(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const ctx = request.ctx as FastifyRequest['ctx'] | undefined;
  const partner = ctx?.partner;
  const call = ctx?.partnerCall;
  if (!ctx || !partner || !call || call.audited) return;
  call.audited = true;
  const status = reply.statusCode;
  // Route pattern, never the raw URL: a query string could carry what a partner system sent.
  const route = `${request.method} ${request.routeOptions.url ?? '(no such route)'}`;
  if (status < 400) {
    // The service's transaction committed its own allowed row with the effect.
    if (call.attempt) return;
    // A partner route whose service skipped authorizePartner() is a defect; the call is still recorded.
    request.log.warn({ route }, 'partner call succeeded without authorizePartner()');
    await ctx.db
      .insertInto('audit_event')
      .values(
        partnerAuditEntry(
          ctx,
          partner,
          {
            scope: call.scope ?? partner.scopes[0] ?? 'signals:submit',
            event: 'partner_api.call',
            subject: 'partner_api_key',
            id: partner.keyId,
            data: route,
          },
          true,
        ),
      )
      .execute();
    return;
  }
  const code = request.problemCode ?? 'internal_error';
  const attempt = call.attempt;
  const scope = attempt?.scope ?? call.scope ?? partner.scopes[0] ?? 'signals:submit';
  const described = attempt ?? { scope, event: '', subject: 'partner_api_key', id: partner.keyId, data: route };
  await ctx.db
    .insertInto('audit_event')
    .values(
      partnerAuditEntry(
        ctx,
        partner,
        { ...described, event: eventOf(code, attempt) },
        false,
        `${code} (HTTP ${status}) on ${route}${attempt ? `; attempted: ${attempt.data}` : ''}`,
        outcomeOf(status),
      ),
    )
    .execute();
}

/** Installs the outcome hook; onSend runs before the response leaves, so the row exists when the caller has the answer. */
export function installPartnerAudit(app: App): void {
  app.addHook('onSend', async (request, reply, payload) => {
    await auditPartnerOutcome(request, reply);
    return payload;
  });
}
