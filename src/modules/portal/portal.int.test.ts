// What each household member sees of the plan, and what the family does in it: the 16-year-old shields
// a part and the parent no longer sees it; a mother marks her action done (a new plan version) and
// proposes a goal the regisseur takes over; nothing shielded and no BSN ever leaves the portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test-support/app.js';
import { buildPortalWorld, type PortalWorld } from '../../test-support/portal.js';
import type { PortalPlan } from './schemas.js';

let t: TestApp;
let w: PortalWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildPortalWorld(t);
});
afterAll(async () => {
  await t.close();
});

async function plan(s: Session): Promise<PortalPlan> {
  const res = await t.app.inject({ method: 'GET', url: `/api/portal/families/${w.familyId}/plan`, headers: s.headers });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.body).not.toMatch(/bsn/i);
  return res.json<PortalPlan>();
}
const ids = (items: Array<{ id: string }> | undefined) => (items ?? []).map((i) => i.id).sort();

describe('the portal plan', () => {
  it('shows each household member what the law lets them see', async () => {
    const mum = await plan(w.mum);
    expect(ids(mum.plan?.strengths)).toEqual(['sShared']);
    expect(ids(mum.plan?.goals)).toEqual(['gShared', 'gTeen', 'gYouth']);
    expect(mum.plan?.actions.find((a) => a.id === 'aMum')?.canMarkDone).toBe(true);
    expect(mum.plan?.concerns[0]?.voices).toEqual(['Moeder: de rekeningen stapelen zich op']);
    const dad = await plan(w.dad);
    expect(ids(dad.plan?.goals)).toEqual(['gDad']);
    expect(dad.plan?.strengths).toEqual([]);
    const teen = await plan(w.teen);
    expect(ids(teen.plan?.goals)).toEqual(['gShared', 'gTeen']);
    const youth = await plan(w.youth);
    expect(ids(youth.plan?.goals)).toEqual(['gShared', 'gYouth']);
    expect(youth.plan?.goals.find((g) => g.id === 'gYouth')?.canShield).toBe(true);
  });

  it('the timeline shows plan versions only to who sees the shared plan', async () => {
    const kinds = async (s: Session) => {
      const url = `/api/portal/families/${w.familyId}/timeline`;
      const res = await t.app.inject({ method: 'GET', url, headers: s.headers });
      expect(res.statusCode, res.body).toBe(200);
      return new Set(res.json<{ events: Array<{ kind: string }> }>().events.map((e) => e.kind));
    };
    expect(await kinds(w.mum)).toContain('plan_version');
    expect(await kinds(w.teen)).toContain('plan_version');
    expect(await kinds(w.dad)).not.toContain('plan_version');
    expect(await kinds(w.dad)).not.toContain('plan_signed');
  });

  it('a 16-year-old shields a part from the parent, who then no longer sees it', async () => {
    const url = `/api/portal/families/${w.familyId}/plan/items/gYouth/shield`;
    const res = await t.app.inject({ method: 'PUT', url, headers: w.youth.headers, payload: { shielded: true } });
    expect(res.statusCode, res.body).toBe(204);
    expect(ids((await plan(w.mum)).plan?.goals)).toEqual(['gShared', 'gTeen']);
    const own = (await plan(w.youth)).plan?.goals.find((g) => g.id === 'gYouth');
    expect(own?.shieldedFromParents).toBe(true);
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['outcome', 'client_ref'])
      .where('event', '=', 'portal.part_shielded')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('a mother marks her action done as a new plan version, audited', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/portal/families/${w.familyId}/plan/actions/aMum/done`,
      headers: w.mum.headers,
    });
    expect(res.statusCode, res.body).toBe(204);
    const after = await plan(w.mum);
    expect(after.plan?.version).toBe(2);
    expect(after.plan?.actions.find((a) => a.id === 'aMum')?.status).toBe('done');
    const rows = await t.db.kysely
      .selectFrom('audit_event')
      .select('outcome')
      .where('event', '=', 'portal.action_done')
      .execute();
    expect(rows).toEqual([{ outcome: 'allowed' }]);
  });

  it('a proposed goal lands with the regisseur, who takes it into the plan', async () => {
    const made = await t.app.inject({
      method: 'POST',
      url: `/api/portal/families/${w.familyId}/proposals`,
      headers: w.mum.headers,
      payload: { kind: 'goal', body: 'Eén keer per week samen sporten' },
    });
    expect(made.statusCode, made.body).toBe(201);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/families/${w.familyId}/proposals`,
      headers: w.regisseur.headers,
    });
    expect(list.json<{ canAnswer: boolean; items: Array<{ id: string; status: string }> }>()).toMatchObject({
      canAnswer: true,
      items: [{ id: made.json<{ id: string }>().id, status: 'open' }],
    });
    const url = `/api/families/${w.familyId}/proposals/${made.json<{ id: string }>().id}/answer`;
    const noReason = await t.app.inject({
      method: 'POST',
      url,
      headers: w.regisseur.headers,
      payload: { outcome: 'declined' },
    });
    expect(noReason.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url,
      headers: w.regisseur.headers,
      payload: { outcome: 'accepted' },
    });
    expect(ok.statusCode, ok.body).toBe(204);
    const mum = await plan(w.mum);
    expect(mum.proposals[0]).toMatchObject({ status: 'accepted' });
    expect(mum.plan?.goals.some((g) => g.what === 'Eén keer per week samen sporten')).toBe(true);
    // The family hears there is an answer, in its inbox: a kind and a link, never what was answered.
    const inbox = await t.app.inject({ method: 'GET', url: '/api/inbox', headers: w.mum.headers });
    expect(JSON.stringify(inbox.json())).toContain('family_proposal_answered');
    expect(inbox.body).not.toContain('samen sporten');
  });

  it('the privacy officer sees the shield with its reason; the family never sees the item', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/privacy/shields', headers: w.privacy.headers });
    expect(res.json<{ items: Array<{ itemRef: string; reason: string }> }>().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ itemRef: 'sSecret', reason: 'third_party_privacy' })]),
    );
    for (const s of [w.mum, w.dad, w.teen, w.youth]) expect(JSON.stringify(await plan(s))).not.toContain('sSecret');
  });

  it('another family cannot be read, and the portal team page has no referral index', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/portal/families/${w.otherFamilyId}/plan`,
      headers: w.mum.headers,
    });
    expect(res.statusCode).toBe(403);
    const team = await t.app.inject({
      method: 'GET',
      url: `/api/portal/families/${w.familyId}/team`,
      headers: w.mum.headers,
    });
    expect(team.json()).toMatchObject({ people: [{ regisseur: true, email: 'regisseur@example.test' }] });
    expect(team.body).not.toMatch(/involvement|verwijsindex/i);
  });
});
