// One page of an ordered select (http/paging.ts) as a statement template (db/template.ts): for the
// hot lists whose statement has one shape per filter combination (my caseload, the triage queue).
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { pageFromRows, pageSelectAt, type Page, type Paging } from '../http/paging.js';
import { auditTemplateRow, fitsAuditTemplate, rowsWithAudit, withAuditValues } from './bundle.js';
import type { DB, NewAuditEvent } from './schema.js';
import { template, type Template } from './template.js';

interface PageValues extends Record<string, unknown> {
  limit: number;
  offset: number;
}

export interface PageTemplate<V extends Record<string, unknown>, O> {
  readonly plain: Template<V & PageValues, O & { page_total: string }>;
  readonly audited: Template<V & PageValues, O & { page_total: string }>;
  /** The select built the ordinary way (a page past the end counts apart; audit rows of another shape). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any select of any tables
  readonly query: (db: Kysely<DB>, v: V) => SelectQueryBuilder<any, any, O>;
}

/** `query` must use its values only as values (db/template.ts); one template per shape. */
export function pageTemplate<V extends Record<string, unknown>, O>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any select of any tables
  query: (db: Kysely<DB>, v: V) => SelectQueryBuilder<any, any, O>,
): PageTemplate<V, O> {
  type Row = O & { page_total: string };
  return {
    query,
    plain: template((db, v: V & PageValues) => sql<Row>`${pageSelectAt(query(db, v), v.limit, v.offset)}`),
    // As rowsWithAudit (db/bundle.ts) sends it: the audit row in a data-modifying CTE before the select.
    audited: template(
      (db, v: V & PageValues) =>
        sql<Row>`with audit as (${db.insertInto('audit_event').values(auditTemplateRow(v))}) ${pageSelectAt(query(db, v), v.limit, v.offset)}`,
    ),
  };
}

/** `fetchPage` with the audit row (AuditedRead.page) for a page template: the same statement and page. */
export async function fetchPageTemplate<V extends Record<string, unknown>, O, T>(
  db: Kysely<DB>,
  tpl: PageTemplate<V, O>,
  values: V,
  paging: Pick<Paging, 'page' | 'pageSize'>,
  present: (row: O) => T,
  audit: NewAuditEvent[],
): Promise<Page<T>> {
  const at = { ...values, limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize };
  let rows: Array<O & { page_total: string }>;
  if (audit.length === 0) rows = (await tpl.plain.execute(db, at)).rows;
  else if (fitsAuditTemplate(audit)) rows = (await tpl.audited.execute(db, withAuditValues(at, audit[0]))).rows;
  else rows = await rowsWithAudit(db, pageSelectAt(tpl.query(db, values), at.limit, at.offset), audit);
  return pageFromRows(rows, () => tpl.query(db, values), paging, present);
}
