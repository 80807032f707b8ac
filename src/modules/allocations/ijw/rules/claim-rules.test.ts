import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIjwMessage } from '../codec.js';
import { sampleProduct } from '../samples.js';
import type { AllocatedProduct } from './allocation-rules.js';
import { type ClaimLedger, claimAssessor, claimLineFromJw323 } from './claim-assessment.js';
import {
  type ClaimLine,
  TR307,
  TR308,
  TR314,
  TR319,
  TR321,
  TR322,
  TR323,
  TR338,
  TR339,
  TR340,
  TR341,
  TR346,
  TR369,
  TR384,
  TR387,
  TR388,
  TR418,
  checkClaimLine,
} from './claim-rules.js';

const alloc = (o: Partial<AllocatedProduct> = {}): AllocatedProduct => sampleProduct(o);
const line = (o: Partial<ClaimLine> = {}): ClaimLine => ({
  reference: 'RN1',
  allocationNumber: '100001',
  category: '45',
  productCode: '45A04',
  periodStart: '2026-02-01',
  periodEnd: '2026-02-28',
  volume: 12,
  unit: '04',
  tariffCents: 9500,
  amountCents: 114_000,
  debitCredit: 'D',
  ...o,
});
const feb = { start: '2026-02-01', end: '2026-02-28' };

describe('TR314 — a reference number is unique for the provider, within and across messages', () => {
  it('refuses a reference seen before (8021)', () => {
    expect(TR314(line(), new Set(['RN1']))).toBe('8021');
    expect(TR314(line(), new Set(['RN2']))).toBeNull();
  });
  it('a credit has its own reference and names the debit as previous reference', () => {
    expect(TR314(line({ reference: 'RN9', previousReference: 'RN1', debitCredit: 'C' }), new Set(['RN1']))).toBeNull();
  });
  it('examples/JW323.xml repeats RN004: the second RN004 line is refused with 8021', async () => {
    const xml = readFileSync(new URL('../fixtures/JW323.xml', import.meta.url), 'utf8');
    const msg = await readIjwMessage(xml, { expect: ['JW323'] });
    if (msg.code !== 'JW323') throw new Error('not a JW323');
    const d = msg.content.Declaratie;
    const ledger: ClaimLedger = {
      allocation: (n) =>
        alloc({
          number: n,
          productCode: null,
          start: '2026-01-01',
          end: '2026-12-31',
          volume: null,
          budgetCents: null,
        }),
      tariff: () => null,
      volumeBefore: () => 0,
      amountBeforeCents: () => 0,
      seenReferences: new Set(),
      debitReferences: new Set(),
    };
    const assess = claimAssessor({ start: d.DeclaratiePeriode.Begindatum, end: d.DeclaratiePeriode.Einddatum }, ledger);
    const verdicts = d.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie.map((p) => assess(claimLineFromJw323(p))));
    const rn004 = verdicts.filter((v) => v.line.reference === 'RN004');
    expect(rn004).toHaveLength(2);
    expect(rn004[0]?.codes).not.toContain('8021');
    expect(rn004[1]?.codes).toContain('8021');
    expect(verdicts.filter((v) => v.codes.includes('8021'))).toHaveLength(1);
  });
});

describe('TR338 / TR384 / TR339 / TR340 — the line belongs to a live allocation of that product', () => {
  it('9338 without allocation, 9384 on a withdrawn one, 9339/9340 on another product', () => {
    expect(TR338(null)).toBe('9338');
    expect(TR384(alloc({ end: '2026-01-01', changeReason: '13' }))).toBe('9384');
    expect(TR339(line({ category: '41' }), alloc())).toBe('9339');
    expect(TR340(line({ productCode: '45A05' }), alloc())).toBe('9340');
    expect(checkClaimLine(line(), ctx({ allocation: null }))).toContain('9338');
  });
});

describe('TR323 — a credit needs its debit', () => {
  it('refuses a credit without known debit (8017)', () => {
    expect(TR323(line({ reference: 'RN2', previousReference: 'RN1', debitCredit: 'C' }), new Set())).toBe('8017');
    expect(TR323(line({ reference: 'RN2', previousReference: 'RN1', debitCredit: 'C' }), new Set(['RN1']))).toBeNull();
  });
});

describe('TR319 — the product period lies within the declaration period (one month)', () => {
  it('refuses a period outside the declaration period or across months (9319)', () => {
    expect(TR319(line({ periodStart: '2026-01-01', periodEnd: '2026-01-31' }), feb)).toBe('9319');
    expect(TR319(line({ periodEnd: '2026-03-31' }), { start: '2026-02-01', end: '2026-03-31' })).toBe('9319');
    expect(TR319(line(), feb)).toBeNull();
  });
});

