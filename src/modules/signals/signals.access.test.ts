// Who may use the signal routes: role × relationship (own partner organisation or not, member of the
// routed team, regisseur the signal was routed to, lead, outsider) × signal state. Every refusal is
// a 403 with a 'denied' audit entry; anonymous calls are 401. Signallers never read a signal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/db/schema.js';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';
import { buildSignaller, buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';
import { checkActorMatrix } from '../../test-support/access-matrix.js';

let t: TestApp;
let w: SignalWorld;
const actors = new Map<string, Session | undefined>();
let n = 5000;
let teamSignal: string;
let regisseurSignal: string;
let pickedUp: string;
let closed: string;
let batchId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  w = await buildSignalWorld(db);
  const regisseur = await buildUser(db, ['professional']);
  const otherTeam = await buildTeam(db);
  await db.insertInto('team_membership').values({ team_id: otherTeam, user_id: regisseur.id }).execute();
  const { familyId } = await buildFamilyWithTrajectory(db, { teamId: otherTeam, regisseurId: regisseur.id });
  await buildPerson(db, familyId, { kind: 'parent', bsn: testBsn(4242) });
  const outsiderPro = await buildUser(db, ['professional', 'team_lead']);
  await db
    .insertInto('team_membership')
    .values({ team_id: await buildTeam(db), user_id: outsiderPro.id, is_lead: true })
    .execute();
  const otherHousing = await buildSignaller(db, 'housing_corporation');
  const carrierSignaller = await buildSignaller(db, 'neighbourhood_team_carrier');
  actors.set('anonymous', undefined);
  actors.set('housing signaller (own organisation)', await login(t.app, w.housing.user.username));
  actors.set('housing signaller (other organisation)', await login(t.app, otherHousing.user.username));
  actors.set('signaller of an organisation that does not signal', await login(t.app, carrierSignaller.user.username));
  actors.set('team member', await login(t.app, w.member.username));
  actors.set('team lead', await login(t.app, w.lead.username));
  actors.set('regisseur routed to', await login(t.app, regisseur.username));
  actors.set('care worker of another team', await login(t.app, outsiderPro.username));
  for (const role of ROLES)
    actors.set(`${role} without relationship`, await login(t.app, (await buildUser(db, [role])).username));

  const housing = actors.get('housing signaller (own organisation)') as Session;
  const make = async (over: object = {}) => {
    n += 1;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/signals',
      headers: housing.headers,
      payload: {
        bsn: testBsn(n),
        postcode: '8011AB',
        houseNumber: '1',
        category: 'rent_arrears',
        amountCents: 50000,
        arrearsSince: '2026-05-01',
        signalDate: '2026-08-01',
        ...over,
      },
    });
    return (
      await db
        .selectFrom('signal')
        .select('id')
        .where('reference', '=', res.json<{ reference: string }>().reference)
        .executeTakeFirstOrThrow()
    ).id;
  };
  teamSignal = await make();
  regisseurSignal = await make({ bsn: testBsn(4242) });
  pickedUp = await make();
  closed = await make();
  const member = actors.get('team member') as Session;
  await t.app.inject({
    method: 'POST',
    url: `/api/signals/${pickedUp}/triage`,
    headers: member.headers,
    payload: { outcome: 'outreach' },
  });
  await t.app.inject({
    method: 'POST',
    url: `/api/signals/${closed}/triage`,
    headers: member.headers,
    payload: { outcome: 'no_action', reason: 'Al bekend en afgelost.' },
  });
  const up = await t.app.inject({
    method: 'POST',
    url: '/api/signals/uploads',
    headers: { ...housing.headers, 'content-type': 'text/csv' },
    payload: 'postcode;huisnummer\n8011AB;1\n',
  });
  batchId = up.json<{ id: string }>().id;
});
afterAll(async () => {
  await t.close();
});

/** Actors the matrix ran, so the role check below proves they were in it rather than merely built. */
const ran = new Set<string>();

const SUBMITTER = ['housing signaller (own organisation)', 'housing signaller (other organisation)'];
const TEAM = ['team member', 'team lead'];

