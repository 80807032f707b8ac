// Two safeguards of the lifecycle: a pair that ended with "no click" is not proposed again (neither
// in the request's suggestions nor in the overall proposal); and a support family whose VOG
// expired while the match was under way cannot move on to where it meets the child (422).
import { subDays, subMonths } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp } from '../../../test-support/app.js';
import { startAsCoordinator, buildRequest, buildSupportFamily } from '../../../test-support/support-families.js';
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

const B = '/api/support-families';
const today = () => dutchDate();
const post = (url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `${B}/${url}`, headers: s.headers, payload });
const accept = async (requestId: string, familyId: string) => {
  const res = await post('pairs/accept', { requestId, familyId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};

describe('after a "no click" ending', () => {
  it('the same support family is not proposed again for that request', async () => {
    const db = t.db.kysely;
    const request = await buildRequest(db);
    const family = await buildSupportFamily(db, { recordedBy: coordinatorId, maxFamilies: 2 });
    const match = await accept(request.id, family.id);
    expect((await post(`matches/${match}/transition`, { to: 'ended', endReason: 'no_click' })).statusCode).toBe(200);
    const suggestions = (
      await t.app.inject({ method: 'GET', url: `${B}/requests/${request.id}/suggestions`, headers: s.headers })
    ).json<{ items: Array<{ family: { id: string } }>; notEligible: { rejected: number } }>();
    expect(suggestions.items.map((x) => x.family.id)).not.toContain(family.id);
    expect(suggestions.notEligible.rejected).toBe(1);
    const proposal = (await post('assignment')).json<{
      pairs: Array<{ request: { id: string }; family: { id: string } }>;
    }>();
    expect(proposal.pairs.some((p) => p.request.id === request.id && p.family.id === family.id)).toBe(false);
  });

  it('another reason to end does not rule the pair out', async () => {
    const db = t.db.kysely;
    const request = await buildRequest(db);
    const family = await buildSupportFamily(db, { recordedBy: coordinatorId });
    const match = await accept(request.id, family.id);
    expect((await post(`matches/${match}/transition`, { to: 'ended', endReason: 'moved' })).statusCode).toBe(200);
    expect(
      await db.selectFrom('support_pair_rejection').select('family_id').where('request_id', '=', request.id).execute(),
    ).toEqual([]);
  });
});

describe('a VOG that expired while the match was under way', () => {
  it('stops the joint introduction, the trial and active with 422 support_family_vog_expired; a new VOG lets it go on', async () => {
    const db = t.db.kysely;
    // VOG 36 months ago minus a few days: valid when proposed, expired by the time we go on.
    const family = await buildSupportFamily(db, {
      recordedBy: coordinatorId,
      vogOn: dutchDate(subDays(subMonths(new Date(), 36), -3)),
    });
    const match = await accept((await buildRequest(db)).id, family.id);
    for (const kind of ['introduction_request', 'introduction_family', 'accepted_request', 'accepted_family']) {
      expect((await post(`matches/${match}/events`, { kind, happenedOn: today() })).statusCode).toBe(200);
    }
    const expire = () =>
      db
        .updateTable('support_screening_step')
        .set({ done_on: dutchDate(subMonths(new Date(), 37)) })
        .where('family_id', '=', family.id)
        .where('step', '=', 'vog')
        .execute();
    await expire();
    const refused = await post(`matches/${match}/transition`, { to: 'joint_introduction' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'support_family_vog_expired' });
    expect(
      (await t.app.inject({ method: 'GET', url: `${B}/matches/${match}`, headers: s.headers })).json(),
    ).toMatchObject({ status: 'introductions' });

    const renew = () => post(`families/${family.id}/screening`, { step: 'vog', doneOn: today() });
    expect((await renew()).statusCode).toBe(200);
    expect((await post(`matches/${match}/transition`, { to: 'joint_introduction' })).statusCode).toBe(200);
    for (const [to, extra] of [
      ['trial', {}],
      ['active', {}],
    ] as const) {
      await expire();
      const res = await post(`matches/${match}/transition`, { to, ...extra });
      expect(res.json(), to).toMatchObject({ code: 'support_family_vog_expired' });
      await db
        .deleteFrom('support_screening_step')
        .where('family_id', '=', family.id)
        .where('step', '=', 'vog')
        .where('done_on', '=', today())
        .execute();
      expect((await renew()).statusCode).toBe(200);
      if (to === 'active')
        expect(
          (await post(`matches/${match}/agreements`, { what: 'Huiswerk', howOften: 'elke week' })).statusCode,
        ).toBe(200);
      expect((await post(`matches/${match}/transition`, { to })).statusCode, to).toBe(200);
    }
    // Ending is always possible, VOG or not.
    await expire();
    await db
      .deleteFrom('support_screening_step')
      .where('family_id', '=', family.id)
      .where('step', '=', 'vog')
      .where('done_on', '=', today())
      .execute();
    expect(
      (await post(`matches/${match}/transition`, { to: 'ended', endReason: 'support_family_withdrew' })).statusCode,
    ).toBe(200);
  });
});
