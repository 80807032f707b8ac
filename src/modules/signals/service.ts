// The signaller's use cases: submit one signal (web form), upload a CSV list, and see what the own
// organisation sent and where it stands. One transaction per request, authorized and audited first.
import { sql, type SelectQueryBuilder } from 'kysely';
import { authorize, requireActor } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { BsnVault } from '../../platform/bsn.js';
import type { DB, OrganisationType } from '../../platform/db/schema.js';
import { containsPattern, fetchPage } from '../../platform/http/paging.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { categoriesFor } from './categories.js';
import { importCsv } from './csv-import.js';
import type { BatchReport, NewSignal, SubmissionQuery, SubmitResult } from './schemas.js';
import { submitSignals } from './submit.js';

export function submitSignal(ctx: RequestContext, body: NewSignal): Promise<SubmitResult> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal_submission',
      id: null,
      action: 'create',
      purpose: 'early signal',
      data: `signal submitted (${body.category})`,
      event: 'signal.submitted',
    });
    const [result] = await submitSignals(
      trx,
      { organisationId: actor.organisationId, userId: actor.userId, apiKeyId: null, channel: 'form' },
      [body],
      { vault: new BsnVault(ctx.config.appSecret) },
    );
    if (!result) throw new Error('no result');
    if (result.status === 'rejected')
      throw new ValidationError('signal_rejected', { detail: 'The signal cannot be accepted.', errors: result.errors });
    return { status: result.status, reference: result.reference, errors: [] };
  });
}

export function uploadCsv(ctx: RequestContext, bytes: Buffer, fileName: string | null): Promise<BatchReport> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal_submission',
      id: null,
      action: 'create',
      purpose: 'early signal',
      data: 'CSV list of signals uploaded',
      event: 'signal.csv_uploaded',
    });
    const summary = await importCsv(
      trx,
      { organisationId: actor.organisationId, userId: actor.userId, apiKeyId: null, channel: 'csv' },
      { bytes, fileName },
      new BsnVault(ctx.config.appSecret),
    );
    return loadBatch(trx, summary.batchId);
  });
}

async function loadBatch(trx: Tx, batchId: string): Promise<BatchReport> {
  const b = await trx.selectFrom('signal_batch').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!b) throw new NotFoundError('batch_not_found', { detail: 'No such upload.' });
  const rejections = await trx
    .selectFrom('signal_batch_rejection')
    .select(['line', 'field', 'reason'])
    .where('batch_id', '=', batchId)
    .orderBy('line')
    .orderBy('reason')
    .limit(5000)
    .execute();
  return {
    id: b.id,
    fileName: b.file_name,
    encoding: b.encoding,
    delimiter: b.delimiter,
    uploadedAt: b.uploaded_at,
    rowsTotal: b.rows_total,
    rowsAccepted: b.rows_accepted,
    rowsDuplicate: b.rows_duplicate,
    rowsRejected: b.rows_rejected,
    rejections,
  };
}

export function batchReport(ctx: RequestContext, batchId: string): Promise<BatchReport> {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal_submission',
      id: batchId,
      action: 'read',
      purpose: 'early signal',
      data: 'upload report (line numbers and reasons)',
    });
    return loadBatch(trx, batchId);
  });
}

export function listBatches(ctx: RequestContext) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal_submission',
      id: null,
      action: 'read',
      purpose: 'early signal',
      data: "own organisation's uploads",
    });
    const rows = await trx
      .selectFrom('signal_batch')
      .selectAll()
      .where('organisation_id', '=', actor.organisationId)
      .orderBy('uploaded_at', 'desc')
      .limit(50)
      .execute();
    return {
      items: rows.map((b) => ({
        id: b.id,
        fileName: b.file_name,
        encoding: b.encoding,
        delimiter: b.delimiter,
        uploadedAt: b.uploaded_at,
        rowsTotal: b.rows_total,
        rowsAccepted: b.rows_accepted,
        rowsDuplicate: b.rows_duplicate,
        rowsRejected: b.rows_rejected,
      })),
    };
  });
}

/** The own organisation's signals with their status: nothing about the person or what the team did. */
export function listSubmissions(ctx: RequestContext, query: SubmissionQuery) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'signal_submission',
      id: null,
      action: 'read',
      purpose: 'early signal',
      data: "own organisation's signals: status only",
    });
    let q = trx.selectFrom('signal').where('organisation_id', '=', actor.organisationId);
    if (query.status) q = q.where('status', '=', query.status);
    if (query.reference) q = q.where(sql`lower(reference)`, 'like', containsPattern(query.reference));
    let rows = q.select([
      'reference',
      'category',
      'urgency',
      'channel',
      sql<string>`signal_date::text`.as('signal_date'),
      'received_at',
      'status',
      'batch_line',
      sql<OrganisationType>`(SELECT o.type FROM organisation o WHERE o.id = signal.organisation_id)`.as('org_type'),
    ]);
    rows = SUBMISSION_ORDER[query.sort](rows).orderBy('reference');
    const page = await fetchPage(rows, query, (r) => r);
    // The organisation's type decides which categories it may send (for the status filter's labels);
    // read with the page, separately only when the page is empty.
    const orgType =
      page.items[0]?.org_type ??
      (
        await trx
          .selectFrom('organisation')
          .select('type')
          .where('id', '=', actor.organisationId)
          .executeTakeFirstOrThrow()
      ).type;
    return {
      ...page,
      items: page.items.map((r) => ({
        reference: r.reference,
        category: r.category,
        urgency: r.urgency,
        channel: r.channel,
        signalDate: r.signal_date,
        receivedAt: r.received_at,
        status: r.status,
        batchLine: r.batch_line,
      })),
      categories: [...categoriesFor(orgType)],
    };
  });
}

type SubmissionRows = SelectQueryBuilder<DB, 'signal', { received_at: Date; signal_date: string }>;
const SUBMISSION_ORDER: Record<SubmissionQuery['sort'], <Q extends SubmissionRows>(q: Q) => Q> = {
  received_desc: (q) => q.orderBy('received_at', 'desc') as typeof q,
  received_asc: (q) => q.orderBy('received_at') as typeof q,
  signal_date_desc: (q) => q.orderBy('signal_date', 'desc').orderBy('received_at', 'desc') as typeof q,
  reference: (q) => q,
};
