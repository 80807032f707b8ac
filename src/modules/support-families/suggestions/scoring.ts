// How well a support family fits a request, explained per criterion. Pure: no database, so the
// suggestions, the overall assignment, the bench and the tests all score exactly the same way.
//
// Hard rules first (a family that breaks one is not a candidate at all): within the family's
// maximum travel distance, at least one kind of support in common, at least one shared day-part,
// not more children than the family takes, and room for another family. Then each criterion gives
// a value from 0 to 1; the score is the weighted mean × 100.
import { distanceKm } from '../../geo/postcodes.js';

export const CRITERIA = ['distance', 'needs', 'days', 'language', 'age', 'capacity'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;
export const DEFAULT_WEIGHTS: Weights = { distance: 3, needs: 3, days: 2, language: 1, age: 1, capacity: 1 };

export interface RequestProfile {
  id: string;
  latitude: number;
  longitude: number;
  supportKinds: readonly string[];
  childAges: readonly number[];
  languages: readonly string[];
  availability: readonly string[];
}
export interface FamilyProfile {
  id: string;
  latitude: number;
  longitude: number;
  offers: readonly string[];
  languages: readonly string[];
  availability: readonly string[];
  maxTravelKm: number;
  maxChildren: number;
  preferredAgeMin: number;
  preferredAgeMax: number;
  maxFamilies: number;
  currentMatches: number;
}

export type Ineligible = 'too_far' | 'no_shared_support' | 'no_shared_time' | 'too_many_children' | 'no_capacity';
export interface CriterionScore {
  criterion: Criterion;
  weight: number;
  value: number;
  points: number;
  detail: { km?: number; shared?: string[]; of?: number; fitting?: number; remaining?: number };
}
export type PairScore =
  { eligible: true; score: number; criteria: CriterionScore[] } | { eligible: false; reason: Ineligible; km: number };

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const intersect = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));

export function scorePair(r: RequestProfile, f: FamilyProfile, weights: Weights = DEFAULT_WEIGHTS): PairScore {
  const km = distanceKm(r, f);
  const remaining = f.maxFamilies - f.currentMatches;
  const needs = intersect(r.supportKinds, f.offers);
  const days = intersect(r.availability, f.availability);
  if (remaining <= 0) return { eligible: false, reason: 'no_capacity', km: round(km) };
  if (km > f.maxTravelKm) return { eligible: false, reason: 'too_far', km: round(km) };
  if (needs.length === 0) return { eligible: false, reason: 'no_shared_support', km: round(km) };
  if (days.length === 0) return { eligible: false, reason: 'no_shared_time', km: round(km) };
  if (r.childAges.length > f.maxChildren) return { eligible: false, reason: 'too_many_children', km: round(km) };
  const languages = intersect(r.languages, f.languages);
  const fitting = r.childAges.filter((a) => a >= f.preferredAgeMin && a <= f.preferredAgeMax).length;
  const values: Record<Criterion, [number, CriterionScore['detail']]> = {
    distance: [1 - km / f.maxTravelKm, { km: round(km) }],
    needs: [needs.length / r.supportKinds.length, { shared: needs, of: r.supportKinds.length }],
    days: [days.length / r.availability.length, { shared: days, of: r.availability.length }],
    language: [languages.length > 0 ? 1 : 0, { shared: languages }],
    age: [fitting / r.childAges.length, { fitting, of: r.childAges.length }],
    capacity: [remaining / f.maxFamilies, { remaining, of: f.maxFamilies }],
  };
  const totalWeight = CRITERIA.reduce((s, c) => s + weights[c], 0) || 1;
  const criteria = CRITERIA.map((c) => {
    const [value, detail] = values[c];
    return {
      criterion: c,
      weight: weights[c],
      value: round(value, 3),
      points: round((100 * weights[c] * value) / totalWeight),
      detail,
    };
  });
  // A tiny floor keeps every eligible pair strictly better than "no match" in the assignment.
  const score = Math.max(0.01, round(criteria.reduce((s, c) => s + c.points, 0)));
  return { eligible: true, score, criteria };
}
