// The timeline over HTTP: real operations through the API (register, status, hand-over, story,
// meeting confirmed and taken over, plan edit, sign-off, measurement) each show up as an event
// of the right kind, newest first, without content beyond titles, dates, who and links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildTeam, buildUser, ensureGeography } from '../../test-support/factories.js';
import { startOfDayInNetherlands, today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let s: Session;
let familyId = '';
const TODAY = dutchDate();
const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const res = await t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url} ${res.body.slice(0, 300)}`).toBeLessThan(300);
  return res.json<Record<string, unknown> & { id: string }>();
};
type Event = {
  id: string;
  kind: string;
  at: string;
  allDay: boolean;
  params: Record<string, unknown>;
  actor: string | null;
  link: unknown;
};
const timeline = async (query = '') =>
  (await ok('GET', `/api/families/${familyId}/timeline${query}`)).events as Event[];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  await ensureGeography(db);
  const team = await buildTeam(db);
  const prof = await buildUser(db, ['professional']);
  const colleague = await buildUser(db, ['professional']);
  await addToTeam(db, team, prof.id);
  await addToTeam(db, team, colleague.id);
  s = await login(t.app, prof.username);

  const created = await ok('POST', '/api/families', {
    teamId: team,
    postcode: '8011 AB',
    houseNumber: '7',
    municipalityCode: '0193',
    members: [
      {
        kind: 'parent',
        givenName: 'Sanne',
        familyName: 'Tijdlijn',
        birthDate: '1990-05-01',
        bsn: '999990020',
        hasAuthority: true,
      },
      { kind: 'child', givenName: 'Noor', familyName: 'Tijdlijn', birthDate: '2016-02-03' },
    ],
    trajectory: { entryPoint: 'school', firstContactOn: TODAY },
  });
  familyId = created.id;
  const trajectoryId = created.trajectoryId as string;
  const dossier = await ok('GET', `/api/families/${familyId}`);
  const mother =
    (dossier.members as Array<{ id: string; givenName: string }>).find((p) => p.givenName === 'Sanne')?.id ?? '';

  await ok('POST', `/api/trajectories/${trajectoryId}/status`, { status: 'intake' });
  await ok('PUT', `/api/families/${familyId}/stories/story`, { body: "Wij zijn met z'n drieën.", baseVersion: 0 });
  const meeting = await ok('POST', `/api/families/${familyId}/meetings`, {
    kind: 'top3',
    heldOn: TODAY,
    participants: [
      {
        kind: 'family_member',
        name: 'Moeder',
        roleLabel: 'moeder',
        concerns: [{ concernKey: 'geld', concernLabel: 'Geldzorgen', ownWords: 'Geheime zorg in eigen woorden.' }],
      },
    ],
  });
  await ok('POST', `/api/families/${familyId}/meetings/${meeting.id}/confirm`, { order: ['geld'] });
  await ok('POST', `/api/families/${familyId}/meetings/${meeting.id}/take-over`, { baseVersion: 0 });
  await ok('PUT', `/api/families/${familyId}/plan`, { baseVersion: 1, content: { reviews: [{ date: '2026-09-01' }] } });
  await ok('POST', `/api/families/${familyId}/plan/versions/2/sign-off`, { signedOn: TODAY, signedByName: 'Sanne' });
  await ok('POST', `/api/families/${familyId}/measurements`, {
    instrument: 'positive_health',
    personId: mother,
    measuredOn: TODAY,
    scores: [
      'bodily_functions',
      'mental_wellbeing',
      'meaningfulness',
      'quality_of_life',
      'participation',
      'daily_functioning',
    ].map((item) => ({ item, score: 6 })),
  });
  await ok('POST', `/api/trajectories/${trajectoryId}/handover`, {
    toUserId: colleague.id,
    note: 'Vertrouwelijke overdrachtsnotitie.',
  });
  await ok('POST', `/api/trajectories/${trajectoryId}/close`, { endingReason: '02' });
});
afterAll(async () => {
  await t.close();
});

describe('the family timeline', () => {
  it('shows an event of every kind, newest first, the timed ones in the order they happened', async () => {
    const events = await timeline();
    // A dated event (its `at` is the date at 00:00 UTC) counts from the start of that day in the Netherlands.
    const times = events.map((e) =>
      e.allDay ? startOfDayInNetherlands(e.at.slice(0, 10)).getTime() : Date.parse(e.at),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const timed = events.filter((e) => !e.allDay).map((e) => e.kind);
    expect(timed).toEqual([
      'trajectory_closed',
      'handover',
      // Signing the plan moved the dossier on from intake to in progress.
      'status_changed',
      'plan_version',
      'plan_version',
      'meeting_taken_over',
      'top3_confirmed',
      'story_version',
      'status_changed',
      'trajectory_opened',
    ]);
    expect(
      events
        .filter((e) => e.allDay)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['measurement', 'meeting_held', 'plan_signed']);
    // Timed events carry an instant (UTC); each happened today in the Netherlands.
    expect(events.every((e) => e.allDay || dutchDate(new Date(e.at)) === TODAY)).toBe(true);
  });

  it('names who, which version and where to read more — but no notes, own words, scores or BSNs', async () => {
    const events = await timeline();
    const byKind = (kind: string) => events.filter((e) => e.kind === kind);
    expect(byKind('trajectory_opened')[0]).toMatchObject({
      params: { entryPoint: 'school' },
      actor: expect.stringMatching(/^Testpersoon/),
    });
    expect(byKind('status_changed').map((e) => e.params)).toEqual([
      { from: 'intake', to: 'in_progress' },
      { from: 'registered', to: 'intake' },
    ]);
    expect(byKind('trajectory_closed')[0]?.params).toEqual({ endingReason: '02' });
    expect(byKind('handover')[0]?.params).toEqual({
      from: expect.stringMatching(/^Testpersoon/),
      to: expect.stringMatching(/^Testpersoon/),
    });
    expect(byKind('meeting_held')[0]).toMatchObject({
      allDay: true,
      link: { to: 'meeting' },
      params: { meetingKind: 'top3' },
    });
    expect(byKind('meeting_taken_over')[0]?.params).toMatchObject({ version: 1 });
    expect(byKind('plan_version').map((e) => [e.params.version, e.params.source, e.link])).toEqual([
      [2, 'edit', { to: 'plan', version: 2 }],
      [1, 'meeting', { to: 'plan', version: 1 }],
    ]);
    expect(byKind('plan_signed')[0]?.params).toEqual({ version: 2, signedBy: 'Sanne' });
    expect(byKind('measurement')[0]?.params).toMatchObject({
      instrument: 'positive_health',
      instrumentNl: 'Positieve Gezondheid',
      person: 'Sanne',
    });
    expect(byKind('story_version')[0]?.params).toEqual({ version: 1 });
    const body = JSON.stringify(events);
    for (const secret of ['999990020', 'Vertrouwelijke', 'Geheime zorg', "z'n drieën", '"score"'])
      expect(body).not.toContain(secret);
  });

  it('filters by kind, and refuses unknown kinds', async () => {
    const events = await timeline('?kinds=plan_version,measurement');
    expect(events.map((e) => e.kind)).toEqual(['plan_version', 'plan_version', 'measurement']);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/families/${familyId}/timeline?kinds=plan_version,secrets`,
      headers: s.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'unknown_timeline_kind' });
  });

  it('is audited as one read of the family', async () => {
    const before = await t.db.kysely
      .selectFrom('audit_event')
      .select('id')
      .where('data_description', '=', 'timeline')
      .where('subject_id', '=', familyId)
      .execute();
    await timeline();
    const after = await t.db.kysely
      .selectFrom('audit_event')
      .select('id')
      .where('data_description', '=', 'timeline')
      .where('subject_id', '=', familyId)
      .execute();
    expect(after.length).toBe(before.length + 1);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/api/families/{familyId}/timeline'] ?? {})).toEqual(['get']);
  });
});
