// Who may use the insight routes: every role without a relationship (policy advisors see every
// municipality's aggregates; nobody else), and the relationships that open them: lead of a team in
// the municipality (patterns), member of the team (collective activity). Refusals are 403 + audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';
import { buildSignalWorld, type SignalWorld } from '../../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

const activity = () => ({ teamId: w.teamId, title: 'Koffieochtend', startsOn: '2026-10-01' });

describe('insight routes', () => {
  it('without a relationship: aggregates for policy advisors only; the municipality picker for everyone logged in', async () => {
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/insights/patterns?municipality=0193', allowed: ['policy'] },
      { method: 'GET', url: '/api/insights/patterns?municipality=0193&measure=outreach', allowed: ['policy'] },
      { method: 'GET', url: '/api/insights/activities?municipality=0193', allowed: ['policy'] },
      { method: 'POST', url: '/api/insights/activities', payload: activity, allowed: [] },
    ]);
    const anyone = await login(t.app, (await buildUser(t.db.kysely, ['family'])).username);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/insights/municipalities', headers: anyone.headers })).json(),
    ).toEqual({ items: [] });
  });

  it('with a relationship: the lead of a team in the municipality, and members registering for their own team', async () => {
    const db = t.db.kysely;
    const lead = await login(t.app, w.lead.username);
    const member = await login(t.app, w.member.username);
    const otherLead = await buildUser(db, ['professional', 'team_lead']);
    await addToTeam(db, await buildTeam(db, { municipality: '0166' }), otherLead.id, true);
    const other = await login(t.app, otherLead.username);
    const cases: Array<[string, typeof lead, 'GET' | 'POST', string, number]> = [
      ['lead, own municipality', lead, 'GET', '/api/insights/patterns?municipality=0193', 200],
      ['lead, own municipality, activities', lead, 'GET', '/api/insights/activities?municipality=0193', 200],
      ['lead, other municipality', other, 'GET', '/api/insights/patterns?municipality=0193', 403],
      ['member without lead role', member, 'GET', '/api/insights/patterns?municipality=0193', 403],
      ['member registers for own team', member, 'POST', '/api/insights/activities', 201],
      ['lead of another team registers for this team', other, 'POST', '/api/insights/activities', 403],
    ];
    for (const [label, s, method, url, status] of cases) {
      const res = await t.app.inject({
        method,
        url,
        headers: s.headers,
        ...(method === 'POST' ? { payload: activity() } : {}),
      });
      expect(res.statusCode, `${label}: ${res.body.slice(0, 200)}`).toBe(status);
    }
  });
});
