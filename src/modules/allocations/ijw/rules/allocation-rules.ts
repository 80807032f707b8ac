// JW301 rules as pure functions: stacking (TR302/OP259), newest version wins (OP033x1), full state
// per client and provider (OP087), correction by withdrawal (change reason 13).
import { type IsoDate, periodsOverlap } from './dates.js';

/** JZ002 change reasons the rules look at. */
export const CHANGE_REASON = { administrativeCorrection: '01', withdrawn: '13' } as const;

export interface AllocatedProduct {
  /** ToewijzingNummer: ≤ 9 digits, unique per municipality (TR332). */
  number: string;
  /** JZ020; null for a generic (budget-only) allocation. */
  category: string | null;
  /** The municipality's product code (≤ 5 characters); null for aspecific allocations. */
  productCode: string | null;
  start: IsoDate;
  end: IsoDate | null;
  /** JZ002, null on a first allocation. */
  changeReason: string | null;
  /** ToewijzingDatum + ToewijzingTijd as one ISO date-time: the version's moment (OP033x1). */
  allocatedAt: string;
  volume: { amount: number; unit: string; frequency: string } | null;
  budgetCents: number | null;
}

/** A withdrawn or annulled allocation: end = start with reason 13 (or 01). Not counted for stacking. */
export function isWithdrawn(p: AllocatedProduct): boolean {
  return (
    p.end !== null &&
    p.end === p.start &&
    (p.changeReason === CHANGE_REASON.withdrawn || p.changeReason === CHANGE_REASON.administrativeCorrection)
  );
}

/**
 * "The same product" for stacking: the same product code; without a code the same category;
 * a generic allocation (no category) collides with every product.
 */
function sameProduct(a: AllocatedProduct, b: AllocatedProduct): boolean {
  if (a.category === null || b.category === null) return true;
  if (a.productCode !== null && b.productCode !== null) return a.productCode === b.productCode;
  if (a.productCode === null && b.productCode === null) return a.category === b.category;
  return false;
}

/**
 * TR302 / OP259: a product may appear more than once (for one client and one provider) only when
 * the periods do not overlap. Returns each stacked pair of allocation numbers.
 */
export function TR302(products: readonly AllocatedProduct[]): [string, string][] {
  const live = products.filter((p) => !isWithdrawn(p));
  const pairs: [string, string][] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i] as AllocatedProduct;
      const b = live[j] as AllocatedProduct;
      if (a.number !== b.number && sameProduct(a, b) && periodsOverlap(a, b)) pairs.push([a.number, b.number]);
    }
  }
  return pairs;
}

/**
 * OP259 at decision time: would the candidate stack on the client's current allocations with this
 * provider? (TR302 over the union; other versions of the candidate's own number do not count.)
 */
export function OP259(candidate: AllocatedProduct, current: readonly AllocatedProduct[]): string[] {
  return TR302([candidate, ...current.filter((c) => c.number !== candidate.number)])
    .filter(([a, b]) => a === candidate.number || b === candidate.number)
    .map(([a, b]) => (a === candidate.number ? b : a));
}

/** OP033x1: of every allocation number, the version with the latest allocation date-time wins. */
export function OP033x1(versions: readonly AllocatedProduct[]): AllocatedProduct[] {
  const newest = new Map<string, AllocatedProduct>();
  for (const v of versions) {
    const seen = newest.get(v.number);
    if (!seen || v.allocatedAt > seen.allocatedAt) newest.set(v.number, v);
  }
  return [...newest.values()];
}

/** The fields whose change makes an allocation part of the next message (OP087). */
export function allocationFingerprint(p: AllocatedProduct): string {
  return JSON.stringify([
    p.category,
    p.productCode,
    p.start,
    p.end,
    p.changeReason,
    p.allocatedAt,
    p.volume,
    p.budgetCents,
  ]);
}

/**
 * OP087: the JW301 for one client and one provider holds every allocation valid on or after the
 * message date, plus every allocation changed since the previous JW301 (fingerprints of what was
 * sent). Input: all versions; OP033x1 picks the current one of each number first.
 */
export function OP087(
  versions: readonly AllocatedProduct[],
  messageDate: IsoDate,
  lastSent: ReadonlyMap<string, string>,
): AllocatedProduct[] {
  return OP033x1(versions)
    .filter((p) => {
      const valid = p.end === null || p.end >= messageDate;
      const changed = lastSent.get(p.number) !== allocationFingerprint(p);
      return valid || (lastSent.has(p.number) && changed);
    })
    .sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }));
}

/**
 * A correction (OP033x1, IV…): the wrong allocation is withdrawn — end = start, change reason 13 —
 * and the right one is sent under a new number.
 */
export function withdrawal(p: AllocatedProduct, at: string): AllocatedProduct {
  return { ...p, end: p.start, changeReason: CHANGE_REASON.withdrawn, allocatedAt: at };
}
