// POST /api/insights/cbs-delivery/report and /file: person-level, so the request is in the body.
import type { App } from '../../../platform/http/types.js';
import { CbsDeliveryReport, CbsDeliveryRequest } from './schemas.js';
import { cbsDeliveryFile, cbsDeliveryReport } from './service.js';

export function cbsDeliveryRoutes(app: App): void {
  app.post(
    '/api/insights/cbs-delivery/report',
    {
      schema: {
        tags: ['insights'],
        summary:
          'Validation report of the half-year CBS delivery (Beleidsinformatie Jeugd, help form 01, referrer 06) of the teams I lead in a municipality: how many records can be delivered, and which youths cannot and why',
        body: CbsDeliveryRequest,
        response: { 200: CbsDeliveryReport },
      },
    },
    (req) => cbsDeliveryReport(req.ctx, req.body),
  );
  app.post(
    '/api/insights/cbs-delivery/file',
    {
      schema: {
        tags: ['insights'],
        summary: 'The half-year CBS delivery file (CSV, CBS record layout) of the teams I lead in a municipality',
        body: CbsDeliveryRequest,
      },
    },
    async (req, reply) => {
      const file = await cbsDeliveryFile(req.ctx, req.body);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.csv);
    },
  );
}
