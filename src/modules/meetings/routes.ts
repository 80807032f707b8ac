// /api/families/:familyId/meetings — the top-3 table.
import type { App } from '../../platform/http/types.js';
import * as s from './schemas.js';
import * as meetings from './service.js';

const tags = ['meetings'];

export function meetingRoutes(app: App): void {
  app.get(
    '/api/families/:familyId/meetings',
    { schema: { tags, summary: 'Meetings of a family', params: s.FamilyParams, response: { 200: s.MeetingList } } },
    (req) => meetings.listMeetings(req.ctx, req.params.familyId),
  );
  app.post(
    '/api/families/:familyId/meetings',
    {
      schema: {
        tags,
        summary: 'Record a meeting (optionally with its shared concerns and participants)',
        params: s.FamilyParams,
        body: s.CreateMeetingBody,
        response: { 201: s.Meeting },
      },
    },
    async (req, reply) => reply.status(201).send(await meetings.createMeeting(req.ctx, req.params.familyId, req.body)),
  );
  app.get(
    '/api/families/:familyId/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'A meeting: who said what, the computed top-3 with points and ties, the confirmed top-3',
        params: s.MeetingParams,
        response: { 200: s.Meeting },
      },
    },
    (req) => meetings.readMeeting(req.ctx, req.params.familyId, req.params.meetingId),
  );
  app.post(
    '/api/families/:familyId/meetings/:meetingId/concerns',
    {
      schema: {
        tags,
        summary: 'Add a shared concern label',
        params: s.MeetingParams,
        body: s.SharedConcernBody,
        response: { 201: s.Meeting },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await meetings.addSharedConcern(req.ctx, req.params.familyId, req.params.meetingId, req.body)),
  );
  app.post(
    '/api/families/:familyId/meetings/:meetingId/participants',
    {
      schema: {
        tags,
        summary: 'Add a participant with their concerns (own words, own ranking), strengths and safety rating',
        params: s.MeetingParams,
        body: s.ParticipantBody,
        response: { 201: s.Meeting },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await meetings.addParticipant(req.ctx, req.params.familyId, req.params.meetingId, req.body)),
  );
  app.delete(
    '/api/families/:familyId/meetings/:meetingId/participants/:participantId',
    {
      schema: {
        tags,
        summary: 'Remove a participant (before the top-3 is confirmed)',
        params: s.ParticipantParams,
        response: { 200: s.Meeting },
      },
    },
    (req) => meetings.removeParticipant(req.ctx, req.params.familyId, req.params.meetingId, req.params.participantId),
  );
  app.post(
    '/api/families/:familyId/meetings/:meetingId/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm or reorder the top-3 (a reason when it differs from the computed order)',
        params: s.MeetingParams,
        body: s.ConfirmTop3Body,
        response: { 200: s.Meeting },
      },
    },
    (req) => meetings.confirmTop3(req.ctx, req.params.familyId, req.params.meetingId, req.body),
  );
  app.post(
    '/api/families/:familyId/meetings/:meetingId/take-over',
    {
      schema: {
        tags,
        summary: 'Take the confirmed top-3 over into the family plan (a new plan version)',
        params: s.MeetingParams,
        body: s.TakeOverBody,
        response: { 201: s.TakeOverResult },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await meetings.takeOverIntoPlan(req.ctx, req.params.familyId, req.params.meetingId, req.body.baseVersion),
        ),
  );
}
