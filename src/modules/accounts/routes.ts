// /api/admin: functional administration of users, organisations, teams, security and outbox.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { IdParams } from '../auth/schemas.js';
import * as orgs from './organisations-service.js';
import { completePasswordLink } from './password-link.js';
import { privilegedChangeRoutes } from './privileged/routes.js';
import * as s from './schemas.js';
import * as teams from './teams-service.js';
import * as users from './users-service.js';

const tags = ['administration'];

export function adminRoutes(app: App): void {
  privilegedChangeRoutes(app);
  app.get(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'List users; to search by name use POST /api/admin/users/search',
        querystring: s.UserQuery,
        response: { 200: s.UserList },
      },
    },
    (req) => users.listUsers(req.ctx, req.query),
  );
  app.post(
    '/api/admin/users/search',
    {
      schema: {
        tags,
        summary: 'Search users by name (in the body, never in a URL)',
        body: s.UserSearchBody,
        response: { 200: s.UserList },
      },
    },
    (req) => users.listUsers(req.ctx, req.body),
  );
  app.post(
    '/api/admin/users',
    { schema: { tags, summary: 'Create a user', body: s.CreateUserBody, response: { 201: s.User } } },
    async (req, reply) => reply.status(201).send(await users.createUser(req.ctx, req.body)),
  );
  app.get(
    '/api/admin/users/:id',
    { schema: { tags, summary: 'One user', params: IdParams, response: { 200: s.User } } },
    (req) => users.readUser(req.ctx, req.params.id),
  );
  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user (optimistic version check)',
        params: IdParams,
        body: s.UpdateUserBody,
        response: { 200: s.User },
      },
    },
    (req) => users.updateUser(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/admin/users/:id/password-reset',
    {
      schema: {
        tags,
        summary:
          'Reset a password: the old one stops working, sessions end, the user gets a one-time link to choose a new one (the administrator never sees it)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await users.resetPassword(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/admin/users/:id/totp-reset',
    {
      schema: {
        tags,
        summary: 'Ask to reset the second factor (takes effect when a second administrator approves)',
        params: IdParams,
        response: { 202: s.User },
      },
    },
    async (req, reply) => reply.status(202).send(await users.requestTotpReset(req.ctx, req.params.id)),
  );
  app.post(
    '/api/public/password',
    {
      config: {
        rateLimit: {
          max: (req: { ctx: { config: { publicFormRateLimitPerHour: number } } }) =>
            req.ctx.config.publicFormRateLimitPerHour,
          timeWindow: '1 hour',
        },
      },
      schema: {
        tags,
        security: [],
        summary: 'Choose your own password with a one-time link (after a reset or for a new account)',
        body: s.SetPasswordWithLinkBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await completePasswordLink(req.ctx, req.body.token, req.body.password);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/admin/users/:id/unlock',
    { schema: { tags, summary: 'Lift a lock-out', params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await users.unlockUser(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/organisations',
    {
      schema: {
        tags,
        summary: 'List organisations',
        querystring: s.OrganisationQuery,
        response: { 200: s.OrganisationList },
      },
    },
    (req) => orgs.listOrganisations(req.ctx, req.query.type),
  );
  app.post(
    '/api/admin/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation',
        body: s.CreateOrganisationBody,
        response: { 201: s.Organisation },
      },
    },
    async (req, reply) => reply.status(201).send(await orgs.createOrganisation(req.ctx, req.body)),
  );

  app.get(
    '/api/admin/teams',
    { schema: { tags, summary: 'List teams', querystring: s.TeamQuery, response: { 200: s.TeamList } } },
    async (req) => ({ items: await teams.listTeams(req.ctx, req.query.municipalityCode) }),
  );
  app.post(
    '/api/admin/teams',
    { schema: { tags, summary: 'Create a team', body: s.CreateTeamBody, response: { 201: s.Team } } },
    async (req, reply) => reply.status(201).send(await teams.createTeam(req.ctx, req.body)),
  );
  app.get(
    '/api/admin/teams/:id',
    { schema: { tags, summary: 'One team with members', params: IdParams, response: { 200: s.Team } } },
    (req) => teams.readTeam(req.ctx, req.params.id),
  );
  app.post(
    '/api/admin/teams/:id/members',
    {
      schema: {
        tags,
        summary: 'Ask to add a member (from any organisation); effective when a second person approves',
        params: IdParams,
        body: s.AddMemberBody,
        response: { 202: s.Team },
      },
    },
    async (req, reply) => {
      // 202: the membership waits for a second person (another admin or a lead of the team).
      const team = await teams.addMember(req.ctx, req.params.id, req.body.userId, req.body.isLead ?? false);
      return reply.status(202).send(team);
    },
  );
  app.delete(
    '/api/admin/teams/:id/members/:userId',
    { schema: { tags, summary: 'Remove a member', params: s.MemberParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await teams.removeMember(req.ctx, req.params.id, req.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/role-policies',
    { schema: { tags, summary: 'Security settings per role', response: { 200: s.RolePolicyList } } },
    (req) => orgs.listRolePolicies(req.ctx),
  );
  app.put(
    '/api/admin/role-policies/:role',
    {
      schema: {
        tags,
        summary: 'Require (or not) a second factor for a role',
        params: s.RoleParams,
        body: s.RolePolicyBody,
        response: { 200: s.RolePolicy },
      },
    },
    (req) => orgs.setRolePolicy(req.ctx, req.params.role, req.body.totpRequired),
  );

  app.get(
    '/api/admin/outbox',
    {
      schema: {
        tags,
        summary: 'Outgoing mail (the local outbox when no SMTP is configured)',
        querystring: s.PageQuery,
        response: { 200: s.OutboxList },
      },
    },
    (req) => orgs.listOutbox(req.ctx, req.query.page),
  );
}
