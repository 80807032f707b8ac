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
import { matchRoutes } from './lifecycle/routes.js';
import { publicRoutes } from './public/routes.js';
import * as rs from './requests/schemas.js';
import * as requests from './requests/service.js';
import { Settings, SettingsBody, SuggestionList, Weights } from './suggestions/schemas.js';
import { suggestionsFor } from './suggestions/service.js';
import * as settings from './settings-service.js';
import * as vs from './volunteers/schemas.js';
import * as volunteers from './volunteers/service.js';

const tags = ['support-families'];
const B = '/api/support-families';
const UserParams = z.strictObject({ userId: z.uuid() });

export function supportFamilyRoutes(app: App): void {
  publicRoutes(app);

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

  matchRoutes(app, B);

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
