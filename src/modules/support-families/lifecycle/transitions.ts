// The match lifecycle: proposed → separate introductions (one per family, at least two) → joint
// introduction → trial period → active → evaluated → ended (with a reason); an evaluated match can
// go on (back to active). Ending is possible from every stage. A step that is not in this table is
// refused (409); a step whose conditions are not met is refused with what is missing (422).
import type { MatchStatus } from '../../../platform/db/schema.js';

export const NEXT: Record<MatchStatus, readonly MatchStatus[]> = {
  proposed: ['introductions', 'ended'],
  introductions: ['joint_introduction', 'ended'],
  joint_introduction: ['trial', 'ended'],
  trial: ['active', 'ended'],
  active: ['evaluated', 'ended'],
  evaluated: ['active', 'ended'],
  ended: [],
};

export interface MatchFacts {
  introductionsRequest: number;
  introductionsFamily: number;
  requestAccepted: boolean;
  familyAccepted: boolean;
  agreements: number;
}
export type Missing =
  | 'introduction_request'
  | 'introduction_family'
  | 'acceptance_request'
  | 'acceptance_family'
  | 'agreement'
  | 'evaluation'
  | 'end_reason';

export function isAllowed(from: MatchStatus, to: MatchStatus): boolean {
  return NEXT[from].includes(to);
}

/** What is still missing before the match may move to `to` (empty: it may). */
export function missingFor(
  to: MatchStatus,
  facts: MatchFacts,
  input: { evaluation?: string | undefined; endReason?: string | undefined },
): Missing[] {
  const missing: Missing[] = [];
  switch (to) {
    case 'joint_introduction':
      if (facts.introductionsRequest < 1) missing.push('introduction_request');
      if (facts.introductionsFamily < 1) missing.push('introduction_family');
      if (!facts.requestAccepted) missing.push('acceptance_request');
      if (!facts.familyAccepted) missing.push('acceptance_family');
      break;
    case 'active':
      if (facts.agreements < 1) missing.push('agreement');
      break;
    case 'evaluated':
      if (!input.evaluation) missing.push('evaluation');
      break;
    case 'ended':
      if (!input.endReason) missing.push('end_reason');
      break;
    case 'proposed':
    case 'introductions':
    case 'trial':
      break;
  }
  return missing;
}

/** Both families see each other's full details only once both have accepted. */
export const bothAccepted = (m: { request_accepted_at: Date | null; family_accepted_at: Date | null }) =>
  m.request_accepted_at !== null && m.family_accepted_at !== null;
