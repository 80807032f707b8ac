// The start page's caseload and the team lead's view: exactly the right families, with plan
// deadline, review dates, overdue actions and new meeting results computed from the stored plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { addDays, format, parseISO } from 'date-fns';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let team: string;
let regisseur: { id: string; username: string };
let member: { id: string; username: string };
let other: { id: string; username: string };
let lead: { id: string; username: string };
let rs: Session;
const fam: Record<
  'late' | 'memberOf' | 'closed' | 'others' | 'dueSoon' | 'met',
  { familyId: string; reference: string; trajectoryId: string }
> = {} as never;

// Calendar days from today in the Netherlands. Not "now ± n × 24 h": across a change of daylight saving
// time that lands on another date between 22:00 and 23:00 UTC (CI failed on exactly that).
const day = (offset: number) => format(addDays(parseISO(dutchDate()), offset), 'yyyy-MM-dd');

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  team = await buildTeam(db);
  [regisseur, member, other, lead] = [
    await buildUser(db, ['professional']),
    await buildUser(db, ['professional']),
    await buildUser(db, ['professional']),
    await buildUser(db, ['team_lead']),
  ];
  for (const u of [regisseur, member, other]) await addToTeam(db, team, u.id);
  await addToTeam(db, team, lead.id, true);
  rs = await login(t.app, regisseur.username);
  const build = (
    regisseurId: string,
    status: 'intake' | 'in_progress' | 'closed' = 'in_progress',
    members: string[] = [],
  ) => buildFamilyWithTrajectory(db, { teamId: team, regisseurId, status, members });
  fam.late = await build(regisseur.id);
  fam.memberOf = await build(other.id, 'intake', [regisseur.id]);
  fam.closed = await build(regisseur.id, 'closed');
  fam.others = await build(other.id);
  fam.dueSoon = await build(regisseur.id);
  fam.met = await build(regisseur.id);
  const opened = async (f: { trajectoryId: string }, daysAgo: number) =>
    db
      .updateTable('trajectory')
      // Noon UTC of that Dutch date: 13:00 or 14:00 in the Netherlands, the same calendar date.
      .set({ opened_at: new Date(`${day(-daysAgo)}T12:00:00Z`) })
      .where('id', '=', f.trajectoryId)
      .execute();
  await opened(fam.late, 60);
  await opened(fam.dueSoon, 38);
  await opened(fam.met, 10);

  const owner = { kind: 'family_member', name: 'Moeder' };
  const put = await t.app.inject({
    method: 'PUT',
    url: `/api/families/${fam.late.familyId}/plan`,
    headers: rs.headers,
    payload: {
      baseVersion: 0,
      content: {
        actions: [
          { what: 'Schuldhulp bellen', owner, due: day(-3), status: 'open' },
          { what: 'Huisarts', owner, due: day(-10), status: 'in_progress' },
          { what: 'Klaar', owner, due: day(-5), status: 'done' },
          { what: 'Afgezegd', owner, due: day(-5), status: 'cancelled' },
          { what: 'Later', owner, due: day(5), status: 'open' },
          { what: 'Zonder datum', owner },
        ],
        reviews: [{ date: day(-20) }, { date: day(30) }, { date: day(12) }],
      },
    },
  });
  expect(put.statusCode, put.body).toBe(200);
  const metPlan = await t.app.inject({
    method: 'PUT',
    url: `/api/families/${fam.met.familyId}/plan`,
    headers: rs.headers,
    payload: { baseVersion: 0, content: { goals: [{ domain: 'housing', what: 'Een eigen kamer' }] } },
  });
  expect(metPlan.statusCode, metPlan.body).toBe(200);
  const signed = await t.app.inject({
    method: 'POST',
    url: `/api/families/${fam.met.familyId}/plan/versions/1/sign-off`,
    headers: rs.headers,
    payload: { signedOn: day(0), signedByName: 'Vader' },
  });
  expect(signed.statusCode, signed.body).toBe(201);

  // A confirmed top-3 not yet taken over, and an older one that was (plan_version set).
  const meeting = (familyId: string, heldOn: string, confirmedDaysAgo: number, planVersion: number | null) =>
    db
      .insertInto('meeting')
      .values({
        family_id: familyId,
        kind: 'top3',
        held_on: heldOn,
        created_by: regisseur.id,
        confirmed_by: regisseur.id,
        confirmed_at: new Date(`${day(-confirmedDaysAgo)}T12:00:00Z`),
        plan_version: planVersion,
      })
      .execute();
  await meeting(fam.late.familyId, day(-2), 1, null);
  await meeting(fam.late.familyId, day(-40), 40, null);
  await meeting(fam.met.familyId, day(-9), 8, 1);
});
afterAll(async () => {
  await t.close();
});

type Item = {
  familyId: string;
  familyReference: string;
  myRole: string;
  trajectoryStatus: string;
  nextReviewOn: string | null;
  overdueActions: number;
  newMeetingResults: number;
  lastConfirmedMeetingOn: string | null;
  planVersion: number | null;
  deadline: { state: string; dueOn: string | null; daysLeft: number | null };
};

