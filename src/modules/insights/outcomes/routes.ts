// /api/insights/outcomes: outcome indicators (suppressed aggregates), the filters' choices, and the
// providers' indicators against their contracts' outcome criteria.
import type { App } from '../../../platform/http/types.js';
import { contractOutcomes, outcomeOptions } from './options.js';
import { outcomeReport } from './service.js';
import { changeOutcomeSettings, outcomeSettings } from './settings.js';
import * as s from './schemas.js';

const tags = ['insights'];

export function outcomeRoutes(app: App): void {
  app.get(
    '/api/insights/outcomes',
    {
      schema: {
        tags,
        summary:
          'Outcome indicators (CBS definitions and local ones) for a municipality or the region and a period, per group; counts under the threshold suppressed with secondary suppression, rates only over shown counts',
        querystring: s.OutcomeQuery,
        response: { 200: s.OutcomeReport },
      },
    },
    (req) => outcomeReport(req.ctx, req.query),
  );
  app.get(
    '/api/insights/outcomes/options',
    {
      schema: {
        tags,
        summary: 'What the outcome dashboard may filter on: periods, municipalities, providers, teams, pilots',
        querystring: s.OptionsQuery,
        response: { 200: s.OutcomeOptions },
      },
    },
    (req) => outcomeOptions(req.ctx, req.query),
  );
  app.get(
    '/api/insights/outcomes/contracts',
    {
      schema: {
        tags,
        summary: "Providers' outcome indicators against the outcome criteria of their contracts",
        querystring: s.ContractQuery,
        response: { 200: s.ContractOutcomes },
      },
    },
    (req) => contractOutcomes(req.ctx, req.query),
  );
  app.get(
    '/api/insights/outcomes/settings/:municipality',
    {
      schema: {
        tags,
        summary:
          "The municipality's measuring choices: drop-out definition, local repeat-use look-back window, publication threshold and rounding; who changed them last",
        params: s.SettingsParams,
        response: { 200: s.OutcomeSettings },
      },
    },
    (req) => outcomeSettings(req.ctx, req.params.municipality),
  );
  app.put(
    '/api/insights/outcomes/settings/:municipality',
    {
      schema: {
        tags,
        summary: "Change the municipality's measuring choices (its own policy advisor only; audited)",
        params: s.SettingsParams,
        body: s.OutcomeSettingsInput,
        response: { 200: s.OutcomeSettings },
      },
    },
    (req) => changeOutcomeSettings(req.ctx, req.params.municipality, req.body),
  );
}
