import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cappedTotal, containsPattern, COUNT_CAP, countLimit, MAX_PAGE_SIZE, pagingFields } from './paging.js';

const Query = z.strictObject(pagingFields('TestSort', ['newest', 'oldest'] as const));

describe('the paging contract', () => {
  it('defaults to the first page of 25 in the first sort, without a search', () => {
    expect(Query.parse({})).toEqual({ page: 1, pageSize: 25, sort: 'newest' });
  });

  it('reads numbers from a query string, trims the search and drops a blank one', () => {
    expect(Query.parse({ page: '3', pageSize: '50', q: '  Jansen ', sort: 'oldest' })).toEqual({
      page: 3,
      pageSize: 50,
      q: 'Jansen',
      sort: 'oldest',
    });
    expect(Query.parse({ q: '   ' }).q).toBeUndefined();
  });

  it('refuses pages below 1, fractions, sizes above the bound and sorts outside the whitelist', () => {
    for (const bad of [
      { page: '0' },
      { page: '-1' },
      { page: '1.5' },
      { page: 'abc' },
      { pageSize: '0' },
      { pageSize: String(MAX_PAGE_SIZE + 1) },
      { sort: 'name; DROP TABLE x' },
      { q: 'x'.repeat(101) },
      { unknown: '1' },
    ]) {
      const result = Query.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('escapes LIKE wildcards in a search text', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(containsPattern('Jansen')).toBe('%jansen%');
  });

  it('counts a capped list to 500, or to the end of the page asked for, and says when it stopped', () => {
    expect(countLimit({ page: 1, pageSize: 25 })).toBe(COUNT_CAP);
    expect(countLimit({ page: 21, pageSize: 25 })).toBe(525);
    // The count stops one row past its limit: that row says "more".
    expect(cappedTotal('501', { page: 1, pageSize: 25 })).toEqual({ total: 500, totalCapped: true });
    expect(cappedTotal(500, { page: 1, pageSize: 25 })).toEqual({ total: 500, totalCapped: false });
    expect(cappedTotal('7', { page: 50, pageSize: 25 })).toEqual({ total: 7, totalCapped: false });
    expect(cappedTotal(null, { page: 1, pageSize: 25 })).toEqual({ total: 0, totalCapped: false });
    expect(cappedTotal('526', { page: 21, pageSize: 25 })).toEqual({ total: 525, totalCapped: true });
  });
});
