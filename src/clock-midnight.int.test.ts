// Just after midnight in the Netherlands the UTC date is still yesterday (until 01:00 in winter,
// 02:00 in summer). The paths that compare a typed date with "today" must use the Dutch date: a
// sign-off dated today is not in the future, and a contact attempt on today's date (the web form's
// default, see web/src/clock-midnight.test.ts) does not precede a signal received a few minutes earlier.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { today } from './platform/clock.js';
import { fixClock, restoreClock } from './test-support/clock.js';
import { createTestApp, login, type TestApp } from './test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from './test-support/factories.js';
import { buildSignalWorld, testBsn, type SignalWorld } from './test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});
afterEach(restoreClock);

// 00:30 in Amsterdam: winter time (UTC+1) and summer time (UTC+2).
const MOMENTS = [
  {
    name: 'winter',
    instant: '2026-03-10T23:30:00Z',
    dutchDate: '2026-03-11',
    utcDate: '2026-03-10',
    tomorrow: '2026-03-12',
  },
  {
    name: 'summer',
    instant: '2026-07-10T22:30:00Z',
    dutchDate: '2026-07-11',
    utcDate: '2026-07-10',
    tomorrow: '2026-07-12',
  },
] as const;

describe.each(MOMENTS)('at 00:30 Amsterdam time ($name)', ({ instant, dutchDate, utcDate, tomorrow }) => {
  it('a plan sign-off dated today is accepted; tomorrow is still refused as in the future', async () => {
    fixClock(instant);
    expect(today()).toBe(dutchDate);
    const db = t.db.kysely;
    const regisseur = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: regisseur.id,
    });
    const prof = await login(t.app, regisseur.username);
    const url = `/api/families/${familyId}/plan`;
    const content = { strengths: [], goals: [], actions: [] };
    const put = await t.app.inject({ method: 'PUT', url, headers: prof.headers, payload: { baseVersion: 0, content } });
    expect(put.statusCode, put.body).toBe(200);
    const signOff = (signedOn: string) =>
      t.app.inject({
        method: 'POST',
        url: `${url}/versions/1/sign-off`,
        headers: prof.headers,
        payload: { signedOn, signedByName: 'Moeder' },
      });
    const future = await signOff(tomorrow);
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'sign_off_in_future' });
    const accepted = await signOff(dutchDate);
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it('a signal received a minute ago gets the Dutch date, and a contact attempt dated today is accepted', async () => {
    fixClock(instant);
    expect(today()).toBe(dutchDate);
    const housing = await login(t.app, w.housing.user.username);
    const member = await login(t.app, w.member.username);
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/signals',
      headers: housing.headers,
      payload: {
        bsn: testBsn(instant.startsWith('2026-03') ? 7101 : 7102),
        postcode: '8011AB',
        houseNumber: '7',
        category: 'rent_arrears',
        amountCents: 120000,
        arrearsSince: '2026-01-01',
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const signal = await t.db.kysely
      .selectFrom('signal')
      .select(['id', (eb) => eb.cast<string>('signal_date', 'text').as('signal_date')])
      .where('reference', '=', submitted.json<{ reference: string }>().reference)
      .executeTakeFirstOrThrow();
    expect(signal.signal_date).toBe(dutchDate);
    const triaged = await t.app.inject({
      method: 'POST',
      url: `/api/signals/${signal.id}/triage`,
      headers: member.headers,
      payload: { outcome: 'outreach' },
    });
    expect(triaged.statusCode, triaged.body).toBe(200);
    const attempt = (attemptedOn: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/signals/${signal.id}/contact-attempts`,
        headers: member.headers,
        payload: { method: 'letter', attemptedOn, partOfDay: 'morning', reached: false },
      });
    // The UTC date is the day before the signal: what the web form used to fill in. Today's Dutch date
    // (the form's default now, web/src/clock.ts) is accepted.
    const yesterday = await attempt(utcDate);
    expect(yesterday.statusCode).toBe(400);
    expect(JSON.stringify(yesterday.json())).toContain('before_signal');
    const accepted = await attempt(today());
    expect(accepted.statusCode, accepted.body).toBe(201);
  });
});
