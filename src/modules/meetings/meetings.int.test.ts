// The top-3 table over HTTP: record who said what, see the computed top-3 with ties, confirm it
// (a reason when the table departs from the count), and take it over into the plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';

let t: TestApp;
let prof: Session;
let familyId: string;
let familyUser: Session;
let regisseurId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const regisseur = await buildUser(db, ['professional']);
  regisseurId = regisseur.id;
  prof = await login(t.app, regisseur.username);
  ({ familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: regisseur.id }));
  const portal = await buildUser(db, ['family']);
  await db.insertInto('family_account').values({ user_id: portal.id, family_id: familyId }).execute();
  familyUser = await login(t.app, portal.username);
});
afterAll(async () => {
  await t.close();
});

const SEED_TABLE = {
  kind: 'top3',
  heldOn: '2026-03-12',
  location: 'Gebiedsteam Heerenveen',
  concerns: [{ key: 'opvoeding', label: 'Ruzie en stress bij de opvoeding' }],
  participants: [
    {
      kind: 'family_member',
      name: 'Vader',
      roleLabel: 'vader',
      safetyRating: 7,
      strengths: ['We houden van onze kinderen'],
      concerns: [
        { concernKey: 'schulden', concernLabel: 'Geldzorgen en schulden', ownWords: 'De rekeningen stapelen zich op.' },
        { concernKey: 'opvoeding', ownWords: 'We maken te vaak ruzie waar de kinderen bij zijn.' },
        { concernKey: 'school', concernLabel: 'Schoolverzuim', ownWords: 'Jesse gaat niet graag naar school.' },
      ],
    },
    {
      kind: 'family_member',
      name: 'Moeder',
      roleLabel: 'moeder',
      safetyRating: 6,
      concerns: [
        { concernKey: 'opvoeding', ownWords: 'Ik weet niet meer hoe ik rust krijg in huis.' },
        { concernKey: 'schulden', ownWords: 'Geld.' },
        { concernKey: 'huisvesting', concernLabel: 'Te klein huis', ownWords: 'Het huis is te klein voor ons vijven.' },
      ],
    },
    {
      kind: 'chain_partner',
      name: 'Medewerker Veilig Thuis',
      roleLabel: 'Veilig Thuis',
      safetyRating: 4,
      concerns: [
        {
          concernKey: 'veiligheid',
          concernLabel: 'Veiligheid van de kinderen',
          ownWords: 'Er is twee keer politie geweest na ruzie.',
        },
        { concernKey: 'opvoeding', ownWords: 'Ouders zijn overbelast.' },
        { concernKey: 'schulden', ownWords: 'Schulden geven spanning.' },
      ],
    },
    {
      kind: 'network',
      name: 'Buurvrouw Ans',
      roleLabel: 'buurvrouw',
      strengths: ['De kinderen spelen vaak bij ons'],
      concerns: [
        { concernKey: 'veiligheid', ownWords: "Ik hoor 's avonds geschreeuw." },
        { concernKey: 'school', ownWords: 'De kinderen zijn vaak thuis overdag.' },
        { concernKey: 'huisvesting', ownWords: 'Te krap.' },
      ],
    },
  ],
};

