// The plan of the demo's care allocation history (2025 up to the day the demo is loaded): which youth
// gets which contracted product when, when care starts and stops, which months are claimed and which
// claim lines break a named rule. Pure and seeded: allocation-history.ts replays it through the real
// services in time order.
import { expectedCostOf, type TariffPeriod } from '../modules/allocations/contracts/cost.js';
import type { BudgetLineKind } from '../platform/db/schema.js';
import { today as calendarDateAt } from '../platform/clock.js';
import { SeededRandom } from './random.js';

export type DemoAllocations = 'full' | 'small';
export const DECISIONS: Record<DemoAllocations, number> = { full: 1500, small: 40 };
const HISTORY_SEED = 20250101;
const HISTORY_FROM = '2025-01-06';

export interface Youth {
  personId: string;
  familyId: string;
  municipality: string;
  /** An open trajectory with a plan: the regisseur asks from the plan; otherwise a provider asks (JW315). */
  regisseurId: string | null;
  openedOn: string;
  closedOn: string | null;
  client: { bsn: string; birthDate: string; givenName: string; familyName: string };
}

export interface Product {
  providerId: string;
  agb: string;
  category: string;
  productCode: string;
  unit: string;
  line: BudgetLineKind;
  /** null: the regional contract, for every municipality. */
  municipality: string | null;
  termStart: string;
  termEnd: string;
  tariffs: TariffPeriod[];
}

export type Fault = 'TR321' | 'TR346' | 'TR387';

export interface Planned {
  index: number;
  youth: Youth;
  product: Product;
  source: 'plan' | 'jw315';
  requestAt: Date;
  decideAt: Date;
  startsOn: string;
  endsOn: string;
  volume: number;
  frequency: string;
  /** A placement in the education-care class. */
  arrangementId?: string;
  expectedCents: number;
  care: { startedOn: string; startAt: Date; stop: { on: string; reason: string; at: Date } | null } | null;
  faults: Map<string, Fault>;
  /** Filled in when decided. */
  allocationNumber?: number;
}

const DAY = 86_400_000;
/** The calendar date in the Netherlands at an instant (the seed's instants are set in the daytime). */
export const isoDay = (d: Date) => calendarDateAt(d);
export const dayAt = (iso: string, hour = 9) => new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);
const addDays = (iso: string, days: number) => isoDay(new Date(dayAt(iso, 12).getTime() + days * DAY));
const minIso = (a: string, b: string) => (a < b ? a : b);
const maxIso = (a: string, b: string) => (a > b ? a : b);

/** Weight, volume, frequency and duration (days) by product code. */
const SHAPE: Record<string, { weight: number; volume: [number, number]; frequency: string; days: [number, number] }> = {
  '45A01': { weight: 30, volume: [1, 4], frequency: '2', days: [90, 270] },
  '45L01': { weight: 30, volume: [1, 4], frequency: '2', days: [90, 270] },
  '40P01': { weight: 12, volume: [2, 6], frequency: '2', days: [90, 360] },
  '41D01': { weight: 6, volume: [2, 6], frequency: '2', days: [90, 180] },
  '43V01': { weight: 3, volume: [7, 7], frequency: '2', days: [90, 360] },
  '44G01': { weight: 3, volume: [7, 7], frequency: '2', days: [120, 360] },
  '46C01': { weight: 4, volume: [1, 1], frequency: '1', days: [14, 42] },
  '54P01': { weight: 12, volume: [1, 1], frequency: '6', days: [120, 300] },
};
const EARLY_REASONS = ['32', '33', '34', '35', '38', '39'] as const;

export function shapeOf(code: string) {
  return SHAPE[code];
}

