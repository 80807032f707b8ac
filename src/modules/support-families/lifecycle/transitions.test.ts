import { describe, expect, it } from 'vitest';
import { MATCH_STATUSES } from '../../../platform/db/schema.js';
import { isAllowed, missingFor, NEXT } from './transitions.js';

const none = {
  introductionsRequest: 0,
  introductionsFamily: 0,
  requestAccepted: false,
  familyAccepted: false,
  agreements: 0,
};

describe('match lifecycle', () => {
  it('goes forward one stage at a time, ends from anywhere, and never leaves "ended"', () => {
    expect(isAllowed('proposed', 'trial')).toBe(false);
    expect(isAllowed('proposed', 'active')).toBe(false);
    expect(isAllowed('trial', 'active')).toBe(true);
    expect(isAllowed('evaluated', 'active')).toBe(true);
    for (const s of MATCH_STATUSES) if (s !== 'ended') expect(isAllowed(s, 'ended')).toBe(true);
    expect(NEXT.ended).toEqual([]);
  });

  it('needs both separate introductions and both acceptances before the joint introduction', () => {
    expect(missingFor('joint_introduction', none, {})).toEqual([
      'introduction_request',
      'introduction_family',
      'acceptance_request',
      'acceptance_family',
    ]);
    expect(
      missingFor(
        'joint_introduction',
        { ...none, introductionsRequest: 1, introductionsFamily: 1, requestAccepted: true, familyAccepted: true },
        {},
      ),
    ).toEqual([]);
  });

  it('needs a written agreement to become active, an evaluation to be evaluated, a reason to end', () => {
    expect(missingFor('active', none, {})).toEqual(['agreement']);
    expect(missingFor('active', { ...none, agreements: 1 }, {})).toEqual([]);
    expect(missingFor('evaluated', none, {})).toEqual(['evaluation']);
    expect(missingFor('ended', none, {})).toEqual(['end_reason']);
  });
});
