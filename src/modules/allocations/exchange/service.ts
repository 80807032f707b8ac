// The message box as services: providers' users (web, role `provider`) and providers' systems
// (partner API, scope ijw:exchange) submit messages, list their box, read one message's XML and
// acknowledge what they collected. Every access is audited (authorize / authorizePartner).
import { sql } from 'kysely';
import type { RequestContext } from '../../../platform/access/context.js';
import { requireActor, authorize } from '../../../platform/access/authorize.js';
import { authorizePartner } from '../../../platform/access/partner.js';
import { BsnVault } from '../../../platform/bsn.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { NotFoundError, ValidationError } from '../../../platform/errors.js';
import { containsPattern, fetchPage } from '../../../platform/http/paging.js';
import type { IjwMessageCode } from '../ijw/schema-model.js';
import { type ExchangeDeps, receiveClaimFile, receiveMessage, type Sender } from './receive.js';
import { returnCodesIn, ruleOfReturnCode, type ReturnCode } from './return-codes.js';
import type { BoxQuery } from './schemas.js';
import { messageBoxTransport } from './transport.js';

export function exchangeDeps(ctx: RequestContext): ExchangeDeps {
  const vault = new BsnVault(ctx.config.appSecret);
  return { transport: messageBoxTransport, bsnIndex: (bsn) => vault.index(bsn) };
}

type Row = {
  id: string;
  message_type: string;
  direction: string;
  identification: string;
  status: string;
  municipality_code: string;
  size_bytes: number;
  line_count: number | null;
  answers_message_id: string | null;
  created_at: Date;
  collected_at: Date | null;
};

function summary(r: Row) {
  return {
    id: r.id,
    messageType: r.message_type as never,
    direction: r.direction as 'in' | 'out',
    identification: r.identification,
    status: r.status as never,
    municipalityCode: r.municipality_code,
    sizeBytes: r.size_bytes,
    lineCount: r.line_count,
    answersMessageId: r.answers_message_id,
    createdAt: r.created_at.toISOString(),
    collectedAt: r.collected_at?.toISOString() ?? null,
  };
}

const SUMMARY_COLUMNS = [
  'id',
  'message_type',
  'direction',
  'identification',
  'status',
  'municipality_code',
  'size_bytes',
  'line_count',
  'answers_message_id',
  'created_at',
  'collected_at',
] as const;

function listBox(trx: Tx, providerId: string, q: BoxQuery) {
  let query = trx.selectFrom('ijw_message').select(SUMMARY_COLUMNS).where('provider_id', '=', providerId);
  if (q.direction) query = query.where('direction', '=', q.direction);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.messageType) query = query.where('message_type', '=', q.messageType);
  if (q.q) query = query.where(sql`lower(identification)`, 'like', containsPattern(q.q));
  const order = q.sort === 'created_asc' ? 'asc' : 'desc';
  return fetchPage(query.orderBy('created_at', order).orderBy('id', order), q, summary);
}

/** The return codes of a retour or claim answer with their Dutch meaning (ijw_code) and rule. */
async function presentReturnCodes(trx: Tx, code: string, xml: string): Promise<ReturnCode[]> {
  const codes = returnCodesIn(code as IjwMessageCode, xml);
  if (codes.length === 0) return [];
  const labels = await trx
    .selectFrom('ijw_code')
    .select(['code', 'label'])
    .where('list', '=', 'WJ001')
    .where('code', 'in', codes)
    .execute();
  const byCode = new Map(labels.map((l) => [l.code, l.label]));
  return codes.map((c) => ({ code: c, label: byCode.get(c) ?? null, rule: ruleOfReturnCode(c) }));
}

// — web (role provider) —

/** A provider's user uploads in the web app: the access decision, then the message as that user's organisation. */
function asUploadingProvider<T>(ctx: RequestContext, data: string, receive: (trx: Tx, sender: Sender) => Promise<T>) {
  return inTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    await authorize(trx, ctx, {
      subject: 'ijw_message',
      id: null,
      action: 'create',
      purpose: 'care administration',
      data,
    });
    return receive(trx, { providerId: actor.organisationId, via: 'upload', userId: actor.userId });
  });
}

export function uploadMessage(ctx: RequestContext, xml: string) {
  return asUploadingProvider(ctx, 'iJw message upload', (trx, sender) =>
    receiveMessage(trx, exchangeDeps(ctx), sender, xml),
  );
}

/**
 * A claim file travels as the raw request body (application/xml, passed through unread by the
 * routes' content-type parser) and is handed on as a stream, never buffered. Checked after the
 * access decision, so a refused caller learns nothing about the body.
 */
function claimFileBody(body: unknown): AsyncIterable<Buffer> {
  if (body && typeof (body as AsyncIterable<Buffer>)[Symbol.asyncIterator] === 'function')
    return body as AsyncIterable<Buffer>;
  throw new ValidationError('unsupported_media_type', { detail: 'Send the claim file as application/xml.' });
}