describe('TR307 / TR308 — the product period lies within the allocation', () => {
  it('9307 for a start before the allocation, 9308 for an end after it', () => {
    const a = alloc({ start: '2026-02-10', end: '2026-02-20' });
    expect(TR307(line({ periodStart: '2026-02-01' }), a)).toBe('9307');
    expect(TR308(line({ periodEnd: '2026-02-28' }), a)).toBe('9308');
  });
});

describe('TR387 — the period starts on the 1st, unless the allocation starts later that month', () => {
  it('9387 for a mid-month start; the allocation start is accepted', () => {
    expect(TR387(line({ periodStart: '2026-02-03' }), alloc())).toBe('9387');
    expect(TR387(line({ periodStart: '2026-02-10' }), alloc({ start: '2026-02-10' }))).toBeNull();
    expect(TR387(line({ periodStart: '2026-02-01' }), alloc({ start: '2026-02-10' }))).toBe('9387');
  });
});

describe('TR388 — the period ends on the last day, unless the allocation ends earlier that month', () => {
  it('9388 for a mid-month end; the allocation end is accepted', () => {
    expect(TR388(line({ periodEnd: '2026-02-27' }), alloc())).toBe('9388');
    expect(TR388(line({ periodEnd: '2026-02-15' }), alloc({ end: '2026-02-15' }))).toBeNull();
  });
});

describe('TR341 — the unit fits the allocation', () => {
  it('hours allocated may be claimed in minutes; days may not', () => {
    expect(TR341(line({ unit: '01', volume: 60 }), alloc())).toBeNull();
    expect(TR341(line({ unit: '14' }), alloc())).toBe('9341');
  });
});

describe('TR321 — one line fits the allocated volume for its period', () => {
  it('4 hours a week allows 16 hours in February (4 weeks), not 17 (9321)', () => {
    expect(TR321(line({ volume: 16 }), alloc())).toBeNull();
    expect(TR321(line({ volume: 17 }), alloc())).toBe('9321');
    expect(TR321(line({ volume: 17 * 60, unit: '01' }), alloc())).toBe('9321');
  });
  it('per month and in total', () => {
    const monthly = alloc({ volume: { amount: 10, unit: '04', frequency: '4' } });
    expect(TR321(line({ volume: 11 }), monthly)).toBe('9321');
    const total = alloc({ volume: { amount: 30, unit: '04', frequency: '6' } });
    expect(TR321(line({ volume: 30 }), total)).toBeNull();
  });
});

describe('TR322 — all lines together fit the allocated volume over its term', () => {
  it('refuses a line that makes the sum exceed the total (9322)', () => {
    const total = alloc({ volume: { amount: 30, unit: '04', frequency: '6' } });
    expect(TR322(line({ volume: 10 }), total, 20)).toBeNull();
    expect(TR322(line({ volume: 11 }), total, 20)).toBe('9322');
  });
});

describe('TR369 — with a budget, all amounts together fit the budget', () => {
  it('refuses an amount beyond the budget (9369)', () => {
    const budget = alloc({ volume: null, budgetCents: 200_000 });
    expect(TR369(line({ amountCents: 100_000 }), budget, 100_000)).toBeNull();
    expect(TR369(line({ amountCents: 100_001 }), budget, 100_000)).toBe('9369');
  });
});

describe('TR346 — amount = volume × tariff (unless the unit is euros)', () => {
  it('refuses a wrong amount (9346)', () => {
    expect(TR346(line())).toBeNull();
    expect(TR346(line({ amountCents: 114_001 }))).toBe('9346');
    expect(TR346(line({ unit: '83', amountCents: 5 }))).toBeNull();
  });
  it('an hour tariff claimed in minutes: hour tariff × minutes / 60, rounded (IV081)', () => {
    const perMinute = line({ unit: '01', volume: 45, tariffCents: 158, amountCents: Math.round((9500 * 45) / 60) });
    expect(TR346(perMinute, 9500)).toBeNull();
  });
});

describe('TR418 — the tariff is the contracted tariff', () => {
  it('refuses another tariff (0611)', () => {
    expect(TR418(line(), 9500, '04')).toBeNull();
    expect(TR418(line({ tariffCents: 9900 }), 9500, '04')).toBe('0611');
  });
});

describe('checkClaimLine — the rules together', () => {
  it('a correct line gets no codes; a line breaking three rules gets three', () => {
    expect(checkClaimLine(line(), ctx())).toEqual([]);
    const bad = line({ periodStart: '2026-02-02', volume: 20, amountCents: 190_000, tariffCents: 9500 });
    expect(checkClaimLine(bad, ctx())).toEqual(['9387', '9321']);
  });
});

function ctx(o: Partial<Parameters<typeof checkClaimLine>[1]> = {}): Parameters<typeof checkClaimLine>[1] {
  return {
    declarationPeriod: feb,
    allocation: alloc(),
    contractedTariffCents: 9500,
    volumeBefore: 0,
    amountBeforeCents: 0,
    seenReferences: new Set(),
    debitReferences: new Set(),
    ...o,
  };
}