describe('signal routes', () => {
  it("submitting and following one's own submissions: signallers of signalling organisations only", async () => {
    n += 100;
    await checkActorMatrix(
      t,
      actors,
      [
        {
          name: 'submit',
          method: 'POST',
          url: () => '/api/signals',
          payload: () => ({
            bsn: testBsn(++n),
            postcode: '8011AC',
            houseNumber: '2',
            category: 'rent_arrears',
            amountCents: 1000,
            arrearsSince: '2026-01-01',
            signalDate: '2026-03-01',
          }),
          allowed: SUBMITTER,
        },
        {
          name: 'upload',
          method: 'POST',
          url: () => '/api/signals/uploads',
          headers: { 'content-type': 'text/csv' },
          payload: () => 'postcode;huisnummer\n8011AB;1\n',
          allowed: SUBMITTER,
        },
        { name: 'list uploads', method: 'GET', url: () => '/api/signals/uploads', allowed: SUBMITTER },
        {
          name: 'upload report',
          method: 'GET',
          url: () => `/api/signals/uploads/${batchId}`,
          allowed: ['housing signaller (own organisation)'],
        },
        { name: 'own submissions', method: 'GET', url: () => '/api/signals/submissions', allowed: SUBMITTER },
      ],
      ran,
    );
  });

  it('the queue: members of the team only; the team picker is open to everyone logged in (no personal data)', async () => {
    await checkActorMatrix(
      t,
      actors,
      [
        { name: 'queue', method: 'GET', url: () => `/api/signals/queue?teamId=${w.teamId}`, allowed: TEAM },
        {
          name: 'queue search',
          method: 'POST',
          url: () => '/api/signals/queue/search',
          payload: () => ({ teamId: w.teamId, q: 'Jansen' }),
          allowed: TEAM,
        },
        {
          name: 'my queues',
          method: 'GET',
          url: () => '/api/signals/queues',
          allowed: [...actors.keys()].filter((a) => a !== 'anonymous'),
        },
      ],
      ran,
    );
  });

  it('a signal: its team, and the regisseur it was routed to; never the signaller', async () => {
    const triage = (outcome: object) => () => outcome;
    await checkActorMatrix(
      t,
      actors,
      [
        { name: 'read team signal', method: 'GET', url: () => `/api/signals/${teamSignal}`, allowed: TEAM },
        {
          name: 'read routed signal',
          method: 'GET',
          url: () => `/api/signals/${regisseurSignal}`,
          allowed: ['regisseur routed to'],
        },
        { name: 'read closed signal', method: 'GET', url: () => `/api/signals/${closed}`, allowed: TEAM },
        {
          name: 'triage (state: picked up → 422 for those allowed)',
          method: 'POST',
          url: () => `/api/signals/${pickedUp}/triage`,
          payload: triage({ outcome: 'outreach' }),
          allowed: TEAM,
        },
        {
          name: 'attempt (state: received → 422)',
          method: 'POST',
          url: () => `/api/signals/${teamSignal}/contact-attempts`,
          payload: () => ({ method: 'phone', attemptedOn: '2026-09-01', partOfDay: 'morning', reached: false }),
          allowed: TEAM,
        },
        {
          name: 'attempt (state: picked up)',
          method: 'POST',
          url: () => `/api/signals/${pickedUp}/contact-attempts`,
          payload: () => ({ method: 'phone', attemptedOn: '2026-09-01', partOfDay: 'morning', reached: false }),
          allowed: TEAM,
        },
        {
          name: 'outcome (state: closed → 422)',
          method: 'POST',
          url: () => `/api/signals/${closed}/outreach-outcome`,
          payload: () => ({ outcome: 'declined' }),
          allowed: TEAM,
        },
        {
          name: 'unknown signal',
          method: 'GET',
          url: () => '/api/signals/00000000-0000-4000-8000-000000000000',
          allowed: [],
        },
      ],
      ran,
    );
  });

  it('every role the database knows was run through the matrix without a relationship', async () => {
    // role_policy holds one row per role the database accepts (its CHECK); ROLES must not miss one.
    const known = (await t.db.kysely.selectFrom('role_policy').select('role').execute()).map((r) => r.role).sort();
    expect(known.length).toBeGreaterThan(0);
    expect([...ROLES].sort()).toEqual(known);
    expect(known.filter((role) => !ran.has(`${role} without relationship`))).toEqual([]);
  });

  it('the partner route takes no session of any role (401)', async () => {
    for (const [label, session] of actors) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/partner/v1/signals',
        headers: session?.headers ?? {},
        payload: { signals: [] },
      });
      expect(`${label} ${res.statusCode}`).toBe(`${label} 401`);
    }
  });
});
