// Who sees outcome indicators: policy advisors, contract managers and providers (aggregates only;
// a provider always its own organisation), team leads for a municipality where they lead a team (their
// own team's figures, never the region); every other role 403 with a denied audit row. No answer carries
// a family, person or trajectory id or a dossier number; small counts are hidden; a dashboard read is
// one decision and one statement (statement-budget.int.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../test-support/app.js';
import { checkRouteMatrix } from '../../../test-support/access-matrix.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../../test-support/factories.js';
import { buildContract } from '../../../test-support/contracts.js';
import { refreshOutcomeSummary } from './summary.js';

let t: TestApp;
const ids: string[] = [];
let teamA: string;
let teamB: string;
let providerId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  teamA = await buildTeam(db, { municipality: '0193' });
  teamB = await buildTeam(db, { municipality: '0193' });
  providerId = (await buildContract(db)).providerId;
  const regisseur = await buildUser(db, ['professional']);
  // Six closed in 2026-H1 in team A (shown), two in team B (hidden).
  for (const [team, n] of [
    [teamA, 6],
    [teamB, 2],
  ] as const)
    for (let i = 0; i < n; i++) {
      const f = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: regisseur.id, status: 'closed' });
      await db
        .updateTable('trajectory')
        .set({
          opened_at: new Date('2026-01-05T10:00:00Z'),
          closed_at: new Date('2026-03-10T10:00:00Z'),
          ending_reason: i === 0 ? '03' : '01',
          managing_without_help: '04',
        })
        .where('id', '=', f.trajectoryId)
        .execute();
      ids.push(f.familyId, f.trajectoryId, f.reference);
    }
  // The dashboards read the outcome summary: computed here as its job would.
  await refreshOutcomeSummary(db);
});
afterAll(async () => {
  await t.close();
});

const q = 'period=2026-H1&code=0193';

describe('outcome indicator routes', () => {
  it('aggregates for policy, contract managers and providers; 403 (audited) for every other role', async () => {
    await checkRouteMatrix(t, [
      { method: 'GET', url: `/api/insights/outcomes?${q}`, allowed: ['policy', 'contract_manager', 'provider'] },
      {
        method: 'GET',
        url: `/api/insights/outcomes?${q}&scope=region&groupBy=entry_point`.replace('code=0193', 'code=TEST'),
        allowed: ['policy', 'contract_manager', 'provider'],
      },
      {
        method: 'GET',
        url: '/api/insights/outcomes/options?code=0193',
        allowed: ['policy', 'contract_manager', 'provider'],
      },
      {
        method: 'GET',
        url: `/api/insights/outcomes/contracts?${q}`,
        allowed: ['policy', 'contract_manager', 'provider'],
      },
    ]);
  });

  it('a team lead: own municipality and own team only, never the region', async () => {
    const db = t.db.kysely;
    const lead = await buildUser(db, ['professional', 'team_lead']);
    await addToTeam(db, teamA, lead.id, true);
    const s = await login(t.app, lead.username);
    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
    // Another team of the municipality: nothing (the lead's teams and the asked team meet nowhere).
    const other = await get(`/api/insights/outcomes?${q}&team=${teamB}`);
    expect(other.statusCode).toBe(200);
    expect(other.json().rows).toEqual([]);
    const own = await get(`/api/insights/outcomes?${q}`);
    // When the summary these figures come from was computed (the page shows "Berekend op …").
    expect(new Date(own.json().computedAt).getTime()).not.toBeNaN();
    // Team A only: six closed (not B's two), one drop-out (hidden: under 5).
    const drop = own.json().rows[0].figures.drop_out;
    expect(drop.cells).toEqual([
      { kind: 'hidden', value: null },
      { kind: 'hidden', value: null },
    ]);
    expect(own.json().rows[0].figures.managing_without_help.cells.map((c: { value: number }) => c.value)).toEqual([
      0, 0, 0, 6,
    ]);
    expect((await get(`/api/insights/outcomes?period=2026-H1&code=TEST&scope=region`)).statusCode).toBe(403);
    expect((await get(`/api/insights/outcomes?period=2026-H1&code=0166`)).statusCode).toBe(403);
    const options = (await get('/api/insights/outcomes/options?code=0193')).json();
    expect(options.teams.map((x: { id: string }) => x.id)).toEqual([teamA]);
    expect(options.fixed).toMatchObject({ team: teamA, regionAllowed: false });
  });

  it('a provider sees its own figures whatever it asks; nothing personal in any answer', async () => {
    const db = t.db.kysely;
    const own = await login(t.app, (await buildUser(db, ['provider'], { organisationId: providerId })).username);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/insights/outcomes?${q}&groupBy=provider`,
      headers: own.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows.every((r: { key: string }) => r.key === providerId)).toBe(true);
    const policy = await login(t.app, (await buildUser(db, ['policy'])).username);
    for (const url of [
      `/api/insights/outcomes?${q}&groupBy=team`,
      `/api/insights/outcomes?${q}&groupBy=entry_point`,
      `/api/insights/outcomes/contracts?${q}`,
      '/api/insights/outcomes/options?code=0193',
    ]) {
      const body = (await t.app.inject({ method: 'GET', url, headers: policy.headers })).body;
      for (const id of ids) expect(body, url).not.toContain(id);
    }
  });
});