describe('GET /api/me/caseload', () => {
  it("lists the open families where I am regisseur or member — not closed ones, not colleagues' — audited once", async () => {
    const auditBefore = await t.db.kysely
      .selectFrom('audit_event')
      .select('id')
      .where('event', '=', 'caseload.search')
      .where('actor_user_id', '=', regisseur.id)
      .execute();
    const res = await t.app.inject({ method: 'GET', url: '/api/me/caseload', headers: rs.headers });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: Item[] }>().items;
    expect(items.map((i) => i.familyId).sort()).toEqual(
      [fam.late, fam.memberOf, fam.dueSoon, fam.met].map((f) => f.familyId).sort(),
    );
    expect(items.find((i) => i.familyId === fam.memberOf.familyId)).toMatchObject({
      myRole: 'member',
      trajectoryStatus: 'intake',
      planVersion: null,
      deadline: { state: 'on_track' },
    });
    expect(items.find((i) => i.familyId === fam.late.familyId)?.myRole).toBe('regisseur');
    const auditAfter = await t.db.kysely
      .selectFrom('audit_event')
      .select('id')
      .where('event', '=', 'caseload.search')
      .where('actor_user_id', '=', regisseur.id)
      .execute();
    expect(auditAfter.length).toBe(auditBefore.length + 1);
  });

  it('computes review date, overdue actions, deadline state and new meeting results', async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/me/caseload', headers: rs.headers })).json<{
      items: Item[];
    }>().items;
    const byId = (f: { familyId: string }) => items.find((i) => i.familyId === f.familyId);
    expect(byId(fam.late)).toMatchObject({
      nextReviewOn: day(12),
      overdueActions: 2,
      newMeetingResults: 1,
      lastConfirmedMeetingOn: day(-2),
      planVersion: 1,
      deadline: { state: 'late', dueOn: day(-18), daysLeft: -18 },
    });
    expect(byId(fam.dueSoon)).toMatchObject({
      nextReviewOn: null,
      overdueActions: 0,
      newMeetingResults: 0,
      lastConfirmedMeetingOn: null,
      deadline: { state: 'due_soon', daysLeft: 4 },
    });
    expect(byId(fam.met)).toMatchObject({
      newMeetingResults: 0,
      lastConfirmedMeetingOn: day(-9),
      deadline: { state: 'met' },
    });
  });

  it('puts what needs attention first: the late plan, then the plan due soon, then on track, then met — and says it is complete', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/me/caseload', headers: rs.headers })).json<{
      items: Item[];
      total: number;
    }>();
    expect(body.items.map((i) => i.familyId)).toEqual(
      [fam.late, fam.dueSoon, fam.memberOf, fam.met].map((f) => f.familyId),
    );
    expect(body.total).toBe(4);
  });

  it('pages on the server with the real count, searches by dossier number in a POST body, sorts by number', async () => {
    const pages = [];
    for (const page of [1, 2, 3, 4, 5])
      pages.push(
        (
          await t.app.inject({ method: 'GET', url: `/api/me/caseload?pageSize=1&page=${page}`, headers: rs.headers })
        ).json<{ items: Item[]; total: number }>(),
      );
    expect(pages.map((p) => p.total)).toEqual([4, 4, 4, 4, 4]);
    expect(pages.flatMap((p) => p.items.map((i) => i.familyId))).toEqual(
      [fam.late, fam.dueSoon, fam.memberOf, fam.met].map((f) => f.familyId),
    );
    const found = await t.app.inject({
      method: 'POST',
      url: '/api/me/caseload/search',
      headers: rs.headers,
      payload: { q: fam.met.reference.toLowerCase() },
    });
    expect(found.json<{ items: Item[]; total: number }>()).toMatchObject({
      total: 1,
      items: [{ familyId: fam.met.familyId }],
    });
    const byNumber = (
      await t.app.inject({ method: 'GET', url: '/api/me/caseload?sort=reference', headers: rs.headers })
    ).json<{ items: Item[] }>().items;
    const refs = byNumber.map((i) => i.familyReference);
    expect(refs).toEqual([...refs].sort());
    // A name never goes in a URL: the GET list refuses a search text.
    expect((await t.app.inject({ method: 'GET', url: '/api/me/caseload?q=x', headers: rs.headers })).statusCode).toBe(
      400,
    );
  });

  it("is empty for a professional without families, and shows the member's view to the member", async () => {
    const none = await buildUser(t.db.kysely, ['professional']);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/me/caseload',
          headers: (await login(t.app, none.username)).headers,
        })
      ).json(),
    ).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    const others = (
      await t.app.inject({
        method: 'GET',
        url: '/api/me/caseload',
        headers: (await login(t.app, other.username)).headers,
      })
    ).json<{ items: Item[] }>().items;
    expect(others.map((i) => [i.familyId, i.myRole]).sort()).toEqual(
      [
        [fam.memberOf.familyId, 'regisseur'],
        [fam.others.familyId, 'regisseur'],
      ].sort(),
    );
  });
});

