// Buurtgezinnen without an account: the two registration forms, the confirmation link and the
// list of support kinds, each behind a per-instance and a shared (PostgreSQL) rate limit.
import type { App } from '../../../platform/http/types.js';
import * as rs from '../requests/schemas.js';
import * as vs from '../volunteers/schemas.js';
import { sharedPublicFormLimit } from './limits.js';
import { ConfirmBody, Confirmed, SupportKindList } from './schemas.js';
import * as pub from './service.js';

const tags = ['support-families'];

export function publicRoutes(app: App): void {
  const publicLimit = {
    rateLimit: {
      max: (req: { ctx: { config: { publicFormRateLimitPerHour: number } } }) =>
        req.ctx.config.publicFormRateLimitPerHour,
      timeWindow: '1 hour',
    },
  };
  // The in-memory limit above holds per instance; this one is counted in PostgreSQL, so several
  // instances behind a load balancer share it. Before the body is read.
  const onRequest = sharedPublicFormLimit;
  app.get(
    '/api/public/buurtgezinnen/support-kinds',
    {
      schema: {
        tags,
        security: [],
        summary: 'Kinds of support (configurable list) and the consent text version',
        response: { 200: SupportKindList },
      },
    },
    (req) => pub.listSupportKinds(req.ctx),
  );
  app.post(
    '/api/public/buurtgezinnen/requests',
    {
      config: publicLimit,
      onRequest,
      schema: {
        tags,
        security: [],
        summary: 'Public form: a family asks for support (confirmed by e-mail link; answers only "received")',
        body: rs.PublicRequestBody,
        response: { 202: rs.Received },
      },
    },
    async (req, reply) => reply.status(202).send(await pub.registerRequestPublicly(req.ctx, req.body)),
  );
  app.post(
    '/api/public/buurtgezinnen/support-families',
    {
      config: publicLimit,
      onRequest,
      schema: {
        tags,
        security: [],
        summary: 'Public form: a family volunteers as support family (confirmed by e-mail link)',
        body: vs.PublicFamilyBody,
        response: { 202: rs.Received },
      },
    },
    async (req, reply) => reply.status(202).send(await pub.registerFamilyPublicly(req.ctx, req.body)),
  );
  app.post(
    '/api/public/buurtgezinnen/confirmations',
    {
      config: publicLimit,
      onRequest,
      schema: {
        tags,
        security: [],
        summary: 'The e-mail confirmation link: the registration counts from now',
        body: ConfirmBody,
        response: { 200: Confirmed },
      },
    },
    (req) => pub.confirmRegistration(req.ctx, req.body.token),
  );
}