/** A JW323 claim file of any size, streamed from the request body (see receiveClaimFile). */
export function uploadClaimFile(ctx: RequestContext, body: unknown) {
  return asUploadingProvider(ctx, 'iJw claim file upload', (trx, sender) =>
    receiveClaimFile(trx, exchangeDeps(ctx), sender, claimFileBody(body)),
  );
}

export function messageBox(ctx: RequestContext, q: BoxQuery) {
  return inTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    await authorize(trx, ctx, {
      subject: 'ijw_message',
      id: null,
      action: 'search',
      purpose: 'care administration',
      data: 'iJw message box',
    });
    return listBox(trx, actor.organisationId, q);
  });
}

export function readMessage(ctx: RequestContext, messageId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'ijw_message',
      id: messageId,
      action: 'read',
      purpose: 'care administration',
      data: 'iJw message XML',
    });
    const row = await trx
      .selectFrom('ijw_message')
      .select([...SUMMARY_COLUMNS, 'xml'])
      .where('id', '=', grant.subjectId ?? messageId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('ijw_message_not_found');
    return { ...summary(row), xml: row.xml, returnCodes: await presentReturnCodes(trx, row.message_type, row.xml) };
  });
}

/**
 * The message as a file for the provider's own system. Downloading an outgoing message that was
 * waiting counts as collecting it (like the partner API's acknowledgement), so the box and the start
 * page show what is still new.
 */
export function downloadMessage(ctx: RequestContext, messageId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'ijw_message',
      id: messageId,
      action: 'read',
      purpose: 'care administration',
      data: 'iJw message XML (download)',
      event: 'ijw_message.downloaded',
    });
    const row = await trx
      .selectFrom('ijw_message')
      .select(['message_type', 'identification', 'direction', 'status', 'xml'])
      .where('id', '=', grant.subjectId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('ijw_message_not_found');
    if (row.direction === 'out' && row.status === 'ready') {
      await trx
        .updateTable('ijw_message')
        .set({ status: 'collected', collected_at: new Date() })
        .where('id', '=', grant.subjectId)
        .execute();
    }
    const safe = row.identification.replace(/[^A-Za-z0-9._-]/g, '_');
    return { fileName: `${row.message_type}-${safe}.xml`, xml: row.xml };
  });
}

// — partner API (scope ijw:exchange) —

export function partnerSubmit(ctx: RequestContext, xml: string) {
  return inTransaction(ctx.db, async (trx) => {
    const { partner } = await authorizePartner(trx, ctx, {
      scope: 'ijw:exchange',
      event: 'ijw_message.submitted',
      subject: 'ijw_message',
      id: null,
      data: 'iJw message',
    });
    const sender: Sender = { providerId: partner.organisationId, via: 'partner_api', userId: null };
    return receiveMessage(trx, exchangeDeps(ctx), sender, xml);
  });
}

/** Partner API: a JW323 claim file of any size, streamed from the request body. */
export function partnerSubmitClaimFile(ctx: RequestContext, body: unknown) {
  return inTransaction(ctx.db, async (trx) => {
    const { partner } = await authorizePartner(trx, ctx, {
      scope: 'ijw:exchange',
      event: 'ijw_message.submitted',
      subject: 'ijw_message',
      id: null,
      data: 'iJw claim file',
    });
    const sender: Sender = { providerId: partner.organisationId, via: 'partner_api', userId: null };
    return receiveClaimFile(trx, exchangeDeps(ctx), sender, claimFileBody(body));
  });
}

export function partnerOutgoing(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const { partner } = await authorizePartner(trx, ctx, {
      scope: 'ijw:exchange',
      event: 'ijw_message.collected',
      subject: 'ijw_message',
      id: null,
      data: 'outgoing iJw messages',
      action: 'read',
    });
    const rows = await trx
      .selectFrom('ijw_message')
      .select([...SUMMARY_COLUMNS, 'xml'])
      .where('provider_id', '=', partner.organisationId)
      .where('direction', '=', 'out')
      .where('status', '=', 'ready')
      .orderBy('created_at')
      .limit(100)
      .execute();
    return { items: rows.map((r) => ({ ...summary(r), xml: r.xml })) };
  });
}

export function partnerAcknowledge(ctx: RequestContext, messageId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const { partner } = await authorizePartner(trx, ctx, {
      scope: 'ijw:exchange',
      event: 'ijw_message.acknowledged',
      subject: 'ijw_message',
      id: messageId,
      data: 'acknowledge collected iJw message',
      action: 'update',
    });
    const row = await trx
      .updateTable('ijw_message')
      .set({ status: 'collected', collected_at: new Date() })
      .where('id', '=', messageId)
      .where('provider_id', '=', partner.organisationId)
      .where('direction', '=', 'out')
      .where('status', 'in', ['ready', 'collected'])
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('ijw_message_not_found');
    return summary(row);
  });
}
