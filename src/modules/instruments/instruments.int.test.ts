// Instruments over HTTP: definitions, recording checked against the definition, history per
// person and instrument, progress, and first/latest scores for the outcome indicators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';
import { firstAndLatestScores } from './service.js';

let t: TestApp;
let prof: Session;
let familyId: string;
let mother: string;
let child: string;
let regisseurId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const r = await buildUser(db, ['professional']);
  regisseurId = r.id;
  prof = await login(t.app, r.username);
  ({ familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id }));
  mother = await buildPerson(db, familyId, { kind: 'parent', givenName: 'Sanne' });
  child = await buildPerson(db, familyId, { kind: 'child', givenName: 'Noor' });
});
afterAll(async () => {
  await t.close();
});

const url = (suffix = '') => `/api/families/${familyId}/measurements${suffix}`;
const post = (payload: object) => t.app.inject({ method: 'POST', url: url(), headers: prof.headers, payload });
const PH = [
  'bodily_functions',
  'mental_wellbeing',
  'meaningfulness',
  'quality_of_life',
  'participation',
  'daily_functioning',
];
const ph = (personId: string, measuredOn: string, scores: number[]) => ({
  instrument: 'positive_health',
  personId,
  measuredOn,
  scores: PH.map((item, i) => ({ item, score: scores[i] })),
});

describe('instrument definitions', () => {
  it('are configuration: ZRM 13 domains 1-5, household 5 + 6, Positive Health 6 at 0-10, the safety scale per rater', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/instruments', headers: prof.headers });
    expect(res.statusCode, res.body).toBe(200);
    const byCode = Object.fromEntries(res.json().items.map((i: { code: string }) => [i.code, i]));
    expect(byCode.zrm).toMatchObject({ version: 2017, subject: 'person', scale: { min: 1, max: 5 } });
    expect(byCode.zrm.items).toHaveLength(13);
    expect(byCode.zrm_household.items.filter((i: { section: string }) => i.section === 'children')).toHaveLength(6);
    expect(byCode.zrm_household).toMatchObject({ subject: 'household' });
    expect(byCode.positive_health.items.map((i: { code: string }) => i.code)).toEqual(PH);
    expect(byCode.positive_health.items[2].label).toEqual({ nl: 'Zingeving', en: 'Meaningfulness' });
    expect(byCode.safety_scale).toMatchObject({ perRater: true, scale: { min: 0, max: 10 } });
    expect((await t.app.inject({ method: 'GET', url: '/api/instruments' })).statusCode).toBe(401);
  });

  it('every instrument route is in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/api/instruments'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/families/{familyId}/measurements'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/families/{familyId}/measurements/progress'] ?? {})).toEqual(['get']);
  });
});