describe('GET /api/teams/:teamId/caseload', () => {
  it('shows the lead the open trajectories per regisseur with counts by status, and reassigning moves the count', async () => {
    const ls = await login(t.app, lead.username);
    const get = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/teams/${team}/caseload`, headers: ls.headers })).json<{
        regisseurs: Array<{ userId: string; open: number; isLead: boolean; byStatus: Record<string, number> }>;
        trajectories: Array<{ trajectoryId: string; regisseurId: string }>;
      }>();
    const view = await get();
    const of = (v: typeof view, id: string) => v.regisseurs.find((r) => r.userId === id);
    expect(of(view, regisseur.id)).toMatchObject({
      open: 3,
      byStatus: { in_progress: 3, intake: 0, registered: 0, plan: 0, evaluation: 0 },
    });
    expect(of(view, other.id)).toMatchObject({ open: 2, byStatus: { intake: 1, in_progress: 1 } });
    expect(of(view, member.id)).toMatchObject({ open: 0 });
    expect(of(view, lead.id)?.isLead).toBe(true);
    expect(view.trajectories.map((x) => x.trajectoryId)).not.toContain(fam.closed.trajectoryId);
    expect(view.trajectories).toHaveLength(5);

    const handover = await t.app.inject({
      method: 'POST',
      url: `/api/trajectories/${fam.others.trajectoryId}/handover`,
      headers: ls.headers,
      payload: { toUserId: member.id, note: 'Balans in de caseload' },
    });
    expect(handover.statusCode, handover.body).toBe(200);
    const after = await get();
    expect(of(after, member.id)?.open).toBe(1);
    expect(of(after, other.id)?.open).toBe(1);
  });
});

describe('GET /api/teams/:teamId/caseload — paging and filters', () => {
  type View = {
    page: { total: number; limit: number; offset: number };
    regisseurs: Array<{ userId: string; open: number; planLate: number }>;
    trajectories: Array<{ trajectoryId: string; regisseurId: string; status: string; deadline: { state: string } }>;
  };
  const get = async (qs: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/teams/${team}/caseload${qs}`,
      headers: (await login(t.app, lead.username)).headers,
    });
    return res;
  };
  const view = async (qs: string) => {
    const res = await get(qs);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<View>();
  };

  it('pages through the open trajectories with a total, without gaps or repeats', async () => {
    const all = await view('');
    expect(all.page).toEqual({ total: all.trajectories.length, limit: 50, offset: 0 });
    const seen: string[] = [];
    for (let offset = 0; offset < all.page.total; offset += 2) {
      const page = await view(`?limit=2&offset=${offset}`);
      expect(page.page).toEqual({ total: all.page.total, limit: 2, offset });
      expect(page.trajectories.length).toBe(Math.min(2, all.page.total - offset));
      seen.push(...page.trajectories.map((x) => x.trajectoryId));
    }
    expect(seen).toEqual(all.trajectories.map((x) => x.trajectoryId));
    expect((await view(`?offset=${all.page.total}`)).trajectories).toEqual([]);
  });

  it('filters by regisseur, status and plan late; the load per regisseur stays unfiltered and counts late plans', async () => {
    const all = await view('');
    const mine = await view(`?regisseur=${regisseur.id}`);
    expect(mine.trajectories.map((x) => x.trajectoryId).sort()).toEqual(
      [fam.late, fam.dueSoon, fam.met].map((f) => f.trajectoryId).sort(),
    );
    expect(mine.page.total).toBe(3);
    expect(mine.regisseurs).toEqual(all.regisseurs);
    const intake = await view('?status=intake');
    expect(intake.trajectories.map((x) => x.trajectoryId)).toEqual([fam.memberOf.trajectoryId]);
    const late = await view('?planLate=true');
    expect(late.trajectories.map((x) => x.trajectoryId)).toEqual([fam.late.trajectoryId]);
    expect(late.trajectories[0]?.deadline.state).toBe('late');
    const notLate = await view('?planLate=false');
    expect(notLate.page.total).toBe(all.page.total - 1);
    expect(notLate.trajectories.every((x) => x.deadline.state !== 'late')).toBe(true);
    expect((await view(`?regisseur=${regisseur.id}&planLate=true&status=in_progress`)).page.total).toBe(1);
    expect((await view(`?regisseur=${other.id}&planLate=true`)).page.total).toBe(0);
    expect(all.regisseurs.find((r) => r.userId === regisseur.id)?.planLate).toBe(1);
    expect(all.regisseurs.find((r) => r.userId === other.id)?.planLate).toBe(0);
  });

  it('refuses bad paging and filters with 400', async () => {
    for (const qs of [
      '?limit=0',
      '?limit=201',
      '?offset=-1',
      '?limit=abc',
      '?status=closed',
      '?status=open',
      '?regisseur=nobody',
      '?planLate=yes',
      '?page=2',
    ]) {
      const res = await get(qs);
      expect(res.statusCode, `${qs} ${res.body}`).toBe(400);
    }
  });
});
