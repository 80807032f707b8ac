// Buurtgezinnen matches on the coordinator's board: the paged list (search by POST), one match,
// its events, agreements and status steps, what each family is told, and the check-in reminders.
import type { App } from '../../../platform/http/types.js';
import { IdParams } from '../requests/schemas.js';
import * as read from './read.js';
import * as ls from './schemas.js';
import * as lifecycle from './service.js';

const tags = ['support-families'];

export function matchRoutes(app: App, B: string): void {
  app.get(
    `${B}/matches`,
    {
      schema: {
        tags,
        summary: 'Matches in the area (not ended, unless a status is given)',
        querystring: ls.MatchListQuery,
        response: { 200: ls.MatchList },
      },
    },
    (req) => read.listMatches(req.ctx, req.query),
  );
  app.post(
    `${B}/matches/search`,
    {
      schema: {
        tags,
        summary: "Matches in the area searched by either family's reference or name (a POST: names never go in a URL)",
        body: ls.MatchListSearch,
        response: { 200: ls.MatchList },
      },
    },
    (req) => read.listMatches(req.ctx, req.body),
  );
  app.get(
    `${B}/matches/:id`,
    {
      schema: {
        tags,
        summary: 'One match with events, agreements and reminders',
        params: IdParams,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => read.getMatch(req.ctx, req.params.id),
  );
  app.post(
    `${B}/matches/:id/events`,
    {
      schema: {
        tags,
        summary: 'Record an introduction, acceptance, check-in or interest in fostering',
        params: IdParams,
        body: ls.MatchEventBody,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => lifecycle.recordEvent(req.ctx, req.params.id, req.body),
  );
  app.post(
    `${B}/matches/:id/agreements`,
    {
      schema: {
        tags,
        summary: 'A written agreement: what, how often',
        params: IdParams,
        body: ls.AgreementBody,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => lifecycle.addAgreement(req.ctx, req.params.id, req.body),
  );
  app.post(
    `${B}/matches/:id/transition`,
    {
      schema: {
        tags,
        summary: 'Move the match to its next stage (409 when not allowed, 422 when something is missing)',
        params: IdParams,
        body: ls.TransitionBody,
        response: { 200: ls.MatchDetail },
      },
    },
    (req) => lifecycle.transition(req.ctx, req.params.id, req.body),
  );
  app.get(
    `${B}/matches/:id/introduction`,
    {
      schema: {
        tags,
        summary: 'What each family may be told about the other (first name and neighbourhood until both accept)',
        params: IdParams,
        response: { 200: ls.Introduction },
      },
    },
    (req) => lifecycle.introduction(req.ctx, req.params.id),
  );
  app.get(
    `${B}/reminders`,
    { schema: { tags, summary: 'Check-in reminders that are due', response: { 200: ls.ReminderList } } },
    (req) => lifecycle.listReminders(req.ctx),
  );
  app.post(
    `${B}/reminders/:id/done`,
    { schema: { tags, summary: 'Mark a check-in done', params: ls.ReminderParams, response: { 200: ls.MatchDetail } } },
    (req) => lifecycle.completeReminder(req.ctx, req.params.id),
  );
}
