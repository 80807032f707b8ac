// /api/auth: login with an optional TOTP step, logout, me, own sessions, own second factor.
import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { requireActor } from '../../platform/access/authorize.js';
import { ConflictError, NotFoundError, UnauthenticatedError } from '../../platform/errors.js';
import type { App } from '../../platform/http/types.js';
import {
  completeTotp,
  currentUser,
  disableTotp,
  login,
  logout,
  startTotpSetup,
  type SessionOutcome,
} from './service.js';
import {
  IdParams,
  LoginBody,
  LoginResult,
  MeResult,
  PasswordBody,
  SessionList,
  TotpBody,
  TotpSetup,
} from './schemas.js';
import { csrfTokenFor, SESSION_COOKIE } from './sessions.js';
import { sessionProfile, type SessionRouteConfig } from './session-hook.js';

const tags = ['auth'];
// A tight limit of its own for the code step (per address, per instance); the real guard is the
// per-account count of wrong codes in the database (throttle.ts).
const totpRateLimit = {
  max: (request: FastifyRequest) => request.ctx.config.totpRateLimitPerMinute,
  timeWindow: '1 minute',
};

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const { config } = request.ctx;
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    maxAge: config.sessionMaxHours * 3600,
  });
}

function client(request: FastifyRequest) {
  return { userAgent: request.headers['user-agent'], ip: request.ip };
}

function answer(request: FastifyRequest, reply: FastifyReply, outcome: SessionOutcome) {
  setSessionCookie(request, reply, outcome.session.token);
  return outcome.result;
}

function pendingOrActorUser(request: FastifyRequest): { userId: string; pendingId: string | null } {
  if (request.ctx.actor) return { userId: request.ctx.actor.userId, pendingId: null };
  if (request.pendingSession) return { userId: request.pendingSession.userId, pendingId: request.pendingSession.id };
  throw new UnauthenticatedError('unauthenticated');
}

export function authRoutes(app: App): void {
  app.post(
    '/api/auth/login',
    {
      schema: { tags, summary: 'Log in with username and password', body: LoginBody, response: { 200: LoginResult } },
      config: { rateLimit: { max: (request) => request.ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) =>
      answer(request, reply, await login(request.ctx, request.body.username, request.body.password, client(request))),
  );

  app.post(
    '/api/auth/totp',
    {
      schema: { tags, summary: 'Complete a login with a TOTP code', body: TotpBody, response: { 200: LoginResult } },
      config: { rateLimit: totpRateLimit },
    },
    async (request, reply) => {
      if (!request.pendingSession)
        throw new UnauthenticatedError('totp_not_started', { detail: 'No login is waiting for a second factor.' });
      return answer(
        request,
        reply,
        await completeTotp(request.ctx, request.pendingSession, request.body.code, client(request)),
      );
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      schema: { tags, summary: 'Start setting up a TOTP second factor', response: { 200: TotpSetup } },
    },
    async (request) => {
      const { userId } = pendingOrActorUser(request);
      const setup = await startTotpSetup(request.ctx, userId);
      return { ...setup, qrSvg: await QRCode.toString(setup.otpauthUrl, { type: 'svg', margin: 1 }) };
    },
  );

  app.post(
    '/api/auth/totp/enable',
    {
      schema: { tags, summary: 'Confirm the TOTP setup with a code', body: TotpBody, response: { 200: LoginResult } },
      config: { rateLimit: totpRateLimit },
    },
    async (request, reply) => {
      const { userId, pendingId } = pendingOrActorUser(request);
      const pending = { id: pendingId ?? requireActor(request.ctx).sessionId ?? '', userId };
      return answer(request, reply, await completeTotp(request.ctx, pending, request.body.code, client(request)));
    },
  );

  app.post(
    '/api/auth/totp/disable',
    {
      schema: { tags, summary: 'Turn off the TOTP second factor', body: PasswordBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await disableTotp(request.ctx, requireActor(request.ctx).userId, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionTokenHash) await logout(request.ctx, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags, summary: 'The logged-in user', response: { 200: MeResult } },
      // The profile comes with the session check: one statement for the whole request.
      config: { sessionProfile: true } satisfies SessionRouteConfig,
    },
    async (request) => {
      const actor = requireActor(request.ctx);
      return {
        user: sessionProfile(request) ?? (await currentUser(request.ctx, actor.userId)),
        csrfToken: csrfTokenFor(request.ctx.config, request.sessionTokenHash ?? ''),
      };
    },
  );

  app.get(
    '/api/auth/sessions',
    { schema: { tags, summary: 'My active sessions', response: { 200: SessionList } } },
    async (request) => {
      const actor = requireActor(request.ctx);
      const rows = await request.ctx.db
        .selectFrom('session')
        .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
        .where('user_id', '=', actor.userId)
        .where('mfa_pending', '=', false)
        .orderBy('last_seen_at', 'desc')
        .execute();
      return {
        items: rows.map((s) => ({
          id: s.id,
          createdAt: s.created_at,
          lastSeenAt: s.last_seen_at,
          expiresAt: s.expires_at,
          userAgent: s.user_agent,
          current: s.id === actor.sessionId,
        })),
      };
    },
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: { tags, summary: 'End one of my sessions', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request.ctx);
      if (request.params.id === actor.sessionId)
        throw new ConflictError('current_session', { detail: 'Use logout to end the current session.' });
      const removed = await request.ctx.db
        .deleteFrom('session')
        .where('id', '=', request.params.id)
        .where('user_id', '=', actor.userId)
        .executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new NotFoundError('not_found');
      return reply.status(204).send(null);
    },
  );
}
