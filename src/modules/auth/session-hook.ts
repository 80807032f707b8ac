// Resolves the session cookie into the request's actor and enforces CSRF on cookie-authenticated
// writes (double submit: the x-csrf-token header must carry the session-bound token).
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ReportReader } from '../../platform/db/replica.js';
import type { Config } from '../../config.js';
import type { DB } from '../../platform/db/schema.js';
import { constantTimeEqual } from '../../platform/crypto/tokens.js';
import { ForbiddenError } from '../../platform/errors.js';
import type { App } from '../../platform/http/types.js';
import { newPartnerCall } from '../../platform/access/partner.js';
import { authenticatePartner, isPartnerPath } from '../partner-api/authenticate.js';
import type { Me } from './schemas.js';
import { csrfTokenFor, resolveSession, SESSION_COOKIE } from './sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Routes that start a session have no CSRF token yet; SameSite=Strict protects them.
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** Routes that answer with the user's own profile read it in the session statement (route config). */
export interface SessionRouteConfig {
  sessionProfile?: boolean;
}
const profiles = new WeakMap<FastifyRequest, Me>();
/** The profile read with the session, when the route asked for it. */
export const sessionProfile = (request: FastifyRequest): Me | undefined => profiles.get(request);

export function installSessionHook(app: App, db: Kysely<DB>, config: Config, reports?: ReportReader): void {
  app.decorateRequest('pendingSession', null);
  app.decorateRequest('sessionTokenHash', null);
  // The IP limit of @fastify/rate-limit is a route-level hook, which runs after this app-level one:
  // partner calls take it here, before the key lookup and any audit row (the route hook then skips).
  const ipRateLimit = app.rateLimit();
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { requestId: request.id, actor: null, db, config, ...(reports ? { reports } : {}) };
    if (!request.url.startsWith('/api/')) return;
    // The partner API authenticates by API key only (no cookies, so no CSRF); elsewhere the
    // Authorization header is ignored, so a key never opens any other route.
    if (isPartnerPath(request.url)) {
      await ipRateLimit.call(app, request, reply);
      request.ctx = {
        ...request.ctx,
        partner: await authenticatePartner(db, request.ctx, request.headers.authorization),
        partnerCall: newPartnerCall(),
      };
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const withProfile = (request.routeOptions.config as SessionRouteConfig | undefined)?.sessionProfile === true;
    const session = await resolveSession(db, config, token, { withProfile });
    if (!session) return;
    if (session.profile && !session.mfaPending) profiles.set(request, session.profile);
    request.sessionTokenHash = session.tokenHash;
    if (session.mfaPending) {
      request.pendingSession = { id: session.id, userId: session.user.id, tokenHash: session.tokenHash };
    } else {
      request.ctx = {
        ...request.ctx,
        actor: {
          userId: session.user.id,
          username: session.user.username,
          roles: session.user.roles,
          organisationId: session.user.organisationId,
          sessionId: session.id,
        },
      };
      request.log = request.log.child({ actor: session.user.id });
      reply.log = request.log; // Fastify logs "request completed" through reply.log
    }
    if (!SAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(request.url.split('?')[0] ?? '')) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !constantTimeEqual(header, csrfTokenFor(config, session.tokenHash))) {
        throw new ForbiddenError('csrf_failed', { detail: 'Missing or wrong x-csrf-token header.' });
      }
    }
  });
}
