// /api/instruments (definitions) and /api/families/:familyId/measurements: record, history, progress.
import type { App } from '../../platform/http/types.js';
import * as s from './schemas.js';
import * as instruments from './service.js';

const tags = ['instruments'];

export function instrumentRoutes(app: App): void {
  app.get(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'Instrument definitions: items and scale (configuration)',
        response: { 200: s.InstrumentList },
      },
    },
    (req) => instruments.listInstrumentDefinitions(req.ctx),
  );
  app.get(
    '/api/families/:familyId/measurements',
    {
      schema: {
        tags,
        summary: "A family's measurements with their scores, oldest first (per person, per instrument)",
        params: s.FamilyParams,
        querystring: s.MeasurementQuery,
        response: { 200: s.MeasurementList },
      },
    },
    (req) => instruments.listFamilyMeasurements(req.ctx, req.params.familyId, req.query),
  );
  app.post(
    '/api/families/:familyId/measurements',
    {
      schema: {
        tags,
        summary: "Record a measurement (checked against the instrument's items and scale)",
        params: s.FamilyParams,
        body: s.RecordMeasurementBody,
        response: { 201: s.Measurement },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await instruments.recordMeasurement(req.ctx, req.params.familyId, req.body)),
  );
  app.get(
    '/api/families/:familyId/measurements/progress',
    {
      schema: {
        tags,
        summary: 'Progress per person and instrument: first and latest per item, and every score over time',
        params: s.FamilyParams,
        querystring: s.MeasurementQuery,
        response: { 200: s.Progress },
      },
    },
    (req) => instruments.familyProgress(req.ctx, req.params.familyId, req.query),
  );
}
