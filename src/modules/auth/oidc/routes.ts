// /api/auth/oidc: login with DigiD (citizens) or the municipality's identity provider (professionals).
// Thin: the start and the callback are browser navigations, so they answer with redirects; a refused
// or failed login goes to one web page that explains the reason (FAILURE_PAGE, the one mapping).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/types.js';
import { logout } from '../service.js';
import { csrfTokenFor, SESSION_COOKIE } from '../sessions.js';
import { OidcLoginFailed, type OidcFailureReason } from './errors.js';
import { callbackUrl, configuredProviders, type IdentityProvider } from './providers.js';
import { CallbackQuery, OidcLogoutResult, OidcProviders, PendingLogin, ProviderParams, StartQuery } from './schemas.js';
import { endSessionUrl, finishLogin, startLogin } from './service.js';
import { LOGIN_COOKIE, LOGIN_COOKIE_PATH, LOGIN_TTL_SECONDS } from './transactions.js';

const tags = ['auth'];

/** The one place a failed OIDC login becomes something the user sees: the web page for its reason. */
const FAILURE_PAGE = (reason: OidcFailureReason) => `/inloggen/mislukt?reden=${reason}`;

const loginRateLimit = {
  rateLimit: { max: (request: FastifyRequest) => request.ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
};

const client = (request: FastifyRequest) => ({ userAgent: request.headers['user-agent'], ip: request.ip });

function failed(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!(error instanceof OidcLoginFailed)) throw error;
  request.log.info({ reason: error.reason, why: error.why }, 'oidc login not completed');
  return reply.redirect(FAILURE_PAGE(error.reason), 303);
}

export function oidcRoutes(app: App): void {
  app.get(
    '/api/auth/oidc/providers',
    { schema: { tags, summary: 'The identity providers this installation offers', response: { 200: OidcProviders } } },
    (request) => configuredProviders(request.ctx.config),
  );

  app.get(
    '/api/auth/oidc/:provider/start',
    {
      schema: {
        tags,
        summary: 'Start a login at the provider (redirect)',
        params: ProviderParams,
        querystring: StartQuery,
      },
      config: loginRateLimit,
    },
    async (request, reply) => {
      try {
        const { url, browserToken } = await startLogin(request.ctx, request.params.provider, request.query.terug);
        reply.setCookie(LOGIN_COOKIE, browserToken, {
          path: LOGIN_COOKIE_PATH,
          httpOnly: true,
          // Lax: the callback is a top-level navigation coming back from the provider's site.
          sameSite: 'lax',
          secure: request.ctx.config.secureCookies,
          maxAge: LOGIN_TTL_SECONDS,
        });
        return reply.redirect(url, 303);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );

  app.get(
    '/api/auth/oidc/:provider/callback',
    {
      schema: {
        tags,
        summary: 'The provider sends the browser back here',
        params: ProviderParams,
        querystring: CallbackQuery,
      },
      config: loginRateLimit,
    },
    async (request, reply) => {
      const provider: IdentityProvider = request.params.provider;
      const url = new URL(callbackUrl(request.ctx.config, provider));
      url.search = new URL(request.url, 'http://x').search;
      reply.clearCookie(LOGIN_COOKIE, { path: LOGIN_COOKIE_PATH });
      try {
        const done = await finishLogin(request.ctx, provider, url, request.cookies[LOGIN_COOKIE], client(request));
        // A session this browser still had (another user, or a pending step) ends with the new login.
        if (request.sessionTokenHash)
          await request.ctx.db.deleteFrom('session').where('token_hash', '=', request.sessionTokenHash).execute();
        reply.setCookie(SESSION_COOKIE, done.session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: request.ctx.config.secureCookies,
          maxAge: request.ctx.config.sessionMaxHours * 3600,
        });
        return reply.redirect(done.redirectTo, 303);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );

  app.get(
    '/api/auth/oidc/pending',
    {
      schema: { tags, summary: 'The second step a provider login waits for', response: { 200: PendingLogin } },
    },
    async (request) => {
      const pending = request.pendingSession;
      if (!pending)
        throw new UnauthenticatedError('totp_not_started', { detail: 'No login is waiting for a second factor.' });
      const user = await request.ctx.db
        .selectFrom('app_user')
        .select('totp_enabled')
        .where('id', '=', pending.userId)
        .executeTakeFirstOrThrow();
      return {
        status: user.totp_enabled ? ('totp_required' as const) : ('totp_enrolment_required' as const),
        csrfToken: csrfTokenFor(request.ctx.config, pending.tokenHash),
      };
    },
  );

  app.post(
    '/api/auth/oidc/logout',
    {
      schema: {
        tags,
        summary: 'End this session, and tell where to end it at the identity provider too',
        response: { 200: OidcLogoutResult },
      },
    },
    async (request, reply) => {
      let provider: IdentityProvider | null = null;
      if (request.sessionTokenHash) {
        const row = await request.ctx.db
          .selectFrom('session')
          .select('identity_provider')
          .where('token_hash', '=', request.sessionTokenHash)
          .executeTakeFirst();
        provider = row?.identity_provider ?? null;
        await logout(request.ctx, request.sessionTokenHash);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { endSessionUrl: await endSessionUrl(request.ctx.config, provider) };
    },
  );
}
