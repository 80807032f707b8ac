// JW323 claim lines (Prestaties) checked one by one against their allocation, the contract and
// what was claimed before. Each rule is a pure function named by its code answering its WJ001
// return code or null; checkClaimLine runs them in the standard's order.
import type { AllocatedProduct } from './allocation-rules.js';
import { isWithdrawn } from './allocation-rules.js';
import { type IsoDate, daysInclusive, firstOfMonth, lastOfMonth, monthsTouched, sameMonth } from './dates.js';

export interface ClaimLine {
  /** ProductReferentie/ReferentieNummer: unique per provider for every line, debit or credit (TR314). */
  reference: string;
  /** ProductReferentie/VorigReferentieNummer: on a credit, the debit it cancels. */
  previousReference?: string | null;
  allocationNumber: string;
  category: string;
  productCode: string | null;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  volume: number;
  /** WJ756 */
  unit: string;
  tariffCents: number | null;
  amountCents: number;
  debitCredit: 'D' | 'C';
}

export interface ClaimLineContext {
  declarationPeriod: { start: IsoDate; end: IsoDate };
  /** The allocation the line names (current version), null when unknown. */
  allocation: AllocatedProduct | null;
  /** The contracted tariff of the product valid at the line's start, per the allocation's unit. */
  contractedTariffCents: number | null;
  /** Net volume already accepted on this allocation, in the allocation's unit (TR322). */
  volumeBefore: number;
  /** Net amount already accepted on this allocation (TR369). */
  amountBeforeCents: number;
  /** The reference of every line received before from this provider (TR314). */
  seenReferences: ReadonlySet<string>;
  /** References of accepted debit lines (TR323: a credit needs its debit). */
  debitReferences: ReadonlySet<string>;
}

/** Units that measure time, in minutes each (WJ756): 01 minute, 04 hour. */
const MINUTES: Readonly<Record<string, number>> = { '01': 1, '04': 60 };
export const UNIT_EUROS = '83';

export const referenceKey = (line: Pick<ClaimLine, 'reference'>): string => line.reference;

/** The debit a credit line cancels: its previous reference, or (older practice) its own. */
export const creditedReference = (line: Pick<ClaimLine, 'reference' | 'previousReference'>): string =>
  line.previousReference ?? line.reference;

/** The line's volume in the allocation's unit, or null when the units do not fit (TR341). */
export function volumeInUnit(volume: number, from: string, to: string): number | null {
  if (from === to) return volume;
  const f = MINUTES[from];
  const t = MINUTES[to];
  return f !== undefined && t !== undefined ? (volume * f) / t : null;
}

/** TR314: the reference number is unique for the provider, within one message and across messages. */
export function TR314(line: ClaimLine, seen: ReadonlySet<string>): '8021' | null {
  return seen.has(referenceKey(line)) ? '8021' : null;
}

/** TR338: every line relates to an allocated product by its allocation number. */
export function TR338(allocation: AllocatedProduct | null): '9338' | null {
  return allocation ? null : '9338';
}

/** TR384: no claim on a withdrawn allocation (change reason 13). */
export function TR384(allocation: AllocatedProduct): '9384' | null {
  return isWithdrawn(allocation) ? '9384' : null;
}

/** TR339 / TR340: category and product code as allocated. */
export function TR339(line: ClaimLine, a: AllocatedProduct): '9339' | null {
  return a.category !== null && a.category !== line.category ? '9339' : null;
}
export function TR340(line: ClaimLine, a: AllocatedProduct): '9340' | null {
  return a.productCode !== null && a.productCode !== line.productCode ? '9340' : null;
}

/** TR323: a credit line needs a known, not yet credited debit line (by its previous reference). */
export function TR323(line: ClaimLine, debits: ReadonlySet<string>): '8017' | null {
  return line.debitCredit === 'C' && !debits.has(creditedReference(line)) ? '8017' : null;
}

/** TR319: the product period lies within the declaration period, and so within one month. */
export function TR319(line: ClaimLine, declaration: { start: IsoDate; end: IsoDate }): '9319' | null {
  const inside = line.periodStart >= declaration.start && line.periodEnd <= declaration.end;
  return inside && sameMonth(line.periodStart, line.periodEnd) && line.periodStart <= line.periodEnd ? null : '9319';
}

/** TR307 / TR308: the product period lies within the allocation's period. */
export function TR307(line: ClaimLine, a: AllocatedProduct): '9307' | null {
  return line.periodStart >= a.start && (a.end === null || line.periodStart <= a.end) ? null : '9307';
}
export function TR308(line: ClaimLine, a: AllocatedProduct): '9308' | null {
  return line.periodEnd >= a.start && (a.end === null || line.periodEnd <= a.end) ? null : '9308';
}

/** TR387: the period starts on the 1st of its month, unless the allocation starts later that month. */
export function TR387(line: ClaimLine, a: AllocatedProduct): '9387' | null {
  const first = firstOfMonth(line.periodStart);
  const expected = a.start > first && sameMonth(a.start, line.periodStart) ? a.start : first;
  return line.periodStart === expected ? null : '9387';
}

