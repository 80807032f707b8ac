// Parts of the care allocation history beyond one allocation: the budgets sized to the planned demand
// (tight in a few municipality/lines), placements in the education-care class, the providers' monthly
// claims and the requests still waiting for an answer.
import { maxVolumeFor } from '../modules/allocations/ijw/rules/claim-rules.js';
import { receiveMessage } from '../modules/allocations/exchange/receive.js';
import type { Tx } from '../platform/db/transaction.js';
import { expectedCostOf } from '../modules/allocations/contracts/cost.js';
import { dayAt, isoDay, type Planned, type Product, type Youth } from './allocation-plan.js';
import type { SeedWorld, Step } from './allocation-world.js';
import { changeRequestXml, claimXml, requestXml, type SeedClaimLine } from './provider-messages.js';
import { SeededRandom } from './random.js';

type Deps = Parameters<typeof receiveMessage>[1];
const DAY = 86_400_000;
const addDays = (iso: string, days: number) => isoDay(new Date(dayAt(iso, 12).getTime() + days * DAY));

/** Budget per line as a share of the planned demand: most lines with room, a few near or over 100 %. */
const TIGHT: Record<string, number> = {
  '0166|local_ambulant|2026': 0.93,
  '0166|regional_ambulant|2026': 0.99,
  '0160|regional_ambulant|2026': 1.03,
  '0160|local_basic|2025': 0.97,
};

export async function sizeBudgets(trx: Tx, planned: readonly Planned[]): Promise<void> {
  const demand = new Map<string, number>();
  for (const p of planned) {
    const key = `${p.youth.municipality}|${p.product.line}|${p.startsOn.slice(0, 4)}`;
    demand.set(key, (demand.get(key) ?? 0) + p.expectedCents);
  }
  const rng = new SeededRandom(7);
  const tight = new Map(Object.entries(TIGHT).filter(([key]) => demand.has(key)));
  // A small history may not reach the usual tight lines: then the two largest outside Zwolle run tight.
  const largest = [...demand].filter(([key]) => !key.startsWith('0193')).sort(([, x], [, y]) => y - x);
  for (const [key] of largest.slice(0, Math.max(0, 2 - tight.size))) tight.set(key, tight.size ? 1.02 : 0.95);
  for (const [key, cents] of [...demand].sort(([a], [b]) => a.localeCompare(b))) {
    const [municipality, line, year] = key.split('|') as [string, string, string];
    const share = tight.get(key) ?? 1.2 + rng.next() * 0.4;
    // Whole thousands of euros, as a council sets them.
    const amount = Math.max(1, Math.round((cents * share) / 100_000)) * 100_000;
    await trx
      .updateTable('budget_line')
      .set({ amount_cents: amount })
      .where('municipality_code', '=', municipality)
      .where('line', '=', line as never)
      .where('year', '=', Number(year))
      .execute();
  }
}

/** Four Zwolle youths in the education-care class from the start of the 2026 school year. */
export function placements(
  youths: readonly Youth[],
  products: readonly Product[],
  today: Date,
  arrangementId: string,
): Planned[] {
  const product = products.find((p) => p.productCode === '50M01');
  if (!product || isoDay(today) < '2026-09-01') return [];
  const chosen = youths.filter((y) => y.municipality === '0193' && y.regisseurId !== null).slice(-4);
  return chosen.map((youth, i) => {
    const requestAt = dayAt(`2026-08-0${3 + i}`, 9);
    return {
      index: 100_000 + i,
      youth,
      product,
      source: 'plan' as const,
      requestAt,
      decideAt: new Date(requestAt.getTime() + 2 * DAY),
      startsOn: '2026-08-24',
      endsOn: '2027-07-16',
      volume: 8,
      frequency: '2',
      arrangementId,
      expectedCents: expectedCostOf(product.tariffs, {
        volume: 8,
        frequency: '2',
        startsOn: '2026-08-24',
        endsOn: '2027-07-16',
      }),
      care: { startedOn: '2026-08-24', startAt: dayAt('2026-08-25', 10), stop: null },
      faults: new Map(),
    };
  });
}

