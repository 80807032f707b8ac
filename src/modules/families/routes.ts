// /api/families: register a family with its trajectory, the caseload search, the dossier, members,
// correcting and (softly) removing people, the audited BSN reveal, story and intake, consent and its
// withdrawal; and /api/access/break-glass.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { breakGlass, BreakGlassBody } from './break-glass.js';
import { recordConsent, withdrawConsent } from './consent.js';
import { createFamily } from './create-family.js';
import { readDossier, revealBsn } from './dossier.js';
import { editPerson, removePerson } from './person-edit.js';
import { addPerson } from './persons.js';
import * as s from './schemas.js';
import { searchFamilies } from './search.js';
import { writeStory } from './story.js';

const tags = ['families'];

export function familyRoutes(app: App): void {
  app.post(
    '/api/access/break-glass',
    {
      schema: {
        tags: ['access'],
        summary: 'Emergency access to a dossier outside your relationships (logged and reviewed)',
        body: BreakGlassBody,
        response: {
          201: z.object({ id: z.uuid(), familyId: z.uuid(), expiresAt: z.date() }).meta({ id: 'BreakGlassGrant' }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await breakGlass(req.ctx, req.body, req.body.reason)),
  );

  app.get(
    '/api/families',
    {
      schema: {
        tags,
        summary: 'My families (caseload); to search by name, birth date, postcode or BSN use POST /api/families/search',
        querystring: s.FamilyListQuery,
        response: { 200: s.FamilyList },
      },
    },
    (req) => searchFamilies(req.ctx, req.query),
  );
  app.post(
    '/api/families/search',
    {
      schema: {
        tags,
        summary: 'Search my families by name, birth date, postcode or BSN (in the body, never in a URL)',
        body: s.FamilySearchBody,
        response: { 200: s.FamilyList },
      },
    },
    (req) => searchFamilies(req.ctx, req.body),
  );
  app.post(
    '/api/families',
    {
      schema: {
        tags,
        summary: 'Register a family and open its trajectory (409 possible_duplicate unless confirmed)',
        body: s.CreateFamilyBody,
        response: { 201: s.FamilyCreated },
      },
    },
    async (req, reply) => reply.status(201).send(await createFamily(req.ctx, req.body)),
  );
  app.get(
    '/api/families/:familyId',
    {
      schema: {
        tags,
        summary: 'The dossier: story and intake, members, network, trajectory, consent',
        params: s.FamilyIdParams,
        response: { 200: s.Dossier },
      },
    },
    (req) => readDossier(req.ctx, req.params.familyId),
  );
  app.post(
    '/api/families/:familyId/persons',
    {
      schema: {
        tags,
        summary: 'Add a household or network member',
        params: s.FamilyIdParams,
        querystring: z.strictObject({ confirmDuplicate: z.enum(['true', 'false']).optional() }),
        body: s.AddPersonBody,
        response: { 201: z.object({ id: z.uuid() }).meta({ id: 'PersonCreated' }) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addPerson(req.ctx, req.params.familyId, req.body, req.query.confirmDuplicate === 'true')),
  );
  app.patch(
    '/api/families/:familyId/persons/:personId',
    {
      schema: {
        tags,
        summary:
          "Correct a person's details (names the version it is based on; 409 stale_person or possible_duplicate)",
        params: s.PersonParams,
        body: s.EditPersonBody,
        response: { 200: s.Person },
      },
    },
    (req) => editPerson(req.ctx, req.params.familyId, req.params.personId, req.body),
  );
  app.post(
    '/api/families/:familyId/persons/:personId/removal',
    {
      schema: {
        tags,
        summary: 'Record that a person left the household or network (soft: the history stays)',
        params: s.PersonParams,
        body: s.RemovePersonBody,
        response: { 200: s.Person },
      },
    },
    (req) => removePerson(req.ctx, req.params.familyId, req.params.personId, req.body),
  );
  app.post(
    '/api/families/:familyId/persons/:personId/bsn',
    {
      schema: {
        tags,
        summary: "Show one person's full BSN (audited separately)",
        params: s.PersonParams,
        response: { 200: s.RevealedBsn },
      },
    },
    (req) => revealBsn(req.ctx, req.params.familyId, req.params.personId),
  );
  app.put(
    '/api/families/:familyId/stories/:kind',
    {
      schema: {
        tags,
        summary: "Write a new version of the family's story or the intake",
        params: s.StoryParams,
        body: s.WriteStoryBody,
        response: { 200: z.object({ version: z.number().int(), createdAt: z.date() }).meta({ id: 'StoryVersion' }) },
      },
    },
    (req) => writeStory(req.ctx, req.params.familyId, req.params.kind, req.body),
  );
  app.post(
    '/api/families/:familyId/consents',
    {
      schema: {
        tags,
        summary: 'Record consent: which organisation may see what, given by whom',
        params: s.FamilyIdParams,
        body: s.ConsentBody,
        response: { 201: s.ConsentOverview },
      },
    },
    async (req, reply) => reply.status(201).send(await recordConsent(req.ctx, req.params.familyId, req.body)),
  );
  app.post(
    '/api/families/:familyId/consents/:consentId/withdrawal',
    {
      schema: {
        tags,
        summary: 'Record that the family withdrew a consent (it stays on record as withdrawn)',
        params: s.ConsentParams,
        body: s.WithdrawConsentBody,
        response: { 200: s.ConsentOverview },
      },
    },
    (req) => withdrawConsent(req.ctx, req.params.familyId, req.params.consentId, req.body),
  );
}
