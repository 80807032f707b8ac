/** One page of a list the API returned whole (it is capped server-side), for <Pagination>. */
export interface ClientPage<T> {
  /** The requested page, clamped to the pages there are: a withdrawal on the last page must not leave it empty. */
  page: number;
  items: T[];
  /** 1-based positions of the first and last item shown, for "1–25 of 290". */
  from: number;
  to: number;
  total: number;
}

export function clientPage<T>(all: readonly T[], page: number, pageSize: number): ClientPage<T> {
  const size = Math.max(1, pageSize);
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * size;
  const items = all.slice(start, start + size);
  return {
    page: current,
    items,
    from: items.length === 0 ? 0 : start + 1,
    to: start + items.length,
    total: all.length,
  };
}
