// Where the late-request item in a consultant's inbox leads: the queue's section holding the late requests.
import { describe, expect, it } from 'vitest';
import { LATE_LINKS, lateLinks } from './escalation.js';

describe('the late-request link per municipality', () => {
  it("leads to the providers' requests when one of them is late, else to the decisions from plans", () => {
    const links = lateLinks([
      { municipality_code: '0193', source: 'plan' },
      { municipality_code: '0193', source: 'jw315' },
      { municipality_code: '0193', source: 'plan' },
      { municipality_code: '0363', source: 'plan' },
      { municipality_code: '0344', source: 'jw317' },
    ]);
    expect(Object.fromEntries(links)).toEqual({
      '0193': LATE_LINKS.provider,
      '0363': LATE_LINKS.plan,
      '0344': LATE_LINKS.provider,
    });
    expect(lateLinks([]).size).toBe(0);
  });

  it('names the tab and the late filter the queue page reads', () => {
    expect(LATE_LINKS).toEqual({ provider: '/decisions?state=late', plan: '/decisions?tab=decisions&state=late' });
  });
});