describe('measurements', () => {
  it('are recorded per person, per household and per rater, and audited', async () => {
    const a = await post({ ...ph(mother, '2026-01-10', [4, 3, 5, 4, 3, 4]), note: 'Aan de keukentafel' });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      personId: mother,
      measuredOn: '2026-01-10',
      note: 'Aan de keukentafel',
      instrument: { code: 'positive_health', version: 1 },
    });
    expect(a.json().scores).toHaveLength(6);
    const household = await post({
      instrument: 'zrm_household',
      measuredOn: '2026-01-10',
      scores: [
        { item: 'household_finances', score: 2 },
        { item: 'schooling', score: 3 },
      ],
    });
    expect(household.statusCode, household.body).toBe(201);
    expect(household.json().personId).toBeNull();
    const safety = await post({
      instrument: 'safety_scale',
      measuredOn: '2026-01-10',
      personId: child,
      scores: [
        { item: 'safety', score: 4, raterName: 'Sanne', raterRole: 'moeder' },
        { item: 'safety', score: 6, raterName: 'Ans', raterRole: 'buurvrouw' },
      ],
    });
    expect(safety.statusCode, safety.body).toBe(201);
    expect(safety.json().scores.map((s: { raterRole: string }) => s.raterRole)).toEqual(['moeder', 'buurvrouw']);
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select('event')
      .where('event', '=', 'instrument.measurement_recorded')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('are refused (400, nothing written) when they do not fit the instrument', async () => {
    const count = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('measurement')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const cases: Array<[object, string]> = [
      [ph(mother, '2026-01-11', [11, 3, 5, 4, 3, 4]), 'out_of_range 0-10'],
      [
        { instrument: 'zrm', personId: mother, measuredOn: '2026-01-11', scores: [{ item: 'finances', score: 0 }] },
        'out_of_range 1-5',
      ],
      [
        {
          instrument: 'positive_health',
          personId: mother,
          measuredOn: '2026-01-11',
          scores: [{ item: 'finances', score: 5 }],
        },
        'unknown_item',
      ],
      [
        {
          instrument: 'positive_health',
          personId: mother,
          measuredOn: '2026-01-11',
          scores: [
            { item: 'meaningfulness', score: 5 },
            { item: 'meaningfulness', score: 6 },
          ],
        },
        'duplicate_item',
      ],
      [
        { instrument: 'happiness', personId: mother, measuredOn: '2026-01-11', scores: [{ item: 'x', score: 5 }] },
        'unknown_instrument',
      ],
      [
        {
          instrument: 'zrm',
          version: 1999,
          personId: mother,
          measuredOn: '2026-01-11',
          scores: [{ item: 'finances', score: 3 }],
        },
        'unknown_instrument',
      ],
      [
        { instrument: 'positive_health', measuredOn: '2026-01-11', scores: [{ item: 'meaningfulness', score: 5 }] },
        'person_required',
      ],
      [
        {
          instrument: 'zrm_household',
          personId: mother,
          measuredOn: '2026-01-11',
          scores: [{ item: 'housing', score: 5 }],
        },
        'household_instrument',
      ],
      [
        { instrument: 'safety_scale', measuredOn: '2026-01-11', scores: [{ item: 'safety', score: 5 }] },
        'rater_required',
      ],
      [
        {
          instrument: 'safety_scale',
          measuredOn: '2026-01-11',
          scores: [
            { item: 'safety', score: 5, raterName: 'A', raterRole: 'x' },
            { item: 'safety', score: 6, raterName: 'a', raterRole: 'y' },
          ],
        },
        'duplicate_item',
      ],
      [
        {
          instrument: 'zrm',
          personId: mother,
          measuredOn: '2026-01-11',
          scores: [{ item: 'finances', score: 3, raterName: 'A', raterRole: 'x' }],
        },
        'rater_not_allowed',
      ],
      [{ ...ph(mother, '2999-01-01', [1, 1, 1, 1, 1, 1]) }, 'in_future'],
      [{ ...ph('00000000-0000-4000-8000-000000000000', '2026-01-11', [1, 1, 1, 1, 1, 1]) }, 'person_not_found'],
    ];
    for (const [payload, message] of cases) {
      const res = await post(payload);
      expect(res.statusCode, `${JSON.stringify(payload)} → ${res.body}`).toBe(400);
      expect(res.json().errors.map((e: { message: string }) => e.message)).toContain(message);
    }
    expect(await count()).toBe(before);
  });

  it("a network member cannot be measured; another family's person is unknown", async () => {
    const db = t.db.kysely;
    const grandma = await buildPerson(db, familyId, { kind: 'network' });
    const other = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId });
    const stranger = await buildPerson(db, other.familyId, { kind: 'parent' });
    for (const personId of [grandma, stranger]) {
      const res = await post(ph(personId, '2026-01-11', [5, 5, 5, 5, 5, 5]));
      expect(res.json().errors[0].message).toBe('person_not_found');
    }
  });

  it('history lists them oldest first, filtered per person and per instrument', async () => {
    expect((await post(ph(mother, '2026-03-01', [5, 4, 6, 6, 5, 5]))).statusCode).toBe(201);
    expect((await post(ph(mother, '2026-02-01', [4, 4, 5, 5, 4, 4]))).statusCode).toBe(201);
    expect((await post(ph(child, '2026-02-01', [7, 7, 7, 7, 7, 7]))).statusCode).toBe(201);
    const all = await t.app.inject({ method: 'GET', url: url(), headers: prof.headers });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().abilities).toEqual({ edit: true });
    expect(all.json().persons.map((p: { name: string }) => p.name.split(' ')[0])).toEqual(['Sanne', 'Noor']);
    expect(all.json().measurements).toHaveLength(6);
    const mine = await t.app.inject({
      method: 'GET',
      url: url(`?personId=${mother}&instrument=positive_health`),
      headers: prof.headers,
    });
    expect(mine.json().measurements.map((m: { measuredOn: string }) => m.measuredOn)).toEqual([
      '2026-01-10',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(
      (await t.app.inject({ method: 'GET', url: url('?instrument=Bad!'), headers: prof.headers })).statusCode,
    ).toBe(400);
  });

  it('progress: first and latest per item, every score over time, raters averaged', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('/progress'), headers: prof.headers });
    expect(res.statusCode, res.body).toBe(200);
    const series = res.json().series;
    const motherPh = series.find(
      (s: { personId: string; instrument: { code: string } }) =>
        s.personId === mother && s.instrument.code === 'positive_health',
    );
    expect(motherPh.measurements).toBe(3);
    expect(motherPh.items[0]).toMatchObject({
      item: 'bodily_functions',
      first: { score: 4, measuredOn: '2026-01-10' },
      latest: { score: 5, measuredOn: '2026-03-01' },
      change: 1,
    });
    expect(motherPh.items[0].points.map((p: { score: number }) => p.score)).toEqual([4, 4, 5]);
    const safety = series.find((s: { instrument: { code: string } }) => s.instrument.code === 'safety_scale');
    expect(safety.items[0].first.score).toBe(5);
    const household = series.find((s: { instrument: { code: string } }) => s.instrument.code === 'zrm_household');
    expect(household.items).toHaveLength(11);
    expect(household.items.find((i: { item: string }) => i.item === 'housing')).toMatchObject({
      first: null,
      latest: null,
      change: null,
      points: [],
    });
  });

  it('firstAndLatestScores: the first and latest measurement per person and instrument, for the indicators', async () => {
    const user = await t.db.kysely
      .selectFrom('app_user')
      .select(['id', 'username', 'home_organisation_id'])
      .where('id', '=', regisseurId)
      .executeTakeFirstOrThrow();
    const ctx: RequestContext = {
      requestId: 'test',
      db: t.db.kysely,
      config: t.config,
      actor: {
        userId: user.id,
        username: user.username,
        organisationId: user.home_organisation_id,
        roles: ['professional'],
        sessionId: null,
      },
    };
    const rows = await inTransaction(t.db.kysely, async (trx) => {
      const grant = await authorize(trx, ctx, {
        subject: 'family',
        id: familyId,
        action: 'read',
        purpose: 'indicators',
      });
      return firstAndLatestScores(trx, grant);
    });
    const motherPh = rows.find((r) => r.personId === mother && r.instrument.code === 'positive_health');
    expect(motherPh?.measurements).toBe(3);
    expect(motherPh?.first.measured_on).toBe('2026-01-10');
    expect(motherPh?.latest.measured_on).toBe('2026-03-01');
    expect(motherPh?.latest.scores.map((s) => s.score)).toEqual([5, 4, 6, 6, 5, 5]);
    const childPh = rows.find((r) => r.personId === child && r.instrument.code === 'positive_health');
    expect(childPh?.first.id).toBe(childPh?.latest.id);
    const household = rows.find((r) => r.personId === null && r.instrument.code === 'zrm_household');
    expect(household?.first.scores).toHaveLength(2);
    expect(rows).toHaveLength(4);
  });
});