const monthsOf = (from: string, to: string): string[] => {
  const out: string[] = [];
  let m = from.slice(0, 7);
  while (m <= to.slice(0, 7)) {
    out.push(m);
    const [y, mm] = m.split('-').map(Number) as [number, number];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return out;
};
const lastOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDay(new Date(Date.UTC(y, m, 0)));
};

/** One JW323 per provider, municipality and month with every started allocation's care of that month. */
export function claimEvents(w: SeedWorld, planned: readonly Planned[], today: Date, deps: Deps): Step[] {
  const keys = new Map<string, { providerId: string; agb: string; municipality: string; month: string }>();
  for (const p of planned) {
    if (!p.care) continue;
    const until = p.care.stop?.on ?? p.endsOn;
    for (const month of monthsOf(p.care.startedOn, until)) {
      const key = `${p.product.providerId}|${p.youth.municipality}|${month}`;
      keys.set(key, {
        providerId: p.product.providerId,
        agb: p.product.agb,
        municipality: p.youth.municipality,
        month,
      });
    }
  }
  const claimed = new Map<Planned, number>();
  const steps: Step[] = [];
  for (const k of [...keys.values()].sort((a, b) =>
    `${a.month}${a.agb}${a.municipality}`.localeCompare(`${b.month}${b.agb}${b.municipality}`),
  )) {
    const at = dayAt(addDays(`${lastOf(k.month)}`, 4 + (Number(k.agb.slice(-1)) % 5)), 7);
    if (at.getTime() >= today.getTime()) continue;
    steps.push({
      at,
      label: 'claim',
      run: async () => {
        const first = `${k.month}-01`;
        const last = lastOf(k.month);
        const lines: SeedClaimLine[] = [];
        for (const p of planned) {
          if (p.product.providerId !== k.providerId || p.youth.municipality !== k.municipality) continue;
          const line = claimLine(p, k.month, first, last, claimed, at);
          if (line) lines.push(line);
        }
        if (lines.length === 0) return;
        const number = `D${k.month.slice(2, 4)}${k.month.slice(5)}${k.municipality}`;
        const xml = claimXml(
          { agb: k.agb, municipality: k.municipality, id: w.id(), date: isoDay(at) },
          number,
          { start: first, end: last },
          lines,
        );
        await receiveMessage(w.trx, deps, { providerId: k.providerId, via: 'seed', userId: null }, xml);
      },
    });
  }
  return steps;
}

function claimLine(
  p: Planned,
  month: string,
  first: string,
  last: string,
  claimed: Map<Planned, number>,
  at: Date,
): SeedClaimLine | null {
  const care = p.care;
  if (!care || p.allocationNumber === undefined || care.startAt.getTime() >= at.getTime()) return null;
  if (care.startedOn > last || (care.stop && care.stop.on < first)) return null;
  if (p.startsOn > last || p.endsOn < first) return null;
  if (p.frequency === '6' && care.startedOn.slice(0, 7) !== month) return null;
  let periodStart = p.startsOn > first ? p.startsOn : first;
  const periodEnd = p.endsOn < last ? p.endsOn : last;
  const allocation = {
    number: String(p.allocationNumber),
    category: p.product.category,
    productCode: p.product.productCode,
    start: p.startsOn,
    end: p.endsOn,
    changeReason: null,
    allocatedAt: '',
    volume: { amount: p.volume, unit: p.product.unit, frequency: p.frequency },
    budgetCents: null,
  };
  const monthMax = maxVolumeFor(allocation, periodStart, periodEnd);
  const termLeft = maxVolumeFor(allocation, p.startsOn, p.endsOn) - (claimed.get(p) ?? 0);
  const rng = SeededRandom.forItem(p.index, Number(month.replace('-', '')));
  const share = p.frequency === '2' ? 0.6 + rng.next() * 0.25 : 1;
  let volume = Math.min(Math.max(1, Math.floor(monthMax * share)), termLeft);
  if (volume <= 0) return null;
  const tariff = p.product.tariffs.find((t) => t.validFrom <= periodStart && (t.validTo ?? '9999') >= periodStart);
  if (!tariff) return null;
  let amount = volume * tariff.tariffCents;
  const fault = p.faults.get(month);
  if (fault === 'TR321') {
    volume = monthMax + 2;
    amount = volume * tariff.tariffCents;
  } else if (fault === 'TR346') amount += 137;
  else if (fault === 'TR387' && periodStart === first && periodEnd > first) periodStart = addDays(first, 1);
  else claimed.set(p, (claimed.get(p) ?? 0) + volume);
  return {
    bsn: p.youth.client.bsn,
    reference: `R${p.allocationNumber}${month.slice(2, 4)}${month.slice(5)}`,
    allocationNumber: p.allocationNumber,
    category: p.product.category,
    productCode: p.product.productCode,
    periodStart,
    periodEnd,
    volume,
    unit: p.product.unit,
    tariffCents: tariff.tariffCents,
    amountCents: amount,
  };
}

