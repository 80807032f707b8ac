// Buurtgezinnen. Public (no account): /api/public/buurtgezinnen/* — the two registration forms, the
// confirmation link and the list of support kinds. The coordinator's board: /api/support-families/*.
// Referral by a professional: POST /api/support-families/referrals. Administration: a coordinator's area.
// The shared configuration (VOG validity, check-in days, support kinds) is a regional coordinator's.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { assignmentRoutes } from './assignment/routes.js';
import { Figures } from './figures/schemas.js';
import { figures } from './figures/service.js';
import * as kinds from './kinds/service.js';
import * as ks from './kinds/schemas.js';
import * as lifecycle from './lifecycle/service.js';
import * as ls from './lifecycle/schemas.js';
import { ConfirmBody, Confirmed, SupportKindList } from './public/schemas.js';
import * as pub from './public/service.js';
import * as rs from './requests/schemas.js';
import * as requests from './requests/service.js';
import { Settings, SettingsBody, SuggestionList, Weights } from './suggestions/schemas.js';
import { suggestionsFor } from './suggestions/service.js';
import * as settings from './settings-service.js';
import * as vs from './volunteers/schemas.js';
import { sharedPublicFormLimit } from './public/limits.js';
import * as volunteers from './volunteers/service.js';

const tags = ['support-families'];
const B = '/api/support-families';
const UserParams = z.strictObject({ userId: z.uuid() });

