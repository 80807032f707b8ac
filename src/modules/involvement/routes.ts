// /api/involvement — the referral index (Verwijsindex): registrations, matches, informing;
// /api/families/:familyId/involvement — who is involved; /api/admin/involvement-coordinators;
// /api/partner/v1/registrations — the same registration by partner API key.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { PARTNER_SECURITY, requirePartnerScope } from '../../platform/access/partner-guard.js';
import { submitPartnerRegistration } from './partner.js';
import * as s from './schemas.js';
import * as svc from './service.js';

const tags = ['involvement'];

export function involvementRoutes(app: App): void {
  app.post(
    '/api/involvement/registrations',
    {
      schema: {
        tags,
        summary: 'Register that your organisation is involved with a young person (no content)',
        body: s.RegistrationBody,
        response: { 201: s.RegistrationCreated },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createRegistration(req.ctx, req.body)),
  );
  app.get(
    '/api/involvement/registrations',
    {
      schema: {
        tags,
        summary: "Your organisation's active registrations (informing=open: those whose informing is still open)",
        querystring: s.RegistrationQuery,
        response: { 200: s.RegistrationList },
      },
    },
    (req) => svc.listMyRegistrations(req.ctx, { ...req.query, informingOpen: req.query.informing === 'open' }),
  );
  app.post(
    '/api/involvement/registrations/search',
    {
      schema: {
        tags,
        summary:
          "Your organisation's registrations searched by the young person's BSN or the contact's name (a POST: a BSN never goes in a URL)",
        body: s.RegistrationSearch,
        response: { 200: s.RegistrationList },
      },
    },
    (req) => svc.listMyRegistrations(req.ctx, { ...req.body, informingOpen: req.body.informing === 'open' }),
  );
  app.get(
    '/api/involvement/registrations/:registrationId',
    {
      schema: {
        tags,
        summary: "One of your organisation's registrations, with matches and history notices",
        params: s.RegistrationParams,
        response: { 200: s.RegistrationView },
      },
    },
    (req) => svc.readRegistration(req.ctx, req.params.registrationId),
  );
  app.post(
    '/api/involvement/registrations/:registrationId/withdraw',
    {
      schema: {
        tags,
        summary: 'End a registration now (moves to the history archive)',
        params: s.RegistrationParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await svc.withdrawRegistration(req.ctx, req.params.registrationId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/involvement/registrations/:registrationId/informed',
    {
      schema: {
        tags,
        summary: 'Record that parents and/or the young person were informed (by age)',
        params: s.RegistrationParams,
        response: { 200: s.RegistrationView },
      },
    },
    (req) => svc.markInformed(req.ctx, req.params.registrationId),
  );
  app.get(
    '/api/involvement/matches',
    {
      schema: {
        tags,
        summary: 'Matches you coordinate or your organisation is part of (contact details only), a page at a time',
        querystring: s.MatchQuery,
        response: { 200: s.MatchList },
      },
    },
    (req) => svc.listMatches(req.ctx, req.query),
  );
  app.post(
    '/api/involvement/matches/search',
    {
      schema: {
        tags,
        summary:
          "Your matches searched by a party's organisation or contact name, or the municipality (a POST: names never go in a URL)",
        body: s.MatchSearch,
        response: { 200: s.MatchList },
      },
    },
    (req) => svc.listMatches(req.ctx, req.body),
  );
  app.get(
    '/api/involvement/matches/:matchId',
    {
      schema: {
        tags,
        summary: "One match: the parties' contact details",
        params: s.MatchParams,
        response: { 200: s.MatchView },
      },
    },
    (req) => svc.readMatch(req.ctx, req.params.matchId),
  );
  app.post(
    '/api/involvement/matches/:matchId/contact',
    {
      schema: {
        tags,
        summary: 'Coordinator: record that the professionals contacted each other',
        params: s.MatchParams,
        body: s.RecordContactBody,
        response: { 200: s.MatchView },
      },
    },
    (req) => svc.recordContact(req.ctx, req.params.matchId, req.body),
  );
  app.get(
    '/api/families/:familyId/involvement',
    {
      schema: {
        tags: ['families'],
        summary: 'Who is involved: organisations and contacts of active referral-index registrations',
        params: s.FamilyParams,
        response: { 200: s.FamilyInvolvement },
      },
    },
    (req) => svc.familyInvolvement(req.ctx, req.params.familyId),
  );
  app.get(
    '/api/admin/involvement-coordinators',
    {
      schema: { tags: ['admin'], summary: 'Match coordinator per municipality', response: { 200: s.CoordinatorList } },
    },
    (req) => svc.listCoordinators(req.ctx),
  );
  app.put(
    '/api/admin/involvement-coordinators/:municipalityCode',
    {
      schema: {
        tags: ['admin'],
        summary: "Appoint (or remove, userId null) the municipality's match coordinator",
        params: s.MunicipalityParams,
        body: s.SetCoordinatorBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await svc.setCoordinator(req.ctx, req.params.municipalityCode, req.body.userId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/partner/v1/registrations',
    {
      onRequest: requirePartnerScope('registrations:submit'),
      schema: {
        tags: ['partner'],
        summary: 'Partner API: register involvement (API key with scope registrations:submit)',
        security: PARTNER_SECURITY,
        body: s.PartnerRegistrationBody,
        response: { 201: s.PartnerRegistrationReceipt },
      },
    },
    async (req, reply) => reply.status(201).send(await submitPartnerRegistration(req.ctx, req.body)),
  );
}
