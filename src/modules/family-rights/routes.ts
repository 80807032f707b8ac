// The family's rights (issue 15, items 4 and 5) and the professionals' queue of family requests.
// No URL names a person or family: the family's routes act on the login's own household.
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { IdParams } from '../auth/schemas.js';
import { accessLog } from './access-log.js';
import { giveConsent, portalConsent, withdrawConsentByFamily } from './consent-portal.js';
import { exportData, exportFileName } from './export.js';
import { answerRequest, requestQueue } from './queue.js';
import * as s from './schemas.js';
import { addRequest, addStatement, askAboutEntry, listRequests, listStatements, statementsForTeam } from './service.js';

const tags = ['family-rights'];
const P = '/api/family-rights';

export function familyRightsRoutes(app: App): void {
  app.get(
    `${P}/statements`,
    { schema: { tags, summary: 'My family statements (Jeugdwet 7.3.8)', response: { 200: s.StatementList } } },
    (req) => listStatements(req.ctx),
  );
  app.post(
    `${P}/statements`,
    {
      schema: {
        tags,
        summary: 'Add a statement of our own to the file',
        body: s.StatementBody,
        response: { 201: s.Statement },
      },
    },
    async (req, reply) => reply.status(201).send(await addStatement(req.ctx, req.body)),
  );
  app.get(
    `${P}/consent`,
    {
      schema: {
        tags,
        summary: "The family's consents and whether I decide on them",
        response: { 200: s.PortalConsent },
      },
    },
    (req) => portalConsent(req.ctx),
  );
  app.post(
    `${P}/consent`,
    {
      schema: {
        tags,
        summary: 'Give consent to an organisation for some scopes',
        body: s.PortalConsentBody,
        response: { 200: s.PortalConsent },
      },
    },
    (req) => giveConsent(req.ctx, req.body),
  );
  app.post(
    `${P}/consent/:id/withdraw`,
    {
      schema: {
        tags,
        summary: 'Withdraw a consent from today',
        params: IdParams,
        body: s.PortalWithdrawBody,
        response: { 200: s.PortalConsent },
      },
    },
    (req) => withdrawConsentByFamily(req.ctx, req.params.id, req.body.note),
  );
  app.get(
    `${P}/requests`,
    { schema: { tags, summary: 'My requests and their answers', response: { 200: s.RightsRequestList } } },
    (req) => listRequests(req.ctx),
  );
  app.post(
    `${P}/requests`,
    {
      schema: {
        tags,
        summary: 'Ask for correction or deletion of data (Jeugdwet 7.3.9)',
        body: s.RightsRequestBody,
        response: { 201: s.RightsRequest },
      },
    },
    async (req, reply) => reply.status(201).send(await addRequest(req.ctx, req.body)),
  );
  app.get(
    `${P}/access-log`,
    {
      schema: {
        tags,
        summary: 'Who looked at my file (NEN 7513)',
        querystring: s.AccessLogQuery,
        response: { 200: s.AccessLogPage },
      },
    },
    (req) => accessLog(req.ctx, req.query),
  );
  app.post(
    `${P}/access-log/:entryId/question`,
    {
      schema: {
        tags,
        summary: 'Ask the privacy officer about an access',
        params: s.EntryParams,
        body: s.AccessQuestionBody,
        response: { 201: s.RightsRequest },
      },
    },
    async (req, reply) => reply.status(201).send(await askAboutEntry(req.ctx, req.params.entryId, req.body.body)),
  );
  app.get(
    `${P}/export.json`,
    {
      schema: {
        tags,
        summary: 'All my data as JSON (Jeugdwet 7.3.10)',
        response: { 200: z.string().describe('The JSON file (as an attachment)') },
      },
    },
    async (req, reply) => {
      const data = await exportData(req.ctx);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName('json')}"`)
        .header('cache-control', 'no-store')
        .serializer((body) => body as string)
        .send(JSON.stringify(data, null, 2));
    },
  );
  app.get(
    `${P}/export.pdf`,
    {
      schema: {
        tags,
        summary: 'All my data as a readable PDF (Jeugdwet 7.3.10)',
        response: { 200: z.string().describe('The PDF file (application/pdf, as an attachment)') },
      },
    },
    async (req, reply) => {
      // pdfkit (≈ 15 MB resident once loaded) only when a family asks for its PDF, not in every instance.
      const { renderExportPdf } = await import('./pdf.js');
      const pdf = await renderExportPdf(await exportData(req.ctx));
      return (
        reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${exportFileName('pdf')}"`)
          .header('cache-control', 'no-store')
          .serializer((body) => body as string)
          // The serializer passes the bytes through untouched; the schema documents them as a file.
          .send(pdf as unknown as string)
      );
    },
  );
  app.get(
    '/api/families/:familyId/family-statements',
    {
      schema: {
        tags,
        summary: "The family's own statements, for the team (read-only: only the family writes them)",
        params: s.FamilyParams,
        response: { 200: s.StatementList },
      },
    },
    (req) => statementsForTeam(req.ctx, req.params.familyId),
  );
  app.get(
    `${P}/queue`,
    {
      schema: {
        tags,
        summary: "Families' requests to answer (regisseur, privacy officer)",
        querystring: s.QueueQuery,
        response: { 200: s.QueuePage },
      },
    },
    (req) => requestQueue(req.ctx, req.query),
  );
  app.post(
    `${P}/queue/:id/answer`,
    {
      schema: {
        tags,
        summary: 'Grant, refuse or answer a family request, with a reason',
        params: IdParams,
        body: s.AnswerBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await answerRequest(req.ctx, req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );
}