export function supportFamilyRoutes(app: App): void {
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

  app.post(
    `${B}/referrals`,
    {
      schema: {
        tags,
        summary: 'A professional refers a family (with its consent); nothing is readable afterwards',
        body: rs.ReferralBody,
        response: { 202: rs.Received },
      },
    },
    async (req, reply) => reply.status(202).send(await requests.referFamily(req.ctx, req.body)),
  );
  app.get(
    `${B}/requests`,
    {
      schema: {
        tags,
        summary: "Requests in the coordinator's area",
        querystring: rs.RequestListQuery,
        response: { 200: rs.RequestList },
      },
    },
    (req) => requests.listRequests(req.ctx, req.query),
  );
  app.post(
    `${B}/requests/search`,
    {
      schema: {
        tags,
        summary: "Requests in the coordinator's area searched by reference or name (a POST: names never go in a URL)",
        body: rs.RequestListSearch,
        response: { 200: rs.RequestList },
      },
    },
    (req) => requests.listRequests(req.ctx, req.body),
  );
  app.post(
    `${B}/requests`,
    {
      schema: {
        tags,
        summary: 'The coordinator registers a request',
        body: rs.CoordinatorRequestBody,
        response: { 201: rs.RequestDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await requests.registerRequestByCoordinator(req.ctx, req.body)),
  );
  app.get(
    `${B}/requests/:id`,
    { schema: { tags, summary: 'One request', params: rs.IdParams, response: { 200: rs.RequestDetail } } },
    (req) => requests.getRequest(req.ctx, req.params.id),
  );
  app.post(
    `${B}/requests/:id/close`,
    {
      schema: {
        tags,
        summary: 'Close an open request',
        params: rs.IdParams,
        body: rs.CloseRequestBody,
        response: { 200: rs.RequestDetail },
      },
    },
    (req) => requests.closeRequest(req.ctx, req.params.id, req.body.reason),
  );
  app.get(
    `${B}/requests/:id/suggestions`,
    {
      schema: {
        tags,
        summary: 'Eligible support families for a request, ranked, with the score explained per criterion',
        params: rs.IdParams,
        response: { 200: SuggestionList },
      },
    },
    (req) => suggestionsFor(req.ctx, req.params.id),
  );

  app.get(
    `${B}/families`,
    {
      schema: {
        tags,
        summary: "Support families in the coordinator's area with their screening state",
        querystring: vs.FamilyListQuery,
        response: { 200: vs.FamilyList },
      },
    },
    (req) => volunteers.listFamilies(req.ctx, req.query),
  );
  app.post(
    `${B}/families/search`,
    {
      schema: {
        tags,
        summary: 'Support families in the area searched by reference or name (a POST: names never go in a URL)',
        body: vs.FamilyListSearch,
        response: { 200: vs.FamilyList },
      },
    },
    (req) => volunteers.listFamilies(req.ctx, req.body),
  );
  app.post(
    `${B}/families`,
    {
      schema: {
        tags,
        summary: 'The coordinator registers a support family',
        body: vs.CoordinatorFamilyBody,
        response: { 201: vs.FamilyDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await volunteers.registerFamilyByCoordinator(req.ctx, req.body)),
  );
  app.get(
    `${B}/families/:id`,
    {
      schema: {
        tags,
        summary: 'One support family with its screening',
        params: rs.IdParams,
        response: { 200: vs.FamilyDetail },
      },
    },
    (req) => volunteers.getFamily(req.ctx, req.params.id),
  );
  app.post(
    `${B}/families/:id/screening`,
    {
      schema: {
        tags,
        summary: 'Record a screening step (VOG, intake, references, approval)',
        params: rs.IdParams,
        body: vs.ScreeningBody,
        response: { 200: vs.FamilyDetail },
      },
    },
    (req) => volunteers.recordScreening(req.ctx, req.params.id, req.body),
  );
  app.post(
    `${B}/families/:id/foster-interest`,
    {
      schema: {
        tags,
        summary: 'Note that the family is interested in becoming a foster family',
        params: rs.IdParams,
        body: vs.FosterInterestBody,
        response: { 200: vs.FamilyDetail },
      },
    },
    (req) => volunteers.noteFosterInterest(req.ctx, req.params.id, req.body.note),
  );
  app.post(
    `${B}/families/:id/status`,
    {
      schema: {
        tags,
        summary: 'Set a support family inactive, or registered again',
        params: rs.IdParams,
        body: vs.FamilyStatusBody,
        response: { 200: vs.FamilyDetail },
      },
    },
    (req) => volunteers.setFamilyStatus(req.ctx, req.params.id, req.body.status),
  );

  assignmentRoutes(app, B);

  app.get(
    `${B}/matches`,
    {
      schema: {
        tags,
        summary: 'Matches in the area (not ended, unless a status is given)',
        querystring: ls.MatchListQuery,
        response: { 200: ls.MatchList },
      },
    },
    (req) => lifecycle.listMatches(req.ctx, req.query.status),
  );
  app.get(
    `${B}/matches/:id`,
    {
      schema: {
        tags,
        summary: 'One match with events, agreements and reminders',
        params: rs.IdParams,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => lifecycle.getMatch(req.ctx, req.params.id),
  );
  app.post(
    `${B}/matches/:id/events`,
    {
      schema: {
        tags,
        summary: 'Record an introduction, acceptance, check-in or interest in fostering',
        params: rs.IdParams,
        body: ls.MatchEventBody,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => lifecycle.recordEvent(req.ctx, req.params.id, req.body),
  );
  app.post(
    `${B}/matches/:id/agreements`,
    {
      schema: {
        tags,
        summary: 'A written agreement: what, how often',
        params: rs.IdParams,
        body: ls.AgreementBody,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => lifecycle.addAgreement(req.ctx, req.params.id, req.body),
  );
  app.post(
    `${B}/matches/:id/transition`,
    {
      schema: {
        tags,
        summary: 'Move the match to its next stage (409 when not allowed, 422 when something is missing)',
        params: rs.IdParams,
        body: ls.TransitionBody,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => lifecycle.transition(req.ctx, req.params.id, req.body),
  );
  app.get(
    `${B}/matches/:id/introduction`,
    {
      schema: {
        tags,
        summary: 'What each family may be told about the other (first name and neighbourhood until both accept)',
        params: rs.IdParams,
        response: { 200: ls.Introduction },
      },
    },
    (req) => lifecycle.introduction(req.ctx, req.params.id),
  );
  app.get(
    `${B}/reminders`,
    { schema: { tags, summary: 'Check-in reminders that are due', response: { 200: ls.ReminderList } } },
    (req) => lifecycle.listReminders(req.ctx),
  );
  app.post(
    `${B}/reminders/:id/done`,
    { schema: { tags, summary: 'Mark a check-in done', params: ls.ReminderParams, response: { 200: ls.MatchDetail } } },
    (req) => lifecycle.completeReminder(req.ctx, req.params.id),
  );

  app.get(
    `${B}/figures`,
    {
      schema: {
        tags,
        summary: 'Figures per municipality (exact for coordinators, small numbers suppressed otherwise)',
        response: { 200: Figures },
      },
    },
    (req) => figures(req.ctx),
  );
  app.get(
    `${B}/settings`,
    {
      schema: {
        tags,
        summary: "Weights, VOG validity, check-in days and the coordinator's area",
        response: { 200: Settings },
      },
    },
    (req) => settings.readSettings(req.ctx),
  );
  app.put(
    `${B}/settings/weights`,
    {
      schema: {
        tags,
        summary: "The coordinator's own criterion weights (0–10)",
        body: Weights,
        response: { 200: Settings },
      },
    },
    (req) => settings.saveWeights(req.ctx, req.body),
  );
  app.put(
    `${B}/settings`,
    {
      schema: {
        tags,
        summary: 'VOG validity (months) and check-in days after the start (regional coordinator)',
        body: SettingsBody,
        response: { 200: Settings },
      },
    },
    (req) => settings.saveSettings(req.ctx, req.body),
  );
  app.get(
    `${B}/support-kinds`,
    {
      schema: {
        tags,
        summary: 'All kinds of support, inactive ones included, and whether this coordinator may change them',
        response: { 200: ks.KindAdminList },
      },
    },
    (req) => kinds.listKinds(req.ctx),
  );
  app.post(
    `${B}/support-kinds`,
    {
      schema: {
        tags,
        summary: 'Add a kind of support (regional coordinator)',
        body: ks.NewKindBody,
        response: { 201: ks.KindAdminList },
      },
    },
    async (req, reply) => reply.status(201).send(await kinds.addKind(req.ctx, req.body)),
  );
  app.patch(
    `${B}/support-kinds/:code`,
    {
      schema: {
        tags,
        summary: 'Rename (nl/en), deactivate or reactivate a kind of support (regional coordinator)',
        params: ks.KindParams,
        body: ks.KindChangeBody,
        response: { 200: ks.KindAdminList },
      },
    },
    (req) => kinds.changeKind(req.ctx, req.params.code, req.body),
  );
  app.put(
    `${B}/support-kinds/order`,
    {
      schema: {
        tags,
        summary: 'Put the kinds of support in a new order: every code once (regional coordinator)',
        body: ks.KindOrderBody,
        response: { 200: ks.KindAdminList },
      },
    },
    (req) => kinds.reorderKinds(req.ctx, req.body.codes),
  );
  app.get(
    `${B}/coordinators/:userId/area`,
    {
      schema: {
        tags,
        summary: "A coordinator's area (administrators)",
        params: UserParams,
        response: { 200: settings.Area },
      },
    },
    (req) => settings.readArea(req.ctx, req.params.userId),
  );
  app.put(
    `${B}/coordinators/:userId/area`,
    {
      schema: {
        tags,
        summary: "Set a coordinator's area: municipalities and/or whole regions (administrators)",
        params: UserParams,
        body: settings.AreaBody,
        response: { 200: settings.Area },
      },
    },
    (req) => settings.writeArea(req.ctx, req.params.userId, req.body),
  );
}
