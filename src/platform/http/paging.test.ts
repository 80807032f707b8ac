import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { containsPattern, MAX_PAGE_SIZE, pagingFields } from './paging.js';

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
});
