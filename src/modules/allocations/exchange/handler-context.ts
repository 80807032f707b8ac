// What the message handlers (delivery, claims, requests) share with receive.ts, kept apart to avoid an import cycle.
import type { Tx } from '../../../platform/db/transaction.js';
import type { IjwMessageCode } from '../ijw/schema-model.js';
import type { MessageTransport } from './transport.js';

export interface ExchangeDeps {
  transport: MessageTransport;
  /** The BSN index key holder (person.bsn_hash). */
  bsnIndex: (bsn: string) => string;
}

export interface ReceiveResult {
  id: string;
  messageType: IjwMessageCode;
  answerId: string | null;
  answerType: IjwMessageCode | null;
  /** Lines or products refused with a return code. */
  refused: number;
}

export interface HandlerResult {
  /** Problems per message class path (see messages/retour.ts). */
  problems: Map<string, string[]>;
  refused: number;
}

export interface HandlerContext {
  trx: Tx;
  deps: ExchangeDeps;
  messageId: string;
  providerId: string;
  municipalityCode: string;
}

/** The allocation a start/stop/claim line names, for this provider and municipality (TR019/TR338). */
export async function findAllocation(hc: HandlerContext, number: string) {
  const n = Number(number);
  if (!Number.isInteger(n) || n < 1) return null;
  return (
    (await hc.trx
      .selectFrom('allocation')
      .selectAll()
      .where('municipality_code', '=', hc.municipalityCode)
      .where('provider_id', '=', hc.providerId)
      .where('allocation_number', '=', n)
      .executeTakeFirst()) ?? null
  );
}

/**
 * A `date` column as 'YYYY-MM-DD'. node-postgres hands dates over as a Date at local midnight (the
 * generated types say string); this reads either without a time-zone shift.
 */
export function dateText(v: unknown): string {
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
  }
  return String(v);
}
