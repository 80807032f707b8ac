// The one helper a module needs to expose a partner route. See docs/architecture.md ("Partner API").
//
//   app.post('/api/partner/v1/signals', {
//     onRequest: requirePartnerScope('signals:submit'),
//     schema: { tags: ['partner'], security: PARTNER_SECURITY, body: …, response: { 201: … } },
//   }, async (req, reply) => reply.status(201).send(await submitSignal(req.ctx, req.body)));
//
// and in the service, inside its transaction, before writing:
//   const grant = await authorizePartner(trx, ctx, { scope: 'signals:submit', event: 'signal.submitted', subject: 'signal', id, data: 'partner signal' });
//   grant.partner.organisationId  // the submitting organisation
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requirePartner } from './partner.js';
import type { PartnerScope } from '../db/schema.js';
import { ForbiddenError, TooManyRequestsError } from '../errors.js';

/** OpenAPI security requirement for partner routes (the scheme is registered in app.ts). */
export const PARTNER_SECURITY = [{ partnerApiKey: [] }];

const WINDOW_MS = 60_000;
const windows = new Map<string, { start: number; count: number }>();

/** Fixed one-minute window per key, per instance (like the IP limit; see docs/architecture.md). */
export function takeRateLimit(keyId: string, limitPerMinute: number, now = Date.now()): number | null {
  const w = windows.get(keyId);
  if (!w || now - w.start >= WINDOW_MS) {
    windows.set(keyId, { start: now, count: 1 });
    return null;
  }
  if (w.count >= limitPerMinute) return Math.ceil((w.start + WINDOW_MS - now) / 1000);
  w.count += 1;
  return null;
}

/**
 * Route-level onRequest hook (runs after the session hook, which took the IP limit and resolved the key, before body validation) for a route under /api/partner/v1/:
 * 429 with Retry-After past the key's per-minute limit; then 403 when the key lacks `scope`. Both are audited by the
 * outcome hook (modules/partner-api/audit-hook.ts), like every refused call. The handler's service must still call authorizePartner()
 * in its transaction: that writes the allowed audit row.
 */
export function requirePartnerScope(scope: PartnerScope) {
  return async function partnerScopeGuard(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const partner = requirePartner(request.ctx);
    if (request.ctx.partnerCall) request.ctx.partnerCall.scope = scope;
    const retryAfter = takeRateLimit(partner.keyId, partner.rateLimitPerMinute);
    if (retryAfter !== null)
      throw new TooManyRequestsError('rate_limited', {
        detail: 'Too many calls with this API key.',
        retryAfterSeconds: retryAfter,
      });
    if (!partner.scopes.includes(scope))
      throw new ForbiddenError('api_key_scope', { detail: `This API key lacks the scope ${scope}.` });
    // Cheap, and at most once a minute: shows administrators which keys are still in use.
    await request.ctx.db
      .updateTable('partner_api_key')
      .set({ last_used_at: new Date() })
      .where('id', '=', partner.keyId)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(Date.now() - WINDOW_MS))]))
      .execute();
  };
}
