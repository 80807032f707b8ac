import { describe, expect, it } from 'vitest';
import { pagerState } from './pager';

describe('the pager', () => {
  it('counts pages from an exact total', () => {
    expect(pagerState({ page: 2, pageSize: 25, total: 60 })).toEqual({
      from: 26,
      to: 50,
      pageCount: 3,
      hasPrevious: true,
      hasNext: true,
    });
    expect(pagerState({ page: 3, pageSize: 25, total: 60 })).toMatchObject({ from: 51, to: 60, hasNext: false });
    expect(pagerState({ page: 1, pageSize: 25, total: 0 })).toMatchObject({ from: 0, to: 0, pageCount: 1 });
  });

  it('keeps "next" open past a capped total, without a page count', () => {
    // "1–25 van meer dan 500": the server counted 500 and stopped.
    expect(pagerState({ page: 1, pageSize: 25, total: 500, totalCapped: true })).toEqual({
      from: 1,
      to: 25,
      pageCount: null,
      hasPrevious: false,
      hasNext: true,
    });
    // Page 21 of a long queue: the server counts to the end of the page asked for (525).
    expect(pagerState({ page: 21, pageSize: 25, total: 525, totalCapped: true })).toMatchObject({
      from: 501,
      to: 525,
      hasNext: true,
    });
  });
});
