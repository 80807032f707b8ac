// A signal's ability flags (triage, recordOutreach) agree with the requests they stand for, over
// role × relationship with the signal (member or lead of the routed team, care worker of another
// team, the signaller) × signal state (received, outreach chosen, closed).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { AbilityMatrix } from '../../test-support/ability-matrix.js';
import { buildTeam, buildUser } from '../../test-support/factories.js';
import { buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';

// Every cell builds its own records and asks twice over HTTP: far more than one route matrix.
const MATRIX_TIMEOUT = 600_000;

let t: TestApp;
let w: SignalWorld;
const actors = new Map<string, Session>();
let n = 7000;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  w = await buildSignalWorld(db);
  const outsider = await buildUser(db, ['professional', 'team_lead']);
  await db
    .insertInto('team_membership')
    .values({ team_id: await buildTeam(db), user_id: outsider.id, is_lead: true })
    .execute();
  actors.set('team member (professional)', await login(t.app, w.member.username));
  actors.set('team lead (team_lead)', await login(t.app, w.lead.username));
  actors.set('lead of another team (team_lead)', await login(t.app, outsider.username));
  actors.set('the signaller (signaller)', await login(t.app, w.housing.user.username));
});
afterAll(async () => {
  await t.close();
});

const STATES = ['received', 'outreach', 'closed'] as const;

/** A fresh signal in the given state, so each probe's attempt changes nothing the next one sees. */
async function signalIn(state: (typeof STATES)[number]): Promise<string> {
  const [signaller, member] = [actors.get('the signaller (signaller)'), actors.get('team member (professional)')];
  if (!signaller || !member) throw new Error('actors missing');
  // testBsn(k) is the first valid number from k on: step past the last one so no two signals share a BSN.
  const bsn = testBsn(n + 1);
  n = Number(bsn.slice(2, 8));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/signals',
    headers: signaller.headers,
    payload: {
      bsn,
      postcode: '8011AB',
      houseNumber: '1',
      category: 'rent_arrears',
      amountCents: 50000,
      arrearsSince: '2026-05-01',
      signalDate: '2026-08-01',
    },
  });
  if (res.statusCode !== 201) throw new Error(`signal: ${res.statusCode} ${res.body}`);
  const { id } = await t.db.kysely
    .selectFrom('signal')
    .select('id')
    .where('reference', '=', res.json<{ reference: string }>().reference)
    .executeTakeFirstOrThrow();
  if (state !== 'received') {
    const payload = state === 'outreach' ? { outcome: 'outreach' } : { outcome: 'no_action', reason: 'Al afgelost.' };
    const triaged = await t.app.inject({
      method: 'POST',
      url: `/api/signals/${id}/triage`,
      headers: member.headers,
      payload,
    });
    if (triaged.statusCode !== 200) throw new Error(`triage: ${triaged.statusCode} ${triaged.body}`);
  }
  return id;
}

const FLAGS = [
  {
    flag: 'signal abilities.triage',
    path: 'abilities.triage',
    attempt: (id: string) => ({
      method: 'POST' as const,
      url: `/api/signals/${id}/triage`,
      payload: { outcome: 'outreach' },
    }),
  },
  {
    flag: 'signal abilities.recordOutreach',
    path: 'abilities.recordOutreach',
    attempt: (id: string) => ({
      method: 'POST' as const,
      url: `/api/signals/${id}/contact-attempts`,
      payload: { method: 'phone', attemptedOn: '2026-08-03', partOfDay: 'morning', reached: false },
    }),
  },
];

describe('signal abilities', () => {
  it(
    'triage and recordOutreach are what the server then decides',
    async () => {
      const matrix = new AbilityMatrix(t);
      for (const f of FLAGS)
        for (const [actor, session] of actors)
          for (const state of STATES) {
            const id = await signalIn(state);
            await matrix.probe({
              flag: f.flag,
              cell: `${actor} × ${state}`,
              session,
              read: `/api/signals/${id}`,
              path: f.path,
              attempt: () => f.attempt(id),
            });
          }
      matrix.check(FLAGS.map((f) => f.flag));
    },
    MATRIX_TIMEOUT,
  );
});
