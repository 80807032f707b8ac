// The inbox says what each item is about by reference (never a name) and counts the unread, in one
// statement; a group of repeated items is marked read at once, only the user's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { buildCoordinator, buildRequest, buildSupportFamily } from '../../test-support/support-families.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Inbox {
  items: {
    id: string;
    kind: string;
    about: { type: string; reference: string | null } | null;
    readAt: string | null;
  }[];
  unread: number;
}

describe('the inbox', () => {
  it('names the match and the family by reference and marks a group read', async () => {
    const db = t.db.kysely;
    const coordinator = await buildCoordinator(db, { municipalities: ['0193'] });
    const s = await login(t.app, coordinator.username);
    const request = await buildRequest(db);
    const family = await buildSupportFamily(db, { recordedBy: coordinator.id });
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/accept',
      headers: s.headers,
      payload: { requestId: request.id, familyId: family.id },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const matchId = accepted.json<{ id: string }>().id;
    const refs = await db
      .selectFrom('support_match as m')
      .innerJoin('support_request as r', 'r.id', 'm.request_id')
      .innerJoin('support_family as f', 'f.id', 'm.family_id')
      .select(['r.reference as r', 'f.reference as f', 'r.given_name'])
      .where('m.id', '=', matchId)
      .executeTakeFirstOrThrow();
    const fam = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: (await buildUser(db, ['professional'])).id,
    });
    const other = await buildUser(db, ['professional']);
    const ids = await db
      .insertInto('notification')
      .values([
        { user_id: coordinator.id, kind: 'support_checkin_due', link: `/buurtgezinnen/koppelingen/${matchId}` },
        { user_id: coordinator.id, kind: 'support_checkin_due', link: `/buurtgezinnen/koppelingen/${matchId}` },
        { user_id: coordinator.id, kind: 'trajectory_member_added', link: `/families/${fam.familyId}` },
        { user_id: coordinator.id, kind: 'account_created', link: '/profile' },
        { user_id: other.id, kind: 'account_created', link: '/profile' },
      ])
      .returning('id')
      .execute();
    const inbox = (await t.app.inject({ url: '/api/inbox', headers: s.headers })).json<Inbox>();
    expect(inbox.unread).toBe(4);
    const about = inbox.items.map((i) => [i.kind, i.about]);
    expect(about).toContainEqual([
      'support_checkin_due',
      { type: 'support_match', reference: `${refs.r} – ${refs.f}` },
    ]);
    expect(about).toContainEqual(['trajectory_member_added', { type: 'family', reference: fam.reference }]);
    expect(about).toContainEqual(['account_created', null]);
    expect(JSON.stringify(inbox)).not.toContain(refs.given_name);

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/inbox/read-many',
      headers: s.headers,
      payload: { ids: [ids[0]!.id, ids[1]!.id, ids[4]!.id] },
    });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/inbox', headers: s.headers })).json<Inbox>().unread).toBe(2);
    const othersItem = await db
      .selectFrom('notification')
      .select('read_at')
      .where('id', '=', ids[4]!.id)
      .executeTakeFirstOrThrow();
    expect(othersItem.read_at).toBeNull();
  });
});
