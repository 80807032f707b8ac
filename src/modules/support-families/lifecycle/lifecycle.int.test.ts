// A match from proposal to its end over HTTP: illegal steps 409, missing conditions 422, what each
// family may see before and after both accept, and check-in reminders on a controllable clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session, type TestApp } from '../../../test-support/app.js';
import { JobWorker } from '../../../platform/jobs/worker.js';
import { enqueue } from '../../../platform/jobs/queue.js';
import { createLogger } from '../../../platform/http/logger.js';
import {
  startAsCoordinator,
  buildCoordinator,
  buildRequest,
  buildSupportFamily,
} from '../../../test-support/support-families.js';
import { supportCheckInJob } from './checkins.js';
import { today as dutchDate } from '../../../platform/clock.js';

let t: TestApp;
let s: Session;
let coordinatorId: string;
beforeAll(async () => {
  ({ t, s, coordinatorId } = await startAsCoordinator());
});
afterAll(async () => {
  await t.close();
});

const today = () => dutchDate();
async function newMatch() {
  const db = t.db.kysely;
  const r = await buildRequest(db);
  const f = await buildSupportFamily(db, { recordedBy: coordinatorId });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/support-families/pairs/accept',
    headers: s.headers,
    payload: { requestId: r.id, familyId: f.id },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json<{ id: string }>().id, requestId: r.id, familyId: f.id };
}
const post = (url: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/support-families/matches/${url}`, headers: s.headers, payload });
const move = (id: string, to: string, extra: object = {}) => post(`${id}/transition`, { to, ...extra });
const event = (id: string, kind: string) => post(`${id}/events`, { kind, happenedOn: today() });

describe('match lifecycle', () => {
  it('walks every stage with its conditions, refusing shortcuts (409) and missing steps (422)', async () => {
    const m = await newMatch();
    expect((await move(m.id, 'active')).statusCode).toBe(409);
    expect((await move(m.id, 'trial')).statusCode).toBe(409);
    expect((await event(m.id, 'accepted_request')).statusCode).toBe(422); // not introduced yet
    expect((await event(m.id, 'introduction_request')).json()).toMatchObject({ status: 'introductions' });
    const early = await move(m.id, 'joint_introduction');
    expect(early.statusCode).toBe(422);
    expect(early.json<{ errors: Array<{ message: string }> }>().errors.map((e) => e.message)).toEqual([
      'introduction_family',
      'acceptance_request',
      'acceptance_family',
    ]);
    // Before both accept, each family is told only the other's first name and neighbourhood.
    const intro = await t.app.inject({
      method: 'GET',
      url: `/api/support-families/matches/${m.id}/introduction`,
      headers: s.headers,
    });
    expect(intro.json()).toMatchObject({
      bothAccepted: false,
      toRequestFamily: { contact: null, otherNeighbourhood: 'Binnenstad' },
      toSupportFamily: { contact: null },
    });
    expect(intro.body).not.toContain('Steungezin');
    expect(intro.body).not.toContain('steun@example.invalid');
    for (const k of ['introduction_family', 'accepted_request', 'accepted_family'])
      expect((await event(m.id, k)).statusCode).toBe(200);
    const open = await t.app.inject({
      method: 'GET',
      url: `/api/support-families/matches/${m.id}/introduction`,
      headers: s.headers,
    });
    expect(open.json()).toMatchObject({
      bothAccepted: true,
      toRequestFamily: { contact: { familyName: 'Steungezin', email: 'steun@example.invalid' } },
    });
    expect((await move(m.id, 'joint_introduction')).statusCode).toBe(200);
    expect((await event(m.id, 'introduction_request')).statusCode).toBe(409);
    expect((await move(m.id, 'trial')).statusCode).toBe(200);
    expect((await move(m.id, 'active')).json()).toMatchObject({ code: 'match_precondition_missing' });
    expect(
      (await post(`${m.id}/agreements`, { what: 'Huiswerk maken', howOften: 'woensdag- en vrijdagmiddag' })).statusCode,
    ).toBe(200);
    const active = await move(m.id, 'active');
    expect(active.statusCode).toBe(200);
    expect(active.json()).toMatchObject({
      status: 'active',
      next: ['evaluated', 'ended'],
      agreements: [{ what: 'Huiswerk maken' }],
    });
    expect((await move(m.id, 'evaluated')).statusCode).toBe(422);
    expect((await move(m.id, 'evaluated', { evaluation: 'Gaat goed' })).statusCode).toBe(200);
    expect((await move(m.id, 'ended')).statusCode).toBe(422);
    const ended = await move(m.id, 'ended', { endReason: 'goal_reached' });
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: 'goal_reached', next: [] });
    expect((await move(m.id, 'active')).statusCode).toBe(409);
    expect((await event(m.id, 'checkin')).statusCode).toBe(409);
    const req = await t.app.inject({
      method: 'GET',
      url: `/api/support-families/requests/${m.requestId}`,
      headers: s.headers,
    });
    expect(req.json()).toMatchObject({ status: 'closed' });
  });

  it('reopens the request when the families did not click before the support started', async () => {
    const m = await newMatch();
    expect((await move(m.id, 'ended', { endReason: 'no_click' })).statusCode).toBe(200);
    const req = await t.app.inject({
      method: 'GET',
      url: `/api/support-families/requests/${m.requestId}`,
      headers: s.headers,
    });
    expect(req.json()).toMatchObject({ status: 'open' });
  });

  it('notes interest in becoming a foster family on the support family', async () => {
    const m = await newMatch();
    expect(
      (
        await post(`${m.id}/events`, { kind: 'foster_interest', happenedOn: today(), note: 'Willen pleeggezin worden' })
      ).json(),
    ).toMatchObject({ fosterInterest: true });
  });
});

describe('check-in reminders (background job, controllable clock)', () => {
  it("creates each configured reminder once when it falls due and tells the area's coordinator", async () => {
    const db = t.db.kysely;
    const m = await newMatch();
    const started = new Date('2026-03-02T09:00:00Z');
    await db
      .updateTable('support_match')
      .set({ status: 'active', started_at: started })
      .where('id', '=', m.id)
      .execute();
    let now = new Date(started.getTime() + 41 * 86_400_000);
    const worker = new JobWorker(db, createLogger('silent'), 'test').register(
      'support.checkins',
      supportCheckInJob(() => now),
    );
    const run = async () => {
      await enqueue(db, 'support.checkins');
      await worker.drain();
    };
    const reminders = () =>
      db
        .selectFrom('support_match_reminder')
        .select(['offset_days', 'done_at'])
        .where('match_id', '=', m.id)
        .orderBy('offset_days')
        .execute();
    const inbox = () =>
      db
        .selectFrom('notification')
        .select('link')
        .where('user_id', '=', coordinatorId)
        .where('kind', '=', 'support_checkin_due')
        .execute();
    await run();
    expect(await reminders()).toEqual([]);
    now = new Date(started.getTime() + 43 * 86_400_000);
    await run();
    await run();
    expect((await reminders()).map((r) => r.offset_days)).toEqual([42]);
    expect(await inbox()).toEqual([{ link: `/buurtgezinnen/koppelingen/${m.id}` }]);
    const listed = await t.app.inject({ method: 'GET', url: '/api/support-families/reminders', headers: s.headers });
    const item = listed.json<{ items: Array<{ id: number; matchId: string }> }>().items.find((r) => r.matchId === m.id);
    expect(item).toBeDefined();
    now = new Date(started.getTime() + 92 * 86_400_000);
    await run();
    expect((await reminders()).map((r) => r.offset_days)).toEqual([42, 91]);
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/support-families/reminders/${item?.id ?? 0}/done`,
      headers: s.headers,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/support-families/reminders/${item?.id ?? 0}/done`,
          headers: s.headers,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('uses the configured days', async () => {
    // The shared settings are a regional coordinator's (docs/support-families.md, "Shared configuration").
    const regional = await login(t.app, (await buildCoordinator(t.db.kysely, { regions: ['TEST'] })).username);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/support-families/settings',
      headers: regional.headers,
      payload: { vogValidityMonths: 24, checkinDays: [14] },
    });
    expect(res.json()).toMatchObject({ vogValidityMonths: 24, checkinDays: [14] });
    const db = t.db.kysely;
    const m = await newMatch();
    const started = new Date('2026-01-05T09:00:00Z');
    await db
      .updateTable('support_match')
      .set({ status: 'trial', started_at: started })
      .where('id', '=', m.id)
      .execute();
    const worker = new JobWorker(db, createLogger('silent'), 'test').register(
      'support.checkins',
      supportCheckInJob(() => new Date(started.getTime() + 15 * 86_400_000)),
    );
    await enqueue(db, 'support.checkins');
    await worker.drain();
    expect(
      (await db.selectFrom('support_match_reminder').select('offset_days').where('match_id', '=', m.id).execute()).map(
        (r) => r.offset_days,
      ),
    ).toEqual([14]);
  });
});
