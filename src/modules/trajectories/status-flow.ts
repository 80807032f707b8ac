// The trajectory's status flow: one step forward at a time, one step back from evaluation to in progress;
// closed is final and is reached by closing (with the national ending reason) from any open status,
// because a trajectory can end early at every stage.
import type { TrajectoryStatus } from '../../platform/db/schema.js';

const NEXT: Record<TrajectoryStatus, readonly TrajectoryStatus[]> = {
  registered: ['intake'],
  intake: ['plan'],
  plan: ['in_progress'],
  in_progress: ['evaluation'],
  evaluation: ['in_progress'],
  closed: [],
};

/** Statuses reachable by a status change (closing is separate and possible from every open status). */
export function nextStatuses(from: TrajectoryStatus): readonly TrajectoryStatus[] {
  return NEXT[from];
}

export function canMove(from: TrajectoryStatus, to: TrajectoryStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * A plan the family has agreed to (signed) means the work is under way: a trajectory still before that point
 * (registered, intake, plan) moves on to in progress. Later statuses are left as they are.
 */
export const BEFORE_AGREED_PLAN: readonly TrajectoryStatus[] = ['registered', 'intake', 'plan'];
