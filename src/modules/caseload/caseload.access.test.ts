// Who may see a caseload: every role on "my caseload" (care roles only), and the team view only for
// the lead of that very team — not a lead of another team, not a plain member, not a lead flag without the role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('caseload routes', () => {
  it('follow role: care roles see their own caseload; nobody without leading the team sees its overview', async () => {
    const team = await buildTeam(t.db.kysely);
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/me/caseload', allowed: ['professional', 'team_lead', 'consultant'] },
      {
        method: 'POST',
        url: '/api/me/caseload/search',
        payload: () => ({ q: 'G-0193' }),
        allowed: ['professional', 'team_lead', 'consultant'],
      },
      { method: 'GET', url: `/api/teams/${team}/caseload`, allowed: [] },
      { method: 'GET', url: `/api/teams/${team}/caseload?status=intake&planLate=true&limit=10&offset=10`, allowed: [] },
    ]);
  });

  it('team view: only the lead of this team (role team_lead and is_lead), each refusal audited', async () => {
    const db = t.db.kysely;
    const [team, otherTeam] = [await buildTeam(db), await buildTeam(db)];
    const lead = await buildUser(db, ['team_lead']);
    const otherLead = await buildUser(db, ['team_lead']);
    const leadMember = await buildUser(db, ['team_lead']);
    const flaggedProfessional = await buildUser(db, ['professional']);
    await addToTeam(db, team, lead.id, true);
    await addToTeam(db, otherTeam, otherLead.id, true);
    await addToTeam(db, team, leadMember.id, false);
    await addToTeam(db, team, flaggedProfessional.id, true);
    const cases: Array<[string, number]> = [
      [lead.username, 200],
      [otherLead.username, 403],
      [leadMember.username, 403],
      [flaggedProfessional.username, 403],
    ];
    for (const [username, status] of cases) {
      const s = await login(t.app, username);
      const res = await t.app.inject({ method: 'GET', url: `/api/teams/${team}/caseload`, headers: s.headers });
      expect(res.statusCode, `${username} ${res.body}`).toBe(status);
      // A filter naming a regisseur does not open another team's list either.
      const filtered = await t.app.inject({
        method: 'GET',
        url: `/api/teams/${team}/caseload?regisseur=${lead.id}&limit=5`,
        headers: s.headers,
      });
      expect(filtered.statusCode, `${username} filtered ${filtered.body}`).toBe(status);
    }
    const denied = await db
      .selectFrom('audit_event')
      .select('actor_username')
      .where('event', '=', 'team_caseload_overview.read')
      .where('outcome', '=', 'denied')
      .where('subject_id', '=', team)
      .execute();
    expect(denied.map((d) => d.actor_username).sort()).toEqual(
      [
        otherLead.username,
        otherLead.username,
        leadMember.username,
        leadMember.username,
        flaggedProfessional.username,
        flaggedProfessional.username,
      ].sort(),
    );
    const otherSees = await t.app.inject({
      method: 'GET',
      url: `/api/teams/${otherTeam}/caseload`,
      headers: (await login(t.app, otherLead.username)).headers,
    });
    expect(otherSees.statusCode).toBe(200);
  });
});