export function planHistory(
  youths: readonly Youth[],
  products: readonly Product[],
  today: Date,
  count: number,
): Planned[] {
  const rng = new SeededRandom(HISTORY_SEED);
  const lastDecision = isoDay(new Date(today.getTime() - 3 * DAY));
  const nowIso = isoDay(today);
  const pool = rng.sample(youths, youths.length);
  const out: Planned[] = [];
  for (const youth of pool) {
    if (out.length >= count) break;
    // From the plan: after the trajectory opened (and before it closed). A provider's request (JW315,
    // after a GP's referral) does not wait for the neighbourhood team: any day of the two years.
    const fromPlan = youth.regisseurId !== null;
    const from = fromPlan ? maxIso(HISTORY_FROM, addDays(youth.openedOn, 3)) : HISTORY_FROM;
    const to = fromPlan && youth.closedOn ? minIso(lastDecision, addDays(youth.closedOn, -20)) : lastDecision;
    if (to <= addDays(from, 5)) continue;
    const span = (dayAt(to).getTime() - dayAt(from).getTime()) / DAY;
    const requestOn = addDays(from, Math.floor(rng.next() * span));
    const term = requestOn < '2025-12-01' ? '2025' : '2026';
    const choices = products.filter(
      (p) =>
        (p.municipality === null || p.municipality === youth.municipality) &&
        p.termStart.startsWith(term) &&
        SHAPE[p.productCode] !== undefined,
    );
    if (choices.length === 0) continue;
    const product = rng.weighted(choices.map((p) => [p, SHAPE[p.productCode]?.weight ?? 1] as const));
    const shape = SHAPE[product.productCode] as (typeof SHAPE)[string];
    const requestAt = new Date(dayAt(requestOn, 8).getTime() + rng.int(0, 480) * 60_000);
    const decideAt = new Date(requestAt.getTime() + rng.int(1, 6) * DAY + rng.int(0, 300) * 60_000);
    const startsOn = maxIso(product.termStart, addDays(isoDay(decideAt), rng.int(3, 20)));
    const endsOn = minIso(product.termEnd, addDays(startsOn, rng.int(shape.days[0], shape.days[1])));
    if (endsOn <= startsOn) continue;
    const volume = rng.int(shape.volume[0], shape.volume[1]);
    const p: Planned = {
      index: out.length,
      youth,
      product,
      source: youth.regisseurId ? 'plan' : 'jw315',
      requestAt,
      decideAt,
      startsOn,
      endsOn,
      volume,
      frequency: shape.frequency,
      expectedCents: expectedCostOf(product.tariffs, { volume, frequency: shape.frequency, startsOn, endsOn }),
      care: null,
      faults: new Map(),
    };
    planCare(p, rng, nowIso);
    out.push(p);
  }
  forceEachFault(out, nowIso);
  return out;
}

/** Whatever the size, one claim line of each named fault: the first allocations claimed for two months or more. */
function forceEachFault(plans: Planned[], nowIso: string): void {
  const faults: Fault[] = ['TR321', 'TR346', 'TR387'];
  for (const p of plans) {
    const fault = faults[0];
    if (!fault) return;
    if (!p.care || p.frequency !== '2' || p.care.startedOn.slice(0, 7) >= nowIso.slice(0, 7)) continue;
    const second = addDays(`${p.care.startedOn.slice(0, 7)}-01`, 40).slice(0, 7);
    const until = (p.care.stop?.on ?? p.endsOn).slice(0, 7);
    if (second > until || second >= addDays(nowIso, -40).slice(0, 7)) continue;
    p.faults.set(second, fault);
    faults.shift();
  }
}

/** Starts for most (some still to come), stops at the end or early with a JZ588 reason, a few faulty claim lines. */
export function planCare(p: Planned, rng: SeededRandom, nowIso: string): void {
  if (rng.chance(0.08)) return; // not started (yet)
  const startedOn = minIso(
    p.endsOn,
    addDays(
      p.startsOn,
      rng.weighted([
        [0, 6],
        [rng.int(1, 10), 4],
      ]),
    ),
  );
  const startAt = dayAt(addDays(startedOn, rng.int(1, 4)), 10);
  if (isoDay(startAt) >= nowIso) return;
  let stop: { on: string; reason: string; at: Date } | null = null;
  const early = rng.chance(0.15);
  if (early) {
    const days = (dayAt(p.endsOn).getTime() - dayAt(startedOn).getTime()) / DAY;
    const on = addDays(startedOn, Math.floor(days * (0.2 + rng.next() * 0.6)));
    stop = { on, reason: rng.pick(EARLY_REASONS), at: dayAt(addDays(on, rng.int(1, 5)), 11) };
  } else if (p.endsOn < nowIso && rng.chance(0.85)) {
    stop = { on: p.endsOn, reason: '31', at: dayAt(addDays(p.endsOn, rng.int(1, 5)), 11) };
  }
  if (stop && isoDay(stop.at) >= nowIso) stop = null;
  p.care = { startedOn, startAt, stop };
  let month = startedOn.slice(0, 7);
  while (`${month}-01` <= p.endsOn) {
    if (rng.chance(0.03)) p.faults.set(month, rng.pick(['TR321', 'TR346', 'TR387'] as const));
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
}
