// The one paging/search/sort contract of every list that can exceed a screen. Request: `page`
// (1-based), `pageSize` (bounded), `q` (free search, trimmed; empty means none) and `sort` (a
// whitelist per list, so no column name ever comes from the caller). Response: `{ items, total,
// page, pageSize }` with the REAL total of the filtered list, counted in the same statement as the
// page (`count(*) over ()`), so a list request stays one data statement. A list that can grow without
// bound on a hot path (the triage queue) counts instead up to a cap (`cappedCount`): its page is then
// an index scan of the page, and the answer says `totalCapped` ("meer dan 500") past the cap.
import { sql, type Compilable, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
/** Deep enough for any real list; a larger page is refused (400 query.page) instead of scanning. */
export const MAX_PAGE = 10_000;
export const MAX_SEARCH_LENGTH = 100;

/** A whole number as JSON or as plain digits in a query string: no '0x10', '1e3', ' 2' or '' slipping through. */
const count = (max: number) =>
  z
    .union([z.number(), z.string().regex(/^[0-9]{1,9}$/)])
    .transform(Number)
    .pipe(z.number().int().min(1).max(max));
export const PageParam = count(MAX_PAGE).default(1);
export const PageSizeParam = count(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE);
/** Free search text: trimmed, at most 100 characters; blank is the same as absent. */
export const SearchParam = z
  .string()
  .max(MAX_SEARCH_LENGTH)
  .transform((v) => v.trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export interface Paging<S extends string = string> {
  page: number;
  pageSize: number;
  q?: string | undefined;
  sort: S;
}

/**
 * The paging fields for a list's query (or search body) with its own sort whitelist, the first
 * being the default. Spread into the list's `z.strictObject({...})` next to its filters.
 * No `.meta({ id })` on a querystring (it breaks /api/openapi.json); the sort enum is named instead.
 */
export function pagingFields<const S extends readonly [string, ...string[]]>(sortId: string, sorts: S) {
  const [first] = sorts;
  return {
    page: PageParam,
    pageSize: PageSizeParam,
    q: SearchParam,
    sort: z.enum(sorts).meta({ id: sortId }).default(first),
  };
}

/** The named response of one page: the web receives it typed as `Schema<id>`. */
export function pageOf<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  item: T,
  id: string,
  extra?: E,
) {
  return z
    .object({
      ...(extra as E),
      items: z.array(item),
      total: z.number().int().min(0).describe('How many items match the filters in all, not only this page'),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(1),
    })
    .meta({ id });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A LIKE pattern for a case-insensitive "contains" search, with the caller's wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
}

const totalColumn = sql<string>`count(*) over ()`.as('page_total');

/** Past this many, a capped count stops: the list says "more than 500" instead of counting its whole length. */
export const COUNT_CAP = 500;

/**
 * How far a capped count of this page's list counts: at least COUNT_CAP, and always to the end of the
 * page itself, so the pages up to there say an exact "from–to" and the last pages the real total.
 */
export function countLimit(paging: Pick<Paging, 'page' | 'pageSize'>): number {
  return Math.max(COUNT_CAP, paging.page * paging.pageSize);
}

/**
 * The count of a filtered select (its own select is dropped; its order is kept, so an order an index
 * gives lets the count stop early along it), stopping one row past `countLimit`: a scalar subquery
 * for a bundled statement, read back with `cappedTotal`.
 */
export function cappedCount<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  paging: Pick<Paging, 'page' | 'pageSize'>,
) {
  const rows = query
    .clearSelect()
    .select(sql<number>`1`.as('one'))
    .limit(countLimit(paging) + 1);
  return sql<string>`(select count(*) from (${rows}) as capped)`;
}

/** The total from `cappedCount`: exact up to the limit; past it, the limit with `totalCapped`. */
export function cappedTotal(counted: string | number | null | undefined, paging: Pick<Paging, 'page' | 'pageSize'>) {
  const limit = countLimit(paging);
  const n = Number(counted ?? 0);
  return n > limit ? { total: limit, totalCapped: true } : { total: n, totalCapped: false };
}

/** The response field of a list with a capped count (next to `pageOf`'s total). */
export const TotalCapped = z
  .boolean()
  .describe(
    'True when more than `total` match: the count stops at 500 (or at the end of this page), not at the end of the list',
  );

/** The select of one page of an ordered query, with its real total as a window count (`page_total`). */
export function pageSelect<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  paging: Pick<Paging, 'page' | 'pageSize'>,
) {
  return pageSelectAt(query, paging.pageSize, (paging.page - 1) * paging.pageSize);
}

/** `pageSelect` by limit and offset (a statement template passes them as values: db/page-template.ts). */
export function pageSelectAt<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  limit: number,
  offset: number,
) {
  return query.select(totalColumn).limit(limit).offset(offset);
}

/**
 * The page from the rows of `pageSelect` (sent alone, or as a part of a bundled statement: db/bundle.ts).
 * Only a page past the end (no rows, so no window value) asks for the count separately, so the
 * pager can still say how many there are.
 */
export async function pageFromRows<DB, TB extends keyof DB, O, T>(
  rows: ReadonlyArray<O & { page_total: string | number }>,
  /** The query (or how to build it: it is needed only for a page past the end). */
  query: SelectQueryBuilder<DB, TB, O> | (() => SelectQueryBuilder<DB, TB, O>),
  paging: Pick<Paging, 'page' | 'pageSize'>,
  present: (row: O) => T,
): Promise<Page<T>> {
  let total = rows[0] ? Number(rows[0].page_total) : 0;
  if (rows.length === 0 && paging.page > 1) {
    const counted = await (typeof query === 'function' ? query() : query)
      .clearSelect()
      .clearOrderBy()
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirst();
    total = Number((counted as { n?: string } | undefined)?.n ?? 0);
  }
  return {
    items: rows.map((r) => present(r)),
    total,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}

/** Runs one page of an ordered query with its real total in the same statement (pageSelect, pageFromRows). */
export async function fetchPage<DB, TB extends keyof DB, O, T>(
  query: SelectQueryBuilder<DB, TB, O>,
  paging: Pick<Paging, 'page' | 'pageSize'>,
  present: (row: O) => T,
  /** How the page's statement is sent (an audited read sends its audit row along: authorize.ts). */
  run: (page: Compilable & { execute(): Promise<unknown[]> }) => Promise<unknown[]> = (page) => page.execute(),
): Promise<Page<T>> {
  const rows = (await run(pageSelect(query, paging))) as Array<O & { page_total: string }>;
  return pageFromRows(rows, query, paging, present);
}
