// What a list's pager shows, from the server's page: the rows on this page, how many pages, and
// whether there is a next one. A capped total (a long list counted up to 500: paging.ts on the server)
// is a lower bound, so the page count is unknown and "next" stays open while pages are full.

export interface PagerInput {
  page: number;
  pageSize: number;
  total: number;
  /** The server stopped counting: more than `total` match. */
  totalCapped?: boolean | undefined;
}

export interface PagerState {
  from: number;
  to: number;
  /** Null when the total is capped (how many pages there are is not known). */
  pageCount: number | null;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function pagerState({ page, pageSize, total, totalCapped = false }: PagerInput): PagerState {
  const size = Math.max(1, pageSize);
  const from = total === 0 ? 0 : Math.min(total, (page - 1) * size + 1);
  const to = Math.min(total, page * size);
  if (totalCapped) return { from, to, pageCount: null, hasPrevious: page > 1, hasNext: true };
  const pageCount = Math.max(1, Math.ceil(total / size));
  return { from, to, pageCount, hasPrevious: page > 1, hasNext: page < pageCount };
}
