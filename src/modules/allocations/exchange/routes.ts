// The iJw exchange over HTTP: the provider's message box in the web app (role provider) and the
// partner API for the provider's own system (API key with scope ijw:exchange).
import { PARTNER_SECURITY, requirePartnerScope } from '../../../platform/access/partner-guard.js';
import type { App } from '../../../platform/http/types.js';
import * as s from './schemas.js';
import * as svc from './service.js';

const tags = ['allocations'];

export function exchangeRoutes(app: App): void {
  // application/xml bodies pass through unread: the claim-file routes stream them (their own size
  // limit, STREAM_LIMITS in ijw/stream-jw323.ts). Every other iJw route takes JSON ({ xml }).
  app.addContentTypeParser(['application/xml', 'text/xml'], (_req, payload, done) => {
    done(null, payload);
  });
  app.get(
    '/api/provider/ijw/messages',
    {
      schema: {
        tags,
        summary: "The provider's message box (in and out); to search use POST /api/provider/ijw/messages/search",
        querystring: s.BoxQuery,
        response: { 200: s.MessageList },
      },
    },
    (req) => svc.messageBox(req.ctx, req.query),
  );
  app.post(
    '/api/provider/ijw/messages/search',
    {
      schema: {
        tags,
        summary:
          "The provider's message box searched by message identification (a POST: free text never goes in a URL)",
        body: s.BoxSearch,
        response: { 200: s.MessageList },
      },
    },
    (req) => svc.messageBox(req.ctx, req.body),
  );
  app.get(
    '/api/provider/ijw/messages/:messageId',
    {
      schema: {
        tags,
        summary: 'One message with its XML',
        params: s.MessageParams,
        response: { 200: s.MessageDetail },
      },
    },
    (req) => svc.readMessage(req.ctx, req.params.messageId),
  );
  app.get(
    '/api/provider/ijw/messages/:messageId/xml',
    {
      schema: {
        tags,
        summary: 'One message as an XML file (an outgoing message counts as collected once downloaded)',
        params: s.MessageParams,
        response: { 200: s.MessageFile },
      },
    },
    async (req, reply) => {
      const file = await svc.downloadMessage(req.ctx, req.params.messageId);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .serializer((body) => body as string)
        .send(file.xml);
    },
  );
  app.post(
    '/api/provider/ijw/messages',
    {
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Upload one iJw message',
        body: s.SubmitMessageBody,
        response: { 201: s.SubmitReceipt },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.uploadMessage(req.ctx, req.body.xml)),
  );
  app.post(
    '/api/provider/ijw/claims',
    {
      schema: {
        tags,
        consumes: ['application/xml'],
        summary:
          'Upload a JW323 claim file of any size as the raw body (application/xml): read as a stream, validated against the XSD in batches, answered with a JW325',
        response: { 201: s.SubmitReceipt },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.uploadClaimFile(req.ctx, req.body)),
  );

  app.post(
    '/api/partner/v1/ijw/claims',
    {
      onRequest: requirePartnerScope('ijw:exchange'),
      schema: {
        tags: ['partner'],
        consumes: ['application/xml'],
        summary: 'Partner API: send a JW323 claim file of any size as the raw body (application/xml), read as a stream',
        security: PARTNER_SECURITY,
        response: { 201: s.SubmitReceipt },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.partnerSubmitClaimFile(req.ctx, req.body)),
  );

  app.post(
    '/api/partner/v1/ijw/messages',
    {
      onRequest: requirePartnerScope('ijw:exchange'),
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags: ['partner'],
        summary: 'Partner API: send one iJw message (API key with scope ijw:exchange)',
        security: PARTNER_SECURITY,
        body: s.SubmitMessageBody,
        response: { 201: s.SubmitReceipt },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.partnerSubmit(req.ctx, req.body.xml)),
  );
  app.get(
    '/api/partner/v1/ijw/messages',
    {
      onRequest: requirePartnerScope('ijw:exchange'),
      schema: {
        tags: ['partner'],
        summary: 'Partner API: outgoing messages not yet acknowledged',
        security: PARTNER_SECURITY,
        response: { 200: s.OutgoingList },
      },
    },
    (req) => svc.partnerOutgoing(req.ctx),
  );
  app.post(
    '/api/partner/v1/ijw/messages/:messageId/ack',
    {
      onRequest: requirePartnerScope('ijw:exchange'),
      schema: {
        tags: ['partner'],
        summary: 'Partner API: acknowledge a collected message',
        security: PARTNER_SECURITY,
        params: s.MessageParams,
        response: { 200: s.MessageSummary },
      },
    },
    (req) => svc.partnerAcknowledge(req.ctx, req.params.messageId),
  );
}