/** TR388: the period ends on the last day of its month, unless the allocation ends earlier that month. */
export function TR388(line: ClaimLine, a: AllocatedProduct): '9388' | null {
  const last = lastOfMonth(line.periodEnd);
  const expected = a.end !== null && a.end < last && sameMonth(a.end, line.periodEnd) ? a.end : last;
  return line.periodEnd === expected ? null : '9388';
}

/** TR341: the line's unit fits the allocation's (the same, or minutes ↔ hours). */
export function TR341(line: ClaimLine, a: AllocatedProduct): '9341' | null {
  if (!a.volume) return null;
  return volumeInUnit(line.volume, line.unit, a.volume.unit) === null ? '9341' : null;
}

/** How much of the allocated volume a period may hold, by frequency (WMO757: 1 day, 2 week, 4 month, 6 total). */
export function maxVolumeFor(a: AllocatedProduct, start: IsoDate, end: IsoDate): number {
  if (!a.volume) return Number.POSITIVE_INFINITY;
  const { amount, frequency } = a.volume;
  const days = daysInclusive(start, end);
  switch (frequency) {
    case '1':
      return amount * days;
    case '2':
      return amount * Math.ceil(days / 7);
    case '4':
      return amount * monthsTouched(start, end);
    default:
      return amount;
  }
}

/** TR321: a debit line's volume fits the allocated volume for its period. */
export function TR321(line: ClaimLine, a: AllocatedProduct): '9321' | null {
  if (!a.volume || line.debitCredit === 'C') return null;
  const v = volumeInUnit(line.volume, line.unit, a.volume.unit);
  return v !== null && v > maxVolumeFor(a, line.periodStart, line.periodEnd) + 1e-9 ? '9321' : null;
}

/** TR322: all accepted volume on the allocation plus this line fits the volume over its whole term. */
export function TR322(line: ClaimLine, a: AllocatedProduct, volumeBefore: number): '9322' | null {
  if (!a.volume || line.debitCredit === 'C') return null;
  const v = volumeInUnit(line.volume, line.unit, a.volume.unit);
  const termEnd = a.end ?? line.periodEnd;
  return v !== null && volumeBefore + v > maxVolumeFor(a, a.start, termEnd) + 1e-9 ? '9322' : null;
}

/** TR369: with a budget allocated, all accepted amounts plus this line fit the budget. */
export function TR369(line: ClaimLine, a: AllocatedProduct, amountBeforeCents: number): '9369' | null {
  if (a.budgetCents === null || line.debitCredit === 'C') return null;
  return amountBeforeCents + line.amountCents > a.budgetCents ? '9369' : null;
}

/**
 * TR346: unless the unit is euros (83), amount = volume × tariff. A tariff per hour claimed in
 * minutes: hour tariff × minutes / 60, rounded to whole cents (IV081).
 */
export function TR346(line: ClaimLine, hourTariffCents: number | null = null): '9346' | null {
  if (line.unit === UNIT_EUROS) return null;
  if (line.tariffCents !== null && line.amountCents === Math.round(line.volume * line.tariffCents)) return null;
  if (
    line.unit === '01' &&
    hourTariffCents !== null &&
    line.amountCents === Math.round((hourTariffCents * line.volume) / 60)
  )
    return null;
  return '9346';
}

/** TR418: the tariff claimed is the contracted tariff (converted to minutes when claimed per minute). */
export function TR418(line: ClaimLine, contractedCents: number | null, contractUnit: string | null): '0611' | null {
  if (contractedCents === null || line.tariffCents === null || line.unit === UNIT_EUROS) return null;
  const perClaimUnit =
    contractUnit && contractUnit !== line.unit
      ? volumeInUnit(contractedCents, line.unit, contractUnit)
      : contractedCents;
  if (perClaimUnit === null) return '0611';
  return Math.abs(line.tariffCents - perClaimUnit) < 1 ? null : '0611';
}

/** Every return code of one line (empty: accepted). Stops at the first structural failure. */
export function checkClaimLine(line: ClaimLine, ctx: ClaimLineContext): string[] {
  const codes: (string | null)[] = [TR314(line, ctx.seenReferences), TR323(line, ctx.debitReferences)];
  const a = ctx.allocation;
  if (TR338(a) || !a) return [...codes, '9338'].filter((c): c is string => !!c);
  const hourTariff = a.volume?.unit === '04' ? ctx.contractedTariffCents : null;
  codes.push(
    TR384(a),
    TR339(line, a),
    TR340(line, a),
    TR319(line, ctx.declarationPeriod),
    TR307(line, a),
    TR308(line, a),
    TR387(line, a),
    TR388(line, a),
    TR341(line, a),
    TR321(line, a),
    TR322(line, a, ctx.volumeBefore),
    TR369(line, a, ctx.amountBeforeCents),
    TR346(line, hourTariff),
    TR418(line, ctx.contractedTariffCents, a.volume?.unit ?? null),
  );
  return codes.filter((c): c is string => !!c);
}
