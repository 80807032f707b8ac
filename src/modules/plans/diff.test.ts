import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan, SECTIONS, type PlanContent } from './content.js';
import { diffPlans, isEmptyDiff } from './diff.js';

const text = fc.string({ minLength: 1, maxLength: 20 });
const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
const plan: fc.Arbitrary<PlanContent> = fc
  .record({
    strengths: ids.chain((xs) =>
      fc.tuple(
        ...xs.map((id) =>
          fc.record({
            id: fc.constant(id),
            kind: fc.constantFrom('strength' as const, 'own_strength' as const, 'network' as const),
            text,
          }),
        ),
      ),
    ),
    goals: ids.chain((xs) =>
      fc.tuple(
        ...xs.map((id) =>
          fc.record({
            id: fc.constant(id),
            domain: fc.constantFrom('housing' as const, 'finances' as const),
            what: text,
            byWhen: fc.constant(null),
            howWeKnow: text,
          }),
        ),
      ),
    ),
    safetyAgreements: ids.chain((xs) => fc.tuple(...xs.map((id) => fc.record({ id: fc.constant(id), text })))),
  })
  .map((p) => ({ ...emptyPlan(), ...p }));

describe('diffPlans', () => {
  it('finds added, removed and changed items with the fields that changed', () => {
    const a: PlanContent = {
      ...emptyPlan(),
      goals: [
        { id: 'g1', domain: 'housing', what: 'Huur betalen', byWhen: null, howWeKnow: '' },
        {
          id: 'g2',
          domain: 'finances',
          what: 'Schulden in beeld',
          byWhen: '2026-05-01',
          howWeKnow: 'Overzicht bij de budgetcoach',
        },
      ],
    };
    const b: PlanContent = {
      ...emptyPlan(),
      goals: [
        {
          id: 'g2',
          domain: 'finances',
          what: 'Schulden in beeld',
          byWhen: '2026-06-01',
          howWeKnow: 'Overzicht bij de budgetcoach',
        },
        { id: 'g3', domain: 'school_work', what: 'Elke dag naar school', byWhen: null, howWeKnow: '' },
      ],
      reviews: [{ id: 'r1', date: '2026-07-01', note: '' }],
    };
    const d = diffPlans(a, b);
    expect(d.goals.added.map((g) => g.id)).toEqual(['g3']);
    expect(d.goals.removed.map((g) => g.id)).toEqual(['g1']);
    expect(d.goals.changed).toEqual([{ id: 'g2', fields: ['byWhen'], before: a.goals[1], after: b.goals[0] }]);
    expect(d.reviews.added).toHaveLength(1);
    expect(d.strengths).toEqual({ added: [], removed: [], changed: [] });
  });

  it('a version compared with itself has no differences; swapping sides swaps added and removed', () => {
    fc.assert(
      fc.property(plan, plan, (a, b) => {
        expect(isEmptyDiff(diffPlans(a, a))).toBe(true);
        const ab = diffPlans(a, b);
        const ba = diffPlans(b, a);
        for (const s of SECTIONS) {
          expect(ab[s].added).toEqual(ba[s].removed);
          expect(ab[s].changed.map((c) => c.id).sort()).toEqual(ba[s].changed.map((c) => c.id).sort());
        }
        if (SECTIONS.every((s) => JSON.stringify(a[s]) === JSON.stringify(b[s]))) expect(isEmptyDiff(ab)).toBe(true);
        else if (isEmptyDiff(ab)) expect(SECTIONS.every((s) => a[s].length === b[s].length)).toBe(true);
      }),
    );
  });
});
