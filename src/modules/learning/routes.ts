// /api/learning: the meetlat (the region's page, positions, loading a definition), the learning log
// and its reflection meetings. No personal data; every call audited.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { changeActionStatus, createMeeting, discussEntry, getMeeting, listMeetings } from './meetings.js';
import { getMeetlat, importMeetlat, recordAssessment } from './meetlat.js';
import { createEntry, learningContext, searchEntries } from './log.js';
import * as s from './schemas.js';

const tags = ['learning'];
const IdParams = z.strictObject({ id: z.uuid() });

export function learningRoutes(app: App): void {
  app.get(
    '/api/learning/meetlat',
    {
      schema: {
        tags,
        summary: 'The region’s meetlat: steps, levels, and every municipality’s positions at each moment',
        querystring: z.strictObject({
          region: z
            .string()
            .regex(/^[A-Z0-9-]{2,20}$/)
            .optional(),
        }),
        response: { 200: s.MeetlatView },
      },
    },
    (req) => getMeetlat(req.ctx, req.query.region),
  );
  app.post(
    '/api/learning/meetlat/assessments',
    {
      schema: {
        tags,
        summary:
          'Position one’s own municipality on every step of the meetlat, and name the step that needs most attention',
        body: s.NewAssessment,
        response: { 201: s.Created },
      },
    },
    async (req, reply) => reply.status(201).send(await recordAssessment(req.ctx, req.body)),
  );
  app.post(
    '/api/learning/meetlat/import',
    {
      schema: {
        tags,
        summary: 'Check (dryRun) or load the region’s own meetlat definition from JSON or CSV; problems per line',
        body: s.MeetlatImport,
        response: { 200: s.MeetlatImportReport },
      },
    },
    (req) => importMeetlat(req.ctx, req.body),
  );
  app.get(
    '/api/learning/context',
    {
      schema: {
        tags,
        summary: 'Municipalities, teams and meetlat steps the learning log offers this user',
        response: { 200: s.LearningContext },
      },
    },
    (req) => learningContext(req.ctx),
  );
  app.post(
    '/api/learning/entries/search',
    {
      schema: {
        tags,
        summary: 'The learning log of a municipality, paged and searchable, with what became of each entry',
        body: s.LearningEntrySearch,
        response: { 200: s.LearningEntryPage },
      },
    },
    (req) => searchEntries(req.ctx, req.body),
  );
  app.post(
    '/api/learning/entries',
    {
      schema: {
        tags,
        summary: 'Record what went well, less well, or where it chafed',
        body: s.NewLearningEntry,
        response: { 201: s.Created },
      },
    },
    async (req, reply) => reply.status(201).send(await createEntry(req.ctx, req.body)),
  );
  app.get(
    '/api/learning/meetings',
    {
      schema: {
        tags,
        summary: 'Reflection meetings of a municipality',
        querystring: s.ReflectionMeetingQuery.omit({ q: true }),
        response: { 200: s.ReflectionMeetingPage },
      },
    },
    (req) => listMeetings(req.ctx, req.query),
  );
  app.post(
    '/api/learning/meetings',
    {
      schema: {
        tags,
        summary: 'Record a reflection meeting',
        body: s.NewReflectionMeeting,
        response: { 201: s.Created },
      },
    },
    async (req, reply) => reply.status(201).send(await createMeeting(req.ctx, req.body)),
  );
  app.get(
    '/api/learning/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A reflection meeting: what was discussed and decided, the actions',
        params: IdParams,
        response: { 200: s.ReflectionMeetingDetail },
      },
    },
    (req) => getMeeting(req.ctx, req.params.id),
  );
  app.post(
    '/api/learning/meetings/:id/discussions',
    {
      schema: {
        tags,
        summary: 'Discuss an entry at the meeting: the decision and follow-up actions with owners and due dates',
        params: IdParams,
        body: s.NewDiscussion,
        response: { 201: s.Created },
      },
    },
    async (req, reply) => reply.status(201).send(await discussEntry(req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/learning/actions/:id',
    {
      schema: {
        tags,
        summary: 'Change a follow-up action’s status',
        params: IdParams,
        body: s.ActionStatusChange,
        response: { 200: s.Created },
      },
    },
    (req) => changeActionStatus(req.ctx, req.params.id, req.body.status),
  );
}
