// Screening decides who may be suggested: unscreened, partly screened, expired and inactive
// families never appear; eligible ones are ranked with a per-criterion explanation; weights move
// the ranking; the overall proposal is at least as good as greedy and respects capacity.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp } from '../../../test-support/app.js';
import { startAsCoordinator, buildRequest, buildSupportFamily, PC } from '../../../test-support/support-families.js';
import { SCREENING_STEPS } from '../../../platform/db/schema.js';
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

type Suggestions = {
  items: Array<{
    family: { id: string };
    score: number;
    criteria: Array<{ criterion: string; points: number; detail: { km?: number } }>;
  }>;
  notEligible: Record<string, number>;
};
const suggestions = async (requestId: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/support-families/requests/${requestId}/suggestions`,
    headers: s.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Suggestions>();
};

describe('screening and suggestions', () => {
  it('records each screening step with who and when, and the family becomes eligible only when all are done', async () => {
    const db = t.db.kysely;
    const fam = await buildSupportFamily(db, { screened: [], recordedBy: coordinatorId });
    const req = await buildRequest(db);
    const today = dutchDate();
    for (const [i, step] of SCREENING_STEPS.entries()) {
      expect((await suggestions(req.id)).items.map((x) => x.family.id)).not.toContain(fam.id);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/support-families/families/${fam.id}/screening`,
        headers: s.headers,
        payload: { step, doneOn: today },
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{
        screening: { state: string; steps: Array<{ step: string; recordedBy: string }>; missing: string[] };
      }>();
      expect(body.screening.steps).toHaveLength(i + 1);
      expect(body.screening.steps[i]?.recordedBy).toMatch(/^Testpersoon/);
      expect(body.screening.state).toBe(i === 3 ? 'eligible' : 'incomplete');
    }
    expect((await suggestions(req.id)).items.map((x) => x.family.id)).toContain(fam.id);
  });

  it('never suggests unscreened, partly screened, expired or inactive families (property over screening states)', async () => {
    const db = t.db.kysely;
    const req = await buildRequest(db);
    const expiredVog = '2020-01-01'; // default validity 36 months
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...SCREENING_STEPS]),
        fc.boolean(),
        fc.boolean(),
        async (steps, expired, inactive) => {
          const fam = await buildSupportFamily(db, {
            screened: steps,
            vogOn: expired ? expiredVog : undefined,
            recordedBy: coordinatorId,
            maxFamilies: 5,
          });
          if (inactive)
            await db.updateTable('support_family').set({ status: 'inactive' }).where('id', '=', fam.id).execute();
          const eligible = steps.length === 4 && !expired && !inactive;
          expect((await suggestions(req.id)).items.some((x) => x.family.id === fam.id)).toBe(eligible);
          const proposal = await t.app.inject({
            method: 'POST',
            url: '/api/support-families/assignment',
            headers: s.headers,
          });
          expect(
            proposal.json<{ pairs: Array<{ family: { id: string } }> }>().pairs.some((p) => p.family.id === fam.id) &&
              !eligible,
          ).toBe(false);
          await db.deleteFrom('support_family').where('id', '=', fam.id).execute();
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it("ranks by score, explains every criterion, and follows the coordinator's weights", async () => {
    const db = t.db.kysely;
    await db.deleteFrom('support_screening_step').execute();
    const req = await buildRequest(db, {
      postcode: PC.zwolleA,
      kinds: ['homework', 'play'],
      languages: ['ar'],
      availability: ['wed_afternoon'],
    });
    const near = await buildSupportFamily(db, {
      postcode: PC.zwolleA,
      offers: ['homework'],
      languages: ['nl'],
      recordedBy: coordinatorId,
    });
    const speaks = await buildSupportFamily(db, {
      postcode: PC.zwolleB,
      offers: ['homework', 'play'],
      languages: ['ar', 'nl'],
      recordedBy: coordinatorId,
    });
    const far = await buildSupportFamily(db, { postcode: PC.kampen, maxTravelKm: 50, recordedBy: coordinatorId }); // outside the area
    const list = await suggestions(req.id);
    expect(list.items.map((x) => x.family.id)).not.toContain(far.id);
    expect(list.items.map((x) => x.family.id).slice(0, 2)).toEqual([speaks.id, near.id]);
    for (const item of list.items) {
      expect(item.criteria.map((c) => c.criterion)).toEqual([
        'distance',
        'needs',
        'days',
        'language',
        'age',
        'capacity',
      ]);
      expect(item.score).toBeCloseTo(
        item.criteria.reduce((a, c) => a + c.points, 0),
        1,
      );
    }
    expect(list.items[1]?.criteria[0]?.detail.km).toBeLessThan(0.1);
    // Only distance counts: the family at the same postcode comes first.
    const w = await t.app.inject({
      method: 'PUT',
      url: '/api/support-families/settings/weights',
      headers: s.headers,
      payload: { distance: 10, needs: 0, days: 0, language: 0, age: 0, capacity: 0 },
    });
    expect(w.statusCode, w.body).toBe(200);
    expect((await suggestions(req.id)).items[0]?.family.id).toBe(near.id);
    await t.app.inject({
      method: 'PUT',
      url: '/api/support-families/settings/weights',
      headers: s.headers,
      payload: { distance: 3, needs: 3, days: 2, language: 1, age: 1, capacity: 1 },
    });
  });

  it('proposes the best overall assignment (≥ greedy), within capacity, and the coordinator accepts or rejects pairs', async () => {
    const db = t.db.kysely;
    await db.deleteFrom('support_screening_step').execute();
    await db.updateTable('support_request').set({ status: 'closed' }).where('status', '=', 'open').execute();
    // Greedy gives the first request its favourite (Arabic-speaking) family, so the second (who only
    // fits that family) stays alone; the optimum gives each a family.
    const r1 = await buildRequest(db, { kinds: ['homework'], languages: ['ar'], availability: ['wed_afternoon'] });
    const r2 = await buildRequest(db, { kinds: ['play'], languages: ['nl'], availability: ['wed_afternoon'] });
    const both = await buildSupportFamily(db, {
      offers: ['homework', 'play'],
      languages: ['ar'],
      recordedBy: coordinatorId,
    });
    const onlyHomework = await buildSupportFamily(db, {
      offers: ['homework'],
      languages: ['nl'],
      recordedBy: coordinatorId,
    });
    const res = await t.app.inject({ method: 'POST', url: '/api/support-families/assignment', headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<{
      pairs: Array<{ request: { id: string }; family: { id: string }; greedyFamilyId: string | null }>;
      total: number;
      greedyTotal: number;
      greedyAssigned: number;
      improvementPercent: number;
    }>();
    expect(p.pairs.map((x) => [x.request.id, x.family.id])).toEqual([
      [r1.id, onlyHomework.id],
      [r2.id, both.id],
    ]);
    expect(p.greedyAssigned).toBe(1);
    expect(p.total).toBeGreaterThan(p.greedyTotal);
    expect(p.improvementPercent).toBeGreaterThan(0);

    const reject = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/reject',
      headers: s.headers,
      payload: { requestId: r1.id, familyId: onlyHomework.id },
    });
    expect(reject.statusCode).toBe(200);
    expect((await suggestions(r1.id)).items.map((x) => x.family.id)).not.toContain(onlyHomework.id);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/accept',
      headers: s.headers,
      payload: { requestId: r2.id, familyId: both.id },
    });
    expect(accept.statusCode, accept.body).toBe(201);
    // The family is now full (capacity 1): not proposed again, and accepting it twice is refused.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/accept',
      headers: s.headers,
      payload: { requestId: r1.id, familyId: both.id },
    });
    expect(again.statusCode).toBe(422);
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/accept',
      headers: s.headers,
      payload: { requestId: r2.id, familyId: onlyHomework.id },
    });
    expect(twice.statusCode).toBe(409);
    const after = await t.app.inject({ method: 'POST', url: '/api/support-families/assignment', headers: s.headers });
    expect(after.json<{ pairs: unknown[] }>().pairs).toEqual([]);
  });
});
