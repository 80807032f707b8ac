// /api/signals: partners submit (form, CSV upload) and follow their own signals' status; teams
// triage their queue, read a signal, decide, and record the outreach.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { ValidationError } from '../../platform/errors.js';
import { MAX_CSV_BYTES } from './csv-import.js';
import { uploadFileName } from './file-name.js';
import { PARTNER_SECURITY, requirePartnerScope } from '../../platform/access/partner-guard.js';
import { recordContactAttempt, recordOutreachOutcome } from './outreach.js';
import { submitPartnerSignals } from './partner.js';
import * as s from './schemas.js';
import * as signals from './service.js';
import * as triage from './triage.js';

const tags = ['signals'];
const Teams = z
  .object({ teams: z.array(z.object({ id: z.uuid(), name: z.string() })) })
  .meta({ id: 'SignalQueueTeams' });

export function signalRoutes(app: App): void {
  // A CSV list arrives as the raw request body (text/csv), up to 32 MB: 50,000 rows fit easily.
  app.addContentTypeParser(
    ['text/csv', 'application/vnd.ms-excel'],
    { parseAs: 'buffer', bodyLimit: MAX_CSV_BYTES },
    (_req, body, done) => {
      done(null, body);
    },
  );

  app.post(
    '/api/signals',
    {
      schema: {
        tags,
        summary: 'Submit one signal (web form); the same signal again is answered 200 "duplicate"',
        body: s.NewSignal,
        response: { 200: s.SubmitResult, 201: s.SubmitResult },
      },
    },
    async (req, reply) => {
      const result = await signals.submitSignal(req.ctx, req.body);
      return reply.status(result.status === 'accepted' ? 201 : 200).send(result);
    },
  );
  app.post(
    '/api/signals/uploads',
    {
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        tags,
        consumes: ['text/csv'], // 200 characters percent-encoded take up to 12 bytes each (4-byte UTF-8); the name is cut to 200 after decoding.
        headers: z.object({ 'x-file-name': z.string().max(2400).optional() }),
        summary:
          'Upload a CSV list of signals (text/csv body; ; or , separated; UTF-8 or Windows-1252). Valid rows are accepted, refused rows reported by line; re-uploading creates no duplicates',
        response: { 201: s.BatchReport },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body))
        throw new ValidationError('unsupported_media_type', { detail: 'Send the file as text/csv.' });
      return reply
        .status(201)
        .send(await signals.uploadCsv(req.ctx, req.body, uploadFileName(req.headers['x-file-name'])));
    },
  );
  app.get(
    '/api/signals/uploads',
    { schema: { tags, summary: "The own organisation's uploads with their counts", response: { 200: s.BatchList } } },
    (req) => signals.listBatches(req.ctx),
  );
  app.get(
    '/api/signals/uploads/:batchId',
    {
      schema: {
        tags,
        summary: "An upload's report: counts, refused lines with reason",
        params: s.BatchParams,
        response: { 200: s.BatchReport },
      },
    },
    (req) => signals.batchReport(req.ctx, req.params.batchId),
  );
  app.get(
    '/api/signals/submissions',
    {
      schema: {
        tags,
        summary: "The own organisation's signals with status (received / picked up / closed), never case content",
        querystring: s.SubmissionQuery,
        response: { 200: s.SubmissionList },
      },
    },
    (req) => signals.listSubmissions(req.ctx, req.query),
  );

  app.get(
    '/api/signals/queues',
    { schema: { tags, summary: 'The teams whose triage queue I can open', response: { 200: Teams } } },
    (req) => triage.myQueues(req.ctx),
  );
  app.get(
    '/api/signals/queue',
    {
      schema: {
        tags,
        summary: "A team's triage queue with SLA timers and filters",
        querystring: s.QueueQuery,
        response: { 200: s.Queue },
      },
    },
    (req) => triage.triageQueue(req.ctx, req.query),
  );
  app.post(
    '/api/signals/queue/search',
    {
      schema: {
        tags,
        summary: "A team's triage queue searched by reference, name or signal date (a POST: names never go in a URL)",
        body: s.QueueSearch,
        response: { 200: s.Queue },
      },
    },
    (req) => triage.triageQueue(req.ctx, req.body),
  );
  app.get(
    '/api/signals/:signalId',
    {
      schema: {
        tags,
        summary: 'One signal in full (for its team and regisseur)',
        params: s.SignalParams,
        response: { 200: s.SignalDetail },
      },
    },
    (req) => triage.getSignal(req.ctx, req.params.signalId),
  );
  app.post(
    '/api/signals/:signalId/triage',
    {
      schema: {
        tags,
        summary:
          'Triage: outreach, link, new trajectory, refer (meldcode steps for safety signals) or no action with a reason',
        params: s.SignalParams,
        body: s.TriageBody,
        response: { 200: s.SignalDetail },
      },
    },
    (req) => triage.triageSignal(req.ctx, req.params.signalId, req.body),
  );
  app.post(
    '/api/signals/:signalId/contact-attempts',
    {
      schema: {
        tags,
        summary: 'Record a contact attempt (outreach)',
        params: s.SignalParams,
        body: s.ContactAttemptBody,
        response: { 201: s.SignalDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await recordContactAttempt(req.ctx, req.params.signalId, req.body)),
  );
  app.post(
    '/api/signals/:signalId/outreach-outcome',
    {
      schema: {
        tags,
        summary: 'Close the outreach with its outcome (and for rent arrears: eviction prevented)',
        params: s.SignalParams,
        body: s.OutreachOutcomeBody,
        response: { 200: s.SignalDetail },
      },
    },
    (req) => recordOutreachOutcome(req.ctx, req.params.signalId, req.body),
  );

  app.post(
    '/api/partner/v1/signals',
    {
      onRequest: requirePartnerScope('signals:submit'),
      schema: {
        tags: ['partner'],
        security: PARTNER_SECURITY,
        body: s.PartnerSignalsBody,
        response: { 200: s.PartnerSignalsReceipt },
        summary:
          'Partner API: submit up to 500 signals (API key with scope signals:submit); each is accepted, a duplicate, or rejected with its reasons',
      },
    },
    (req) => submitPartnerSignals(req.ctx, req.body),
  );
}
