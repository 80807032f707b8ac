// The message box as services: providers' users (web, role `provider`) and providers' systems
// (partner API, scope ijw:exchange) submit messages, list their box, read one message's XML and
// acknowledge what they collected. Every access is audited (authorize / authorizePartner).
import type { RequestContext } from '../../../platform/access/context.js';
import { requireActor, authorize } from '../../../platform/access/authorize.js';
import { authorizePartner } from '../../../platform/access/partner.js';
import { BsnVault } from '../../../platform/bsn.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { type ExchangeDeps, receiveMessage, type Sender } from './receive.js';
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

async function listBox(trx: Tx, providerId: string, q: { direction?: 'in' | 'out'; status?: string }) {
  let query = trx
    .selectFrom('ijw_message')
    .select(SUMMARY_COLUMNS)
    .where('provider_id', '=', providerId)
    .orderBy('created_at', 'desc')
    .limit(200);
  if (q.direction) query = query.where('direction', '=', q.direction);
  if (q.status) query = query.where('status', '=', q.status as never);
  return (await query.execute()).map(summary);
}

// — web (role provider) —

export function uploadMessage(ctx: RequestContext, xml: string) {
  return inTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    await authorize(trx, ctx, {
      subject: 'ijw_message',
      id: null,
      action: 'create',
      purpose: 'care administration',
      data: 'iJw message upload',
    });
    const sender: Sender = { providerId: actor.organisationId, via: 'upload', userId: actor.userId };
    return receiveMessage(trx, exchangeDeps(ctx), sender, xml);
  });
}

export function messageBox(ctx: RequestContext, q: { direction?: 'in' | 'out'; status?: string }) {
  return inTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    await authorize(trx, ctx, {
      subject: 'ijw_message',
      id: null,
      action: 'search',
      purpose: 'care administration',
      data: 'iJw message box',
    });
    return { items: await listBox(trx, actor.organisationId, q) };
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
    return { ...summary(row), xml: row.xml };
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
