// The re-base after a stale edit: the user's changes replayed on the colleague's newer version.
import { describe, expect, it } from 'vitest';
import type { Action, Goal, PlanContent } from '../../api/plans';
import { rebaseDraft } from './rebase';

const plan = (p: Partial<PlanContent>): PlanContent => ({
  strengths: [],
  concerns: [],
  goals: [],
  actions: [],
  safetyAgreements: [],
  reviews: [],
  ...p,
});
const goal = (id: string, what: string): Goal => ({ id, domain: 'finances', what, byWhen: null, howWeKnow: '' });
const action = (id: string, what: string, extra: Partial<Action> = {}): Action => ({
  id,
  goalId: null,
  what,
  owner: { kind: 'family_member', name: 'Moeder', userId: null },
  due: null,
  status: 'open',
  ...extra,
});

describe('rebaseDraft', () => {
  it('keeps what the colleague added and what the user added', () => {
    const base = plan({ goals: [goal('g1', 'Schulden op een rij')] });
    const theirs = plan({ goals: [goal('g1', 'Schulden op een rij'), goal('g2', 'Naar school')] });
    const mine = plan({
      goals: [goal('g1', 'Schulden op een rij')],
      actions: [action('n1', 'Post openen', { goalId: 'g1' })],
    });
    const { content, overlaps } = rebaseDraft(base, theirs, mine);
    expect(content.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(content.actions.map((a) => a.id)).toEqual(['n1']);
    expect(overlaps).toEqual([]);
  });

  it("merges field by field: the colleague's field where the user left it alone", () => {
    const base = plan({ actions: [action('a1', 'Post openen')] });
    const theirs = plan({ actions: [action('a1', 'Post openen', { status: 'done' })] });
    const mine = plan({ actions: [action('a1', 'Elke week de post openen')] });
    const { content, overlaps } = rebaseDraft(base, theirs, mine);
    expect(content.actions).toEqual([action('a1', 'Elke week de post openen', { status: 'done' })]);
    expect(overlaps).toEqual([]);
  });

  it("lets the user's edit win where both changed the same field, and says so", () => {
    const base = plan({ actions: [action('a1', 'Post openen')] });
    const theirs = plan({ actions: [action('a1', 'Post samen openen')] });
    const mine = plan({ actions: [action('a1', 'Post elke week openen')] });
    const { content, overlaps } = rebaseDraft(base, theirs, mine);
    expect(content.actions[0]?.what).toBe('Post elke week openen');
    expect(overlaps).toEqual([{ section: 'actions', id: 'a1', text: 'Post elke week openen', kind: 'both_changed' }]);
  });

  it('does not count the same change on both sides as a clash', () => {
    const base = plan({ strengths: [{ id: 's1', kind: 'strength', text: 'Zorgzaam' }] });
    const both = plan({ strengths: [{ id: 's1', kind: 'network', text: 'Zorgzaam' }] });
    expect(rebaseDraft(base, both, both)).toEqual({ content: both, overlaps: [] });
  });

  it('removes what one side removed and the other left alone', () => {
    const base = plan({
      safetyAgreements: [
        { id: 'x', text: 'Bellen bij ruzie' },
        { id: 'y', text: 'Buurvrouw past op' },
      ],
    });
    const theirs = plan({ safetyAgreements: [{ id: 'y', text: 'Buurvrouw past op' }] });
    const mine = plan({ safetyAgreements: [{ id: 'x', text: 'Bellen bij ruzie' }] });
    expect(rebaseDraft(base, theirs, mine).content.safetyAgreements).toEqual([]);
  });

  it('keeps an item one side removed while the other changed it, and lists it', () => {
    const base = plan({
      concerns: [{ id: 'c1', text: 'Geld', priority: 1, voices: [], meetingId: null }],
      reviews: [{ id: 'r1', date: '2026-01-01', note: '' }],
    });
    const theirs = plan({ concerns: [{ id: 'c1', text: 'Geldzorgen', priority: 1, voices: [], meetingId: null }] });
    const mine = plan({ reviews: [{ id: 'r1', date: '2026-01-01', note: 'Met school erbij' }] });
    const { content, overlaps } = rebaseDraft(base, theirs, mine);
    expect(content.concerns.map((c) => c.text)).toEqual(['Geldzorgen']);
    expect(content.reviews.map((r) => r.note)).toEqual(['Met school erbij']);
    expect(overlaps.map((o) => [o.section, o.kind])).toEqual([
      ['concerns', 'you_removed_they_changed'],
      ['reviews', 'they_removed_you_changed'],
    ]);
  });

  it('unlinks an action from a goal the colleague removed, so the save is not refused', () => {
    const base = plan({ goals: [goal('g1', 'Schulden op een rij')] });
    const theirs = plan({});
    const mine = plan({
      goals: [goal('g1', 'Schulden op een rij')],
      actions: [action('n1', 'Post openen', { goalId: 'g1' })],
    });
    const { content, overlaps } = rebaseDraft(base, theirs, mine);
    expect(content.goals).toEqual([]);
    expect(content.actions[0]?.goalId).toBeNull();
    expect(overlaps).toEqual([{ section: 'actions', id: 'n1', text: 'Post openen', kind: 'goal_removed' }]);
  });

  it("starts from an empty plan when there was none: both sides' items are kept", () => {
    const theirs = plan({ goals: [goal('g1', 'Van collega')] });
    const mine = plan({ goals: [goal('n1', 'Van mij')] });
    expect(rebaseDraft(plan({}), theirs, mine).content.goals.map((g) => g.what)).toEqual(['Van mij', 'Van collega']);
  });
});
