// /api/portal/… — the family's own Keukentafel; /api/families/:familyId/shields and …/proposals — the
// professionals' side of it; /api/privacy/shields — the privacy officer's register.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import * as plan from './plan.js';
import * as proposals from './proposals.js';
import * as s from './schemas.js';
import * as sh from './shield-schemas.js';
import * as shields from './shields.js';
import * as views from './views.js';
import * as writes from './writes.js';
import { PortalCare, PortalMeetings, PortalTeam, PortalTimeline } from './view-schemas.js';

const tags = ['portal'];
const Created = z.object({ id: z.uuid() }).meta({ id: 'Created' });

export function portalRoutes(app: App): void {
  app.get(
    '/api/portal/me',
    {
      schema: {
        tags,
        summary: 'The families this login belongs to, and who the user is in them',
        response: { 200: s.PortalMe },
      },
    },
    (req) => views.readMe(req.ctx),
  );
  const family = (path: string) => `/api/portal/families/:familyId${path}`;
  app.get(
    family('/plan'),
    {
      schema: {
        tags,
        summary: 'The plan as this household member may see it',
        params: s.FamilyParams,
        response: { 200: s.PortalPlan },
      },
    },
    (req) => plan.readPortalPlan(req.ctx, req.params.familyId),
  );
  app.get(
    family('/meetings'),
    {
      schema: {
        tags,
        summary: 'Meetings and what each participant said',
        params: s.FamilyParams,
        response: { 200: PortalMeetings },
      },
    },
    (req) => views.readMeetings(req.ctx, req.params.familyId),
  );
  app.get(
    family('/team'),
    {
      schema: {
        tags,
        summary: 'Who is involved and how to reach them',
        params: s.FamilyParams,
        response: { 200: PortalTeam },
      },
    },
    (req) => views.readTeam(req.ctx, req.params.familyId),
  );
  app.get(
    family('/care'),
    {
      schema: { tags, summary: 'Decisions and allocated care', params: s.FamilyParams, response: { 200: PortalCare } },
    },
    (req) => views.readCare(req.ctx, req.params.familyId),
  );
  app.get(
    family('/timeline'),
    { schema: { tags, summary: "The family's timeline", params: s.FamilyParams, response: { 200: PortalTimeline } } },
    (req) => views.readPortalTimeline(req.ctx, req.params.familyId),
  );
  app.post(
    family('/plan/actions/:actionId/done'),
    { schema: { tags, summary: 'Mark an own action done', params: s.ActionParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await writes.markActionDone(req.ctx, req.params.familyId, req.params.actionId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    family('/plan/versions/:version/sign-off'),
    {
      schema: {
        tags,
        summary: 'Agree to the current plan version (a parent with authority, a young person from 12)',
        params: s.VersionParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await writes.signOffPlan(req.ctx, req.params.familyId, req.params.version);
      return reply.status(204).send(null);
    },
  );
  app.post(
    family('/plan/actions/:actionId/comments'),
    {
      schema: {
        tags,
        summary: 'Comment on an action',
        params: s.ActionParams,
        body: s.CommentBody,
        response: { 201: Created },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await writes.commentOnAction(req.ctx, req.params.familyId, req.params.actionId, req.body.body)),
  );
  app.post(
    family('/proposals'),
    {
      schema: {
        tags,
        summary: 'Propose a goal or a change to the plan',
        params: s.FamilyParams,
        body: s.ProposalBody,
        response: { 201: Created },
      },
    },
    async (req, reply) => reply.status(201).send(await writes.propose(req.ctx, req.params.familyId, req.body)),
  );
  app.put(
    family('/plan/items/:itemId/shield'),
    {
      schema: {
        tags,
        summary: 'A young person (16+) shields an own part from the parents, or shows it again',
        params: s.ItemParams,
        body: s.ShieldOwnBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await writes.shieldOwnPart(req.ctx, req.params.familyId, req.params.itemId, req.body.shielded);
      return reply.status(204).send(null);
    },
  );

  // The professionals' side.
  app.get(
    '/api/families/:familyId/shields',
    {
      schema: {
        tags,
        summary: 'Items shielded from the family',
        params: s.FamilyParams,
        response: { 200: sh.ShieldList },
      },
    },
    (req) => shields.listShields(req.ctx, req.params.familyId),
  );
  app.post(
    '/api/families/:familyId/shields',
    {
      schema: {
        tags,
        summary: 'Shield an item from the family, with a legal reason and a review date',
        params: s.FamilyParams,
        body: sh.ShieldBody,
        response: { 201: Created },
      },
    },
    async (req, reply) => reply.status(201).send(await shields.createShield(req.ctx, req.params.familyId, req.body)),
  );
  app.post(
    '/api/families/:familyId/shields/:shieldId/lift',
    {
      schema: {
        tags,
        summary: 'Lift a shield: the family sees the item again',
        params: sh.ShieldParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await shields.liftShield(req.ctx, req.params.familyId, req.params.shieldId);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/families/:familyId/proposals',
    {
      schema: {
        tags,
        summary: "The family's proposals to its plan",
        params: s.FamilyParams,
        response: { 200: sh.FamilyProposalList },
      },
    },
    (req) => proposals.listProposals(req.ctx, req.params.familyId),
  );
  app.post(
    '/api/families/:familyId/proposals/:proposalId/answer',
    {
      schema: {
        tags,
        summary: 'Accept a proposal (a goal goes into the plan) or decline it with a reason',
        params: sh.ProposalParams,
        body: sh.ProposalAnswerBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await proposals.answerProposal(req.ctx, req.params.familyId, req.params.proposalId, req.body);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/privacy/shields',
    {
      schema: {
        tags,
        summary: 'Every active shield, review date first (privacy officer)',
        querystring: sh.ShieldRegisterQuery,
        response: { 200: sh.ShieldRegisterPage },
      },
    },
    (req) => shields.shieldRegister(req.ctx, req.query),
  );
}
