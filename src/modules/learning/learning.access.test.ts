// Who may use the learning routes: named actors × every route. Reading: the region's policy
// advisors (and administrators for the meetlat), team members of the municipality. Writing positions:
// the municipality's own policy advisor. Entries: team members there and the own policy advisor.
// Meetings: team leads there and the own policy advisor; an action's status also its owner.
// Refusals are 403 with one denied audit row; anonymous is 401.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { checkActorMatrix } from '../../test-support/access-matrix.js';
import { buildUser } from '../../test-support/factories.js';
import { assessment, buildLearningWorld, type LearningWorld } from '../../test-support/learning.js';
import { today } from '../../platform/clock.js';

let t: TestApp;
let w: LearningWorld;
const actors = new Map<string, Session | undefined>();
let meetingId = '';
let entryId = '';
let actionId = '';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  w = await buildLearningWorld(db);
  const adminZwolle = await buildUser(db, ['admin'], { organisationId: w.zwolle.policyOrg });
  const consultant = await buildUser(db, ['consultant'], { organisationId: w.zwolle.policyOrg });
  const outsider = await buildUser(db, ['professional']);
  const family = await buildUser(db, ['family']);
  const named: Array<[string, string]> = [
    ['zwolle.policy', w.zwolle.policy.username],
    ['kampen.policy', w.kampen.policy.username],
    ['policy.nowhere', w.policyNowhere.username],
    ['zwolle.lead', w.zwolle.lead.username],
    ['zwolle.member', w.zwolle.member.username],
    ['kampen.member', w.kampen.member.username],
    ['admin.zwolle', adminZwolle.username],
    ['consultant.zwolle', consultant.username],
    ['outsider', outsider.username],
    ['family', family.username],
  ];
  for (const [label, username] of named) actors.set(label, await login(t.app, username));
  actors.set('anonymous', undefined);
  const lead = actors.get('zwolle.lead') as Session;
  const entry = await t.app.inject({
    method: 'POST',
    url: '/api/learning/entries',
    headers: lead.headers,
    payload: { kind: 'went_well', title: 'Goed overleg', body: 'Het ging goed.', municipality: '0193' },
  });
  entryId = entry.json<{ id: string }>().id;
  const meeting = await t.app.inject({
    method: 'POST',
    url: '/api/learning/meetings',
    headers: lead.headers,
    payload: { municipality: '0193', heldOn: today(), title: 'Reflectie' },
  });
  meetingId = meeting.json<{ id: string }>().id;
  await t.app.inject({
    method: 'POST',
    url: `/api/learning/meetings/${meetingId}/discussions`,
    headers: lead.headers,
    payload: {
      entryId,
      decision: 'Doorgaan.',
      actions: [{ description: 'Vastleggen in werkwijze', ownerId: w.zwolle.member.id, dueOn: '2999-01-01' }],
    },
  });
  actionId = (await db.selectFrom('reflection_action').select('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await t.close();
});

const READ_0193 = ['zwolle.policy', 'kampen.policy', 'zwolle.lead', 'zwolle.member'];
const EVERYONE = [
  'zwolle.policy',
  'kampen.policy',
  'policy.nowhere',
  'zwolle.lead',
  'zwolle.member',
  'kampen.member',
  'admin.zwolle',
  'consultant.zwolle',
  'outsider',
  'family',
];

describe('learning routes', () => {
  it('role × relationship to the municipality and region', async () => {
    await checkActorMatrix(t, actors, [
      {
        name: 'GET meetlat of region TEST',
        method: 'GET',
        url: () => '/api/learning/meetlat?region=TEST',
        allowed: [...READ_0193, 'kampen.member', 'admin.zwolle'],
      },
      {
        name: 'GET own meetlat',
        method: 'GET',
        url: () => '/api/learning/meetlat',
        allowed: [...READ_0193, 'kampen.member', 'admin.zwolle'],
      },
      {
        name: 'POST assessment for Zwolle',
        method: 'POST',
        url: () => '/api/learning/meetlat/assessments',
        payload: () => assessment(w, '0193'),
        allowed: ['zwolle.policy'],
      },
      {
        name: 'POST meetlat import (check)',
        method: 'POST',
        url: () => '/api/learning/meetlat/import',
        payload: () => ({ format: 'csv', content: 'titel\nA\nB\nC\n', name: 'Eigen', dryRun: true }),
        allowed: ['zwolle.policy', 'kampen.policy', 'admin.zwolle'],
      },
      { name: 'GET context', method: 'GET', url: () => '/api/learning/context', allowed: EVERYONE },
      {
        name: 'POST search log of Zwolle',
        method: 'POST',
        url: () => '/api/learning/entries/search',
        payload: () => ({ municipality: '0193' }),
        allowed: READ_0193,
      },
      {
        name: 'POST entry for Zwolle',
        method: 'POST',
        url: () => '/api/learning/entries',
        payload: () => ({ kind: 'chafed', title: 'Het schuurt', body: 'Waar het schuurt.', municipality: '0193' }),
        allowed: ['zwolle.policy', 'zwolle.lead', 'zwolle.member'],
      },
      {
        name: 'POST entry for the Zwolle team',
        method: 'POST',
        url: () => '/api/learning/entries',
        payload: () => ({
          kind: 'chafed',
          title: 'Het schuurt',
          body: 'Waar.',
          municipality: '0193',
          teamId: w.zwolle.teamId,
        }),
        allowed: ['zwolle.policy', 'zwolle.lead', 'zwolle.member'],
      },
      {
        name: 'GET meetings of Zwolle',
        method: 'GET',
        url: () => '/api/learning/meetings?municipality=0193',
        allowed: READ_0193,
      },
      {
        name: 'POST meeting for Zwolle',
        method: 'POST',
        url: () => '/api/learning/meetings',
        payload: () => ({ municipality: '0193', heldOn: today(), title: 'Reflectie' }),
        allowed: ['zwolle.policy', 'zwolle.lead'],
      },
      { name: 'GET meeting', method: 'GET', url: () => `/api/learning/meetings/${meetingId}`, allowed: READ_0193 },
      {
        name: 'POST discussion',
        method: 'POST',
        url: () => `/api/learning/meetings/${meetingId}/discussions`,
        payload: () => ({ entryId, decision: 'Doorgaan.' }),
        allowed: ['zwolle.policy', 'zwolle.lead'],
      },
      {
        name: 'PATCH action status',
        method: 'PATCH',
        url: () => `/api/learning/actions/${actionId}`,
        payload: () => ({ status: 'open' }),
        allowed: ['zwolle.policy', 'zwolle.lead', 'zwolle.member'],
      },
    ]);
  });

  it('a professional links an entry only to their own team; a policy advisor to any team of their municipality', async () => {
    const other = await buildUser(t.db.kysely, ['professional']);
    const { addToTeam, buildTeam } = await import('../../test-support/factories.js');
    const team2 = await buildTeam(t.db.kysely, { municipality: '0193' });
    await addToTeam(t.db.kysely, team2, other.id);
    await checkActorMatrix(
      t,
      new Map([
        ['zwolle.member', actors.get('zwolle.member')],
        ['zwolle.policy', actors.get('zwolle.policy')],
      ]),
      [
        {
          name: 'POST entry for another Zwolle team',
          method: 'POST',
          url: () => '/api/learning/entries',
          payload: () => ({ kind: 'went_well', title: 'Goed', body: 'Goed.', municipality: '0193', teamId: team2 }),
          allowed: ['zwolle.policy'],
        },
      ],
    );
  });
});
