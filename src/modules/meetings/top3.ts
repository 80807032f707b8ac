// The joint top-3 of a table conversation, derived by a documented, deterministic rule
// (docs/top3.md): a Borda count over every participant's own ranking (rank 1 → 3 points,
// rank 2 → 2, rank 3 → 1), grouped by the shared concern the table mapped each item onto.
// Ties are reported, never silently broken: the table settles them when it confirms.

export const BORDA_POINTS = [3, 2, 1] as const;
export const TOP = 3;

/** One participant's ranked concerns: shared concern keys, index 0 is their rank 1. */
export interface Ballot {
  participantId: string;
  ranking: readonly string[];
}

export interface ConcernTally {
  concernKey: string;
  points: number;
  /** How many participants ranked it first / mentioned it at all. */
  firstChoices: number;
  mentions: number;
  /** Competition ranking: 1 + the number of concerns with strictly more points ("1, 2, 2, 4"). */
  position: number;
  /** Another concern has exactly the same points. */
  tied: boolean;
}

export interface Top3Result {
  /** Every concern that received points: by points (high first); equal points by key, for display only. */
  tallies: ConcernTally[];
  /** Concerns whose position is within the top 3 (more than three when a tie crosses the boundary). */
  candidates: string[];
  /** Groups (of two or more) of candidates with equal points; the table decides their order. */
  ties: string[][];
  /** True when the points alone fix a top-3 and its order (no ties among the candidates). */
  decided: boolean;
  /** The points-only order when `decided`; otherwise empty. */
  order: string[];
  totalPoints: number;
}

export function pointsForRank(rank: number): number {
  return BORDA_POINTS[rank - 1] ?? 0;
}

export function computeTop3(ballots: readonly Ballot[]): Top3Result {
  const byKey = new Map<string, { points: number; firstChoices: number; mentions: number }>();
  for (const ballot of ballots) {
    const seen = new Set<string>();
    ballot.ranking.slice(0, TOP).forEach((key, index) => {
      if (seen.has(key)) return; // a concern counts once per participant, at its best rank
      seen.add(key);
      const tally = byKey.get(key) ?? { points: 0, firstChoices: 0, mentions: 0 };
      tally.points += pointsForRank(index + 1);
      tally.mentions += 1;
      if (index === 0) tally.firstChoices += 1;
      byKey.set(key, tally);
    });
  }
  const sorted = [...byKey.entries()].sort(
    ([ka, a], [kb, b]) => b.points - a.points || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  const pointsCount = new Map<number, number>();
  for (const [, t] of sorted) pointsCount.set(t.points, (pointsCount.get(t.points) ?? 0) + 1);
  const tallies: ConcernTally[] = sorted.map(([concernKey, t]) => ({
    concernKey,
    points: t.points,
    firstChoices: t.firstChoices,
    mentions: t.mentions,
    position: 1 + sorted.filter(([, o]) => o.points > t.points).length,
    tied: (pointsCount.get(t.points) ?? 0) > 1,
  }));
  const candidates = tallies.filter((t) => t.position <= TOP);
  const ties: string[][] = [];
  for (const t of candidates) {
    if (!t.tied) continue;
    const group = candidates.filter((o) => o.points === t.points).map((o) => o.concernKey);
    if (group[0] === t.concernKey) ties.push(group);
  }
  // Tied concerns share a position, so a tie across the boundary puts all of them among the candidates.
  const decided = ties.length === 0;
  return {
    tallies,
    candidates: candidates.map((t) => t.concernKey),
    ties,
    decided,
    order: decided ? candidates.map((t) => t.concernKey) : [],
    totalPoints: tallies.reduce((sum, t) => sum + t.points, 0),
  };
}

/**
 * Whether an order the table confirms follows the count: every chosen concern has at least the
 * points of every concern after it and of every concern left out. Reordering only within a tie,
 * or choosing between tied concerns, follows the count; anything else needs a reason.
 */
export function followsCount(result: Top3Result, order: readonly string[]): boolean {
  const points = new Map(result.tallies.map((t) => [t.concernKey, t.points]));
  const p = (key: string) => points.get(key) ?? 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) if (p(order[i] as string) < p(order[j] as string)) return false;
  }
  const chosen = new Set(order);
  const lowest = Math.min(...order.map(p));
  const bestLeftOut = Math.max(0, ...result.tallies.filter((t) => !chosen.has(t.concernKey)).map((t) => t.points));
  if (order.length > 0 && bestLeftOut > lowest) return false;
  // Fewer than three chosen while more concerns with points exist is a choice of the table too.
  const available = Math.min(TOP, result.tallies.length);
  return order.length >= available;
}
