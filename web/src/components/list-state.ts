// Where a server-paged list keeps its state: page and sort in the URL query (shareable, back button
// works, never personal data), the search text in memory only (a name must never reach a URL, a
// log or the browser history), debounced so typing sends one request.
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

export const DEFAULT_PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

export interface ListState<S extends string> {
  page: number;
  pageSize: number;
  sort: S;
  /** The search text as typed (for the input). */
  input: string;
  /** The search text after the pause in typing (for the request); empty: no search. */
  q: string;
  setPage: (page: number) => void;
  setSort: (sort: S) => void;
  setInput: (text: string) => void;
  /** Call when a filter changes, so the list starts at page 1 again. */
  firstPage: () => void;
}

/** `prefix` keeps two lists on one page apart in the URL (`page`, or `matchesPage`). */
export function useListState<S extends string>(
  sorts: readonly [S, ...S[]],
  opts: { prefix?: string; pageSize?: number } = {},
): ListState<S> {
  const [params, setParams] = useSearchParams();
  const pageKey = opts.prefix ? `${opts.prefix}Page` : 'page';
  const sortKey = opts.prefix ? `${opts.prefix}Sort` : 'sort';
  const rawPage = Number(params.get(pageKey) ?? '1');
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;
  const rawSort = params.get(sortKey);
  const sort = sorts.find((s) => s === rawSort) ?? sorts[0];
  const [input, setInputText] = useState('');
  const [q, setQ] = useState('');

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setPage = useCallback((p: number) => update({ [pageKey]: p <= 1 ? null : String(p) }), [update, pageKey]);
  const setSort = useCallback(
    (s: S) => update({ [sortKey]: s === sorts[0] ? null : s, [pageKey]: null }),
    [update, sortKey, pageKey, sorts],
  );
  const firstPage = useCallback(() => update({ [pageKey]: null }), [update, pageKey]);

  useEffect(() => {
    const text = input.trim();
    if (text === q) return undefined;
    const timer = setTimeout(() => {
      setQ(text);
      firstPage();
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input, q, firstPage]);

  return {
    page,
    pageSize: opts.pageSize ?? DEFAULT_PAGE_SIZE,
    sort,
    input,
    q,
    setPage,
    setSort,
    setInput: setInputText,
    firstPage,
  };
}
