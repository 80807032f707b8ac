import { describe, expect, it } from 'vitest';
import {
  OP072,
  OP377,
  OP378,
  OP379,
  TR019,
  TR326,
  checkStart,
  checkStop,
  deliveryState,
  type DeliveryEvent,
} from './delivery-rules.js';

const start = (d = '2026-01-12'): DeliveryEvent => ({ kind: 'start', start: d });
const stop = (reason: string, end = '2026-03-31', s = '2026-01-12'): DeliveryEvent => ({
  kind: 'stop',
  start: s,
  end,
  reason,
});

describe('TR019 — a start or stop relates to an allocation by its number', () => {
  it('answers 9019 for an unknown allocation number', () => {
    expect(TR019('999', new Set(['100001']))).toBe('9019');
    expect(TR019('100001', new Set(['100001']))).toBeNull();
  });
});

describe('TR326 — one current start per allocated product', () => {
  it('refuses a second start while the first is not stopped (9326)', () => {
    expect(TR326(deliveryState([start()]))).toBe('9326');
    expect(checkStart(deliveryState([start()]))).toEqual(['9326']);
  });
  it('allows the first start', () => expect(TR326(deliveryState([]))).toBeNull());
});

describe('OP072 — a stop only after a start', () => {
  it('refuses a stop without any start (9069)', () => {
    expect(OP072(deliveryState([]))).toBe('9069');
    expect(checkStop(deliveryState([]), '31', '2026-03-31')).toEqual(['9069']);
  });
  it('accepts a stop after a start', () => expect(checkStop(deliveryState([start()]), '31', '2026-03-31')).toEqual([]));
});

describe('OP377 — only a temporary stop may be followed by a definitive stop without a start', () => {
  it('refuses a stop after a definitive stop (9415)', () => {
    const s = deliveryState([start(), stop('31')]);
    expect(OP377(s)).toBe('9415');
    expect(checkStop(s, '33', '2026-04-30')).toContain('9415');
  });
  it('accepts a definitive stop after a temporary stop', () => {
    expect(checkStop(deliveryState([start(), stop('20')]), '31', '2026-05-31')).toEqual([]);
  });
});

describe('OP378 — after a temporary stop, without a start, only a definitive stop', () => {
  it('refuses a second temporary stop (9413)', () => {
    expect(OP378(deliveryState([start(), stop('20')]), '20', '2026-05-31')).toBe('9413');
  });
  it('refuses a definitive end before the temporary end (9414)', () => {
    expect(OP378(deliveryState([start(), stop('20', '2026-03-31')]), '31', '2026-03-01')).toBe('9414');
  });
});

describe('OP379 — after a (temporary) stop a new start is allowed', () => {
  it('allows a start after a temporary and after a definitive stop', () => {
    for (const s of [deliveryState([start(), stop('20')]), deliveryState([start(), stop('31')])]) {
      expect(OP379(s)).toBe(true);
      expect(checkStart(s)).toEqual([]);
    }
  });
  it('the end reason (JZ588) is kept in the state for the indicators', () => {
    expect(deliveryState([start(), stop('34')])).toMatchObject({ kind: 'stopped', reason: '34' });
  });
});
