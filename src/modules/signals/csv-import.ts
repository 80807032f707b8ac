// CSV upload of a batch of signals (a housing corporation's monthly arrears list). The file is
// decoded (UTF-8 with or without BOM, or Windows-1252 from older Excel), its separator detected
// (';' as Dutch Excel writes it, ',' or tab), then streamed through csv-parse: each row is checked
// on its own, valid rows go to submitSignals in chunks, refused rows are reported with their line
// number and reason. All in the caller's one transaction: a file is taken in whole or not at all.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import type { BsnVault } from '../../platform/bsn.js';
import type { Tx } from '../../platform/db/transaction.js';
import { ValidationError, type FieldError } from '../../platform/errors.js';
import { categoriesFor } from './categories.js';
import { mapHeader, rowToSignal, type CsvField } from './csv-rows.js';
import type { NewSignal } from './schemas.js';
import { submitSignals, type SignalSubmitter } from './submit.js';

export const MAX_CSV_BYTES = 32 * 1024 * 1024;
export const MAX_CSV_ROWS = 100_000;
const CHUNK_ROWS = 2000;

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

export function decodeCsv(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ValidationError('csv_unsupported_encoding', {
      detail: 'Save the file as UTF-8 or Windows-1252 CSV, not UTF-16.',
    });
  }
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: older Excel and many Dutch back-office systems write Windows-1252. (Node's own
    // TextDecoder treats that label as Latin-1 and loses the euro sign, hence iconv-lite.)
    return { text: iconv.decode(Buffer.from(withoutBom), 'win1252'), encoding: 'windows-1252' };
  }
}

/** The separator that splits the header line most often (quotes respected). */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts: Record<';' | ',' | '\t', number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  const best = (Object.entries(counts) as Array<[';' | ',' | '\t', number]>).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ';';
}

export interface Rejection {
  line: number;
  field: string | null;
  reason: string;
}
export interface ImportSummary {
  batchId: string;
  rowsTotal: number;
  rowsAccepted: number;
  rowsDuplicate: number;
  rowsRejected: number;
}

export async function importCsv(
  trx: Tx,
  submitter: SignalSubmitter & { userId: string },
  file: { bytes: Uint8Array; fileName: string | null },
  vault: BsnVault,
  now = new Date(),
): Promise<ImportSummary> {
  if (file.bytes.length === 0) throw new ValidationError('csv_empty', { detail: 'The file is empty.' });
  const { text, encoding } = decodeCsv(file.bytes);
  const delimiter = detectDelimiter(text);
  const org = await trx
    .selectFrom('organisation')
    .select('type')
    .where('id', '=', submitter.organisationId)
    .executeTakeFirstOrThrow();
  const allowed = categoriesFor(org.type);
  const defaultCategory = allowed.length === 1 ? allowed[0] : undefined;
  const batch = await trx
    .insertInto('signal_batch')
    .values({
      organisation_id: submitter.organisationId,
      uploaded_by: submitter.userId,
      file_name: file.fileName,
      file_sha256: createHash('sha256').update(file.bytes).digest('hex'),
      encoding,
      delimiter,
      rows_total: 0,
      rows_accepted: 0,
      rows_duplicate: 0,
      rows_rejected: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const counts = { total: 0, accepted: 0, duplicate: 0, rejected: 0 };
  const rejections: Rejection[] = [];
  let pending: Array<{ line: number; signal: NewSignal }> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const results = await submitSignals(
      trx,
      { ...submitter, channel: 'csv' },
      pending.map((p) => p.signal),
      { vault, now, batchId: batch.id, lines: pending.map((p) => p.line) },
    );
    results.forEach((r, i) => {
      if (r.status === 'accepted') counts.accepted += 1;
      else if (r.status === 'duplicate') counts.duplicate += 1;
      else reject(pending[i]?.line ?? 0, r.errors);
    });
    pending = [];
  };
  const reject = (line: number, errors: FieldError[]) => {
    counts.rejected += 1;
    const seen = new Set<string>();
    for (const e of errors) {
      if (seen.has(e.message)) continue;
      seen.add(e.message);
      rejections.push({ line, field: e.path === 'row' ? null : e.path, reason: e.message });
    }
  };

  const parser = Readable.from([text]).pipe(
    parse({
      delimiter,
      bom: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      info: true,
    }),
  );
  let columns: Partial<Record<CsvField, number>> | undefined;
  let width = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        const header = mapHeader(record);
        if (header.missing.length > 0)
          throw new ValidationError('csv_header_missing', {
            detail: 'The first line must name the columns; postcode and huisnummer are required.',
            errors: header.missing.map((f) => ({ path: f, message: 'missing_column' })),
          });
        columns = header.columns;
        width = record.length;
        continue;
      }
      counts.total += 1;
      if (counts.total > MAX_CSV_ROWS)
        throw new ValidationError('csv_too_many_rows', { detail: `At most ${MAX_CSV_ROWS} rows per file.` });
      if (record.length !== width) {
        reject(info.lines, [{ path: 'row', message: 'wrong_column_count' }]);
        continue;
      }
      const row = rowToSignal(record, columns, defaultCategory);
      if (row.ok) pending.push({ line: info.lines, signal: row.signal });
      else reject(info.lines, row.errors);
      if (pending.length >= CHUNK_ROWS) await flush();
    }
  } catch (err) {
    if (err instanceof CsvError)
      throw new ValidationError('csv_malformed', {
        detail: `The file is not valid CSV (${err.code}).`,
        errors: [{ path: 'file', message: err.code }],
      });
    throw err;
  }
  if (!columns) throw new ValidationError('csv_empty', { detail: 'The file has no header line.' });
  await flush();
  for (let i = 0; i < rejections.length; i += 2000) {
    await trx
      .insertInto('signal_batch_rejection')
      .values(rejections.slice(i, i + 2000).map((r) => ({ batch_id: batch.id, ...r })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await trx
    .updateTable('signal_batch')
    .set({
      rows_total: counts.total,
      rows_accepted: counts.accepted,
      rows_duplicate: counts.duplicate,
      rows_rejected: counts.rejected,
    })
    .where('id', '=', batch.id)
    .execute();
  return {
    batchId: batch.id,
    rowsTotal: counts.total,
    rowsAccepted: counts.accepted,
    rowsDuplicate: counts.duplicate,
    rowsRejected: counts.rejected,
  };
}