/** JW315s and JW317s received in the last working days, not answered yet: some past their five days. */
export function openRequestEvents(
  w: SeedWorld,
  planned: readonly Planned[],
  youths: readonly Youth[],
  products: readonly Product[],
  today: Date,
  deps: Deps,
): Step[] {
  const small = planned.length < 200;
  const used = new Set(planned.map((p) => p.youth.personId));
  const free = youths.filter((y) => !used.has(y.personId) && y.closedOn === null);
  const ambulant = products.filter((p) => p.productCode === '45A01' && p.termStart === '2026-01-01');
  const steps: Step[] = [];
  const rng = new SeededRandom(315);
  const newRequests = small ? 4 : 12;
  for (let i = 0; i < newRequests && i < free.length; i++) {
    const youth = free[i] as Youth;
    const product = ambulant[0];
    if (!product) break;
    const at = dayAt(addDays(isoDay(today), -1 - ((i * 3) % 10)), 8 + (i % 6));
    const startsOn = addDays(isoDay(today), 14);
    steps.push({
      at,
      label: 'open JW315',
      run: async () => {
        const xml = requestXml(
          { agb: product.agb, municipality: youth.municipality, id: w.id(), date: isoDay(at) },
          youth.client,
          {
            reference: `VZ-OPEN-${i + 1}`,
            category: product.category,
            productCode: product.productCode,
            startsOn,
            endsOn: addDays(startsOn, 180),
            volume: rng.int(2, 4),
            unit: product.unit,
            frequency: '2',
          },
        );
        await receiveMessage(w.trx, deps, { providerId: product.providerId, via: 'seed', userId: null }, xml);
      },
    });
  }
  const running = planned.filter(
    (p) => p.care && !p.care.stop && p.product.productCode === '45A01' && p.endsOn > addDays(isoDay(today), 60),
  );
  const changes = small ? 2 : 4;
  for (let i = 0; i < changes && i < running.length; i++) {
    const p = running[running.length - 1 - i] as Planned;
    const at = dayAt(addDays(isoDay(today), -2 - i * 2), 13);
    steps.push({
      at,
      label: 'open JW317',
      run: async () => {
        if (p.allocationNumber === undefined) return;
        const xml = changeRequestXml(
          { agb: p.product.agb, municipality: p.youth.municipality, id: w.id(), date: isoDay(at) },
          p.youth.client,
          {
            reference: `VW-OPEN-${i + 1}`,
            allocationNumber: p.allocationNumber,
            from: addDays(isoDay(today), 7),
            volume: p.volume + 2,
            unit: p.product.unit,
            frequency: p.frequency,
          },
        );
        await receiveMessage(w.trx, deps, { providerId: p.product.providerId, via: 'seed', userId: null }, xml);
      },
    });
  }
  return steps;
}