describe('the top-3 table', () => {
  let meetingId = '';

  it('records a meeting with participants in their own words and shows the computed top-3 with the tie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/families/${familyId}/meetings`,
      headers: prof.headers,
      payload: SEED_TABLE,
    });
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json();
    meetingId = m.id;
    expect(m.participants).toHaveLength(4);
    expect(m.participants[0].concerns[0]).toMatchObject({
      rank: 1,
      concernKey: 'schulden',
      ownWords: 'De rekeningen stapelen zich op.',
      points: 3,
    });
    expect(m.computed.tallies.map((x: { concernKey: string; points: number }) => [x.concernKey, x.points])).toEqual([
      ['opvoeding', 7],
      ['schulden', 6],
      ['veiligheid', 6],
      ['school', 3],
      ['huisvesting', 2],
    ]);
    expect(m.computed.totalPoints).toBe(24);
    expect(m.computed.ties).toEqual([['schulden', 'veiligheid']]);
    expect(m.computed.decided).toBe(false);
    expect(m.computed.tallies[0].voices.map((v: { name: string }) => v.name)).toEqual([
      'Vader',
      'Moeder',
      'Medewerker Veilig Thuis',
    ]);
    expect(m.safety).toEqual({ count: 3, min: 4, max: 7 });
    expect(m.abilities.edit).toBe(true);
  });

  it("lets the family read who said what in the portal, never through the professionals' routes", async () => {
    const portal = await t.app.inject({
      method: 'GET',
      url: `/api/portal/families/${familyId}/meetings`,
      headers: familyUser.headers,
    });
    expect(portal.statusCode, portal.body).toBe(200);
    const meetings = portal.json<{
      meetings: Array<{ id: string; participants: Array<{ name: string; words: string[] }> }>;
    }>().meetings;
    expect(meetings.map((m) => m.id)).toEqual([meetingId]);
    expect(meetings[0]?.participants.find((p) => p.name === 'Vader')?.words).toContain(
      'De rekeningen stapelen zich op.',
    );
    for (const url of [`/api/families/${familyId}/meetings/${meetingId}`, `/api/families/${familyId}/meetings`]) {
      const read = await t.app.inject({ method: 'GET', url, headers: familyUser.headers });
      expect(read.statusCode, url).toBe(403);
    }
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/families/${familyId}/meetings/${meetingId}/concerns`,
      headers: familyUser.headers,
      payload: { key: 'x', label: 'X' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('refuses a ranked concern without a shared concern to map onto', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/families/${familyId}/meetings/${meetingId}/participants`,
      headers: prof.headers,
      payload: {
        kind: 'professional',
        name: 'Leerkracht',
        roleLabel: 'school',
        concerns: [{ concernKey: 'onbekend', ownWords: 'Iets' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unknown_concern');
  });

  it('needs a reason when the table departs from the count, not when it settles a tie', async () => {
    const url = `/api/families/${familyId}/meetings/${meetingId}/confirm`;
    const noReason = await t.app.inject({
      method: 'POST',
      url,
      headers: prof.headers,
      payload: { order: ['veiligheid', 'opvoeding', 'schulden'] },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().code).toBe('reason_required');
    const unknown = await t.app.inject({ method: 'POST', url, headers: prof.headers, payload: { order: ['geheim'] } });
    expect(unknown.json().code).toBe('unknown_concern');
    const ok = await t.app.inject({
      method: 'POST',
      url,
      headers: prof.headers,
      payload: {
        order: ['veiligheid', 'opvoeding', 'schulden'],
        reason: 'Veiligheid gaat altijd voor: dat vindt de hele tafel.',
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().confirmed).toMatchObject({
      followsCount: false,
      reason: 'Veiligheid gaat altijd voor: dat vindt de hele tafel.',
    });
    expect(ok.json().confirmed.order.map((c: { concernKey: string }) => c.concernKey)).toEqual([
      'veiligheid',
      'opvoeding',
      'schulden',
    ]);
    const again = await t.app.inject({ method: 'POST', url, headers: prof.headers, payload: { order: ['opvoeding'] } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('meeting_confirmed');
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/families/${familyId}/meetings/${meetingId}/participants`,
      headers: prof.headers,
      payload: { kind: 'other', name: 'X', roleLabel: 'x' },
    });
    expect(add.json().code).toBe('meeting_confirmed');
  });

  it('settling a tie by the table needs no reason', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: `/api/families/${familyId}/meetings`,
        headers: prof.headers,
        payload: SEED_TABLE,
      })
    ).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/families/${familyId}/meetings/${created.id}/confirm`,
      headers: prof.headers,
      payload: { order: ['opvoeding', 'veiligheid', 'schulden'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().confirmed).toMatchObject({ followsCount: true, reason: null });
  });

  it('takes the confirmed top-3 over into the plan with one action, once', async () => {
    const url = `/api/families/${familyId}/meetings/${meetingId}/take-over`;
    const stale = await t.app.inject({ method: 'POST', url, headers: prof.headers, payload: { baseVersion: 3 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const res = await t.app.inject({ method: 'POST', url, headers: prof.headers, payload: { baseVersion: 0 } });
    expect(res.statusCode, res.body).toBe(201);
    const { meeting, plan } = res.json();
    expect(meeting.planVersion).toBe(1);
    expect(plan.current.version).toBe(1);
    expect(plan.current.source).toBe('meeting');
    expect(plan.current.content.concerns.map((c: { text: string; priority: number }) => [c.text, c.priority])).toEqual([
      ['Veiligheid van de kinderen', 1],
      ['Ruzie en stress bij de opvoeding', 2],
      ['Geldzorgen en schulden', 3],
    ]);
    expect(plan.current.content.concerns[0].voices[0]).toBe(
      'Medewerker Veilig Thuis (Veilig Thuis): Er is twee keer politie geweest na ruzie.',
    );
    expect(plan.current.content.strengths.map((s: { text: string }) => s.text)).toEqual([
      'We houden van onze kinderen (Vader)',
      'De kinderen spelen vaak bij ons (Buurvrouw Ans)',
    ]);
    const twice = await t.app.inject({ method: 'POST', url, headers: prof.headers, payload: { baseVersion: 1 } });
    expect(twice.json().code).toBe('meeting_taken_over');
  });

  it('does not take over an unconfirmed meeting, and 404s a meeting of another family', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: `/api/families/${familyId}/meetings`,
        headers: prof.headers,
        payload: { kind: 'met', heldOn: '2026-04-01' },
      })
    ).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/families/${familyId}/meetings/${created.id}/take-over`,
      headers: prof.headers,
      payload: { baseVersion: 1 },
    });
    expect(res.json().code).toBe('meeting_not_confirmed');
    const db = t.db.kysely;
    const other = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId });
    const cross = await t.app.inject({
      method: 'GET',
      url: `/api/families/${other.familyId}/meetings/${created.id}`,
      headers: prof.headers,
    });
    expect(cross.statusCode).toBe(404);
    // A read that found no meeting leaves no audit row of a read, as the rolled-back transaction kept none.
    const audited = await db
      .selectFrom('audit_event')
      .select('id')
      .where('subject_id', '=', other.familyId)
      .where('data_description', '=', 'meeting: who said what')
      .execute();
    expect(audited).toEqual([]);
  });

  it('removes a participant before confirmation', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: `/api/families/${familyId}/meetings`,
        headers: prof.headers,
        payload: SEED_TABLE,
      })
    ).json();
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/families/${familyId}/meetings/${created.id}/participants/${created.participants[3].id}`,
      headers: prof.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().participants).toHaveLength(3);
    expect(res.json().computed.totalPoints).toBe(18);
  });
});
