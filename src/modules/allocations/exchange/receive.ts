// Every message a provider sends ends here, whether uploaded in the web app or posted through the
// partner API: validated first (readIjwMessage: guard, XSD), checked against the sender, stored,
// handled line by line, and answered with its retour (JW306/308/316/318/320) or claim answer (JW325)
// through the transport. Bad input throws before anything is written (the caller's transaction).
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import { now, today } from '../../../platform/clock.js';
import { ConflictError, ValidationError } from '../../../platform/errors.js';
import { produceIjwMessage, readIjwMessage, type IjwMessage } from '../ijw/codec.js';
import { retourContent, RETOUR_OF, type ReceivedWithRetour } from '../ijw/messages/retour.js';
import { TR135 } from '../ijw/rules/retour-rules.js';
import type { IjwMessageCode } from '../ijw/schema-model.js';
import { streamJw323 } from '../ijw/stream-jw323.js';
import { type ClaimLineItem, handleClaim, linesOfClaim } from './claims.js';
import { handleStarts, handleStops } from './delivery.js';
import { handleRequest } from './requests.js';
import { newIdentification } from './transport.js';
import type { ExchangeDeps, HandlerContext, HandlerResult, ReceiveResult } from './handler-context.js';

export type { ExchangeDeps, ReceiveResult } from './handler-context.js';

/** What a provider may send us. */
export const INCOMING: readonly IjwMessageCode[] = ['JW302', 'JW305', 'JW307', 'JW315', 'JW317', 'JW320', 'JW323'];

export interface Sender {
  providerId: string;
  via: 'upload' | 'partner_api' | 'seed';
  userId: string | null;
}

/** The envelope checks every received message passes: sender, municipality, not seen before (TR056). */
async function checkEnvelope(
  trx: Tx,
  sender: Sender,
  head: { Afzender: string; Ontvanger: string; BerichtIdentificatie: { Identificatie: string } },
): Promise<{ municipalityCode: string; identification: string }> {
  const provider = await trx
    .selectFrom('organisation')
    .select(['agb_code'])
    .where('id', '=', sender.providerId)
    .executeTakeFirst();
  if (!provider?.agb_code || head.Afzender !== provider.agb_code) {
    throw new ValidationError('ijw_sender_mismatch', {
      detail: `Afzender ${head.Afzender} is not this provider's AGB code.`,
      errors: [{ path: 'Header.Afzender', message: 'Afzender must be your own AGB code.' }],
    });
  }
  const municipality = await trx
    .selectFrom('municipality')
    .select('code')
    .where('code', '=', head.Ontvanger)
    .executeTakeFirst();
  if (!municipality) {
    throw new ValidationError('ijw_unknown_municipality', {
      detail: `Ontvanger ${head.Ontvanger} is not a municipality here (S300).`,
      errors: [{ path: 'Header.Ontvanger', message: 'Unknown municipality code.' }],
    });
  }
  const identification = head.BerichtIdentificatie.Identificatie;
  const duplicate = await trx
    .selectFrom('ijw_message')
    .select('id')
    .where('provider_id', '=', sender.providerId)
    .where('direction', '=', 'in')
    .where('identification', '=', identification)
    .executeTakeFirst();
  if (duplicate) {
    throw new ConflictError('ijw_duplicate_message', {
      detail: `A message with identification ${identification} was received before (TR056, 9056).`,
    });
  }
  return { municipalityCode: municipality.code, identification };
}

export async function receiveMessage(trx: Tx, deps: ExchangeDeps, sender: Sender, xml: string): Promise<ReceiveResult> {
  const message = await readIjwMessage(xml, { expect: INCOMING });
  const head = message.content.Header;
  const municipality = { code: (await checkEnvelope(trx, sender, head)).municipalityCode };
  const identification = head.BerichtIdentificatie.Identificatie;
  const stored = await trx
    .insertInto('ijw_message')
    .values({
      message_type: message.code,
      direction: 'in',
      municipality_code: municipality.code,
      provider_id: sender.providerId,
      identification,
      status: 'received',
      xml,
      size_bytes: Buffer.byteLength(xml, 'utf8'),
      line_count: lineCount(message),
      received_via: sender.via,
      uploaded_by: sender.userId,
      created_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hc: HandlerContext = {
    trx,
    deps,
    messageId: stored.id,
    providerId: sender.providerId,
    municipalityCode: municipality.code,
  };
  let answer: { id: string; type: IjwMessageCode } | null = null;
  let refused = 0;
  if (message.code === 'JW323') {
    const r = await handleClaim(hc, message.content, linesOfClaim(message.content));
    answer = { id: r.answerId, type: 'JW325' };
    refused = r.refused;
  } else if (message.code in RETOUR_OF) {
    const code = message.code as ReceivedWithRetour;
    const future = TR135(head.BerichtIdentificatie.Dagtekening, today());
    let result: HandlerResult = { problems: new Map(), refused: 0 };
    if (future) result.problems.set('Header', [future]);
    else if (message.code === 'JW305') result = await handleStarts(hc, message.content);
    else if (message.code === 'JW307') result = await handleStops(hc, message.content);
    else if (message.code === 'JW315' || message.code === 'JW317') result = await handleRequest(hc, message);
    refused = result.refused;
    const retour = RETOUR_OF[code];
    const content = retourContent(code, {
      received: message.content as never,
      id: newIdentification(),
      date: today(),
      problems: result.problems,
    });
    const xmlOut = await produceIjwMessage(retour, content as never);
    const id = await deps.transport.send(trx, {
      code: retour,
      municipalityCode: municipality.code,
      providerId: sender.providerId,
      identification: (content.Header as { IdentificatieRetour: string }).IdentificatieRetour,
      xml: xmlOut,
      answersMessageId: stored.id,
    });
    answer = { id, type: retour };
  }
  // JW302 / JW320: the provider's retour on our JW301 / JW319 — stored, nothing to answer.
  await trx
    .updateTable('ijw_message')
    .set({ status: 'processed', processed_at: now() })
    .where('id', '=', stored.id)
    .execute();
  return {
    id: stored.id,
    messageType: message.code,
    answerId: answer?.id ?? null,
    answerType: answer?.type ?? null,
    refused,
  };
}

function lineCount(m: IjwMessage): number | null {
  if (m.code !== 'JW323') return null;
  return m.content.Declaratie.Clienten.Client.reduce((n, c) => n + c.Prestaties.Prestatie.length, 0);
}

/**
 * A JW323 claim file of any size, read as a stream (the raw request body): validated batch by batch
 * against the XSD, its lines assessed and stored batch by batch (see ijw/stream-jw323.ts and
 * claims.ts), answered with a JW325 like any claim. Bad input throws and the caller's transaction
 * undoes everything. The original text is kept whole in ijw_message.xml like every message: it goes
 * to the database in pieces of about a megabyte (a temporary table dropped at commit) and is joined
 * there at the end, so this process never holds the file.
 */
export async function receiveClaimFile(
  trx: Tx,
  deps: ExchangeDeps,
  sender: Sender,
  input: AsyncIterable<string | Buffer>,
): Promise<ReceiveResult> {
  await sql`CREATE TEMPORARY TABLE IF NOT EXISTS ijw_upload_piece (n integer NOT NULL, piece text NOT NULL) ON COMMIT DROP`.execute(
    trx,
  );
  let pieces = 0;
  let bytes = 0;
  const items = streamJw323(input, {
    onText: async (text) => {
      bytes += Buffer.byteLength(text, 'utf8');
      await sql`INSERT INTO ijw_upload_piece (n, piece) VALUES (${pieces++}, ${text})`.execute(trx);
    },
  })[Symbol.asyncIterator]();
  const first = await items.next();
  if (first.done || first.value.kind !== 'head') {
    throw new ValidationError('ijw_schema_invalid', { detail: 'A JW323 without clients.' });
  }
  const head = first.value.head;
  const { municipalityCode, identification } = await checkEnvelope(trx, sender, head.Header);
  const stored = await trx
    .insertInto('ijw_message')
    .values({
      message_type: 'JW323',
      direction: 'in',
      municipality_code: municipalityCode,
      provider_id: sender.providerId,
      identification,
      status: 'received',
      xml: '', // the file's text, joined from its pieces below
      size_bytes: Math.max(1, bytes),
      received_via: sender.via,
      uploaded_by: sender.userId,
      created_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hc: HandlerContext = {
    trx,
    deps,
    messageId: stored.id,
    providerId: sender.providerId,
    municipalityCode,
  };
  async function* lines(): AsyncGenerator<ClaimLineItem> {
    for (let next = await items.next(); !next.done; next = await items.next()) {
      if (next.value.kind === 'line') yield next.value;
    }
  }
  const r = await handleClaim(hc, head, lines());
  await sql`UPDATE ijw_message SET xml = (SELECT string_agg(piece, '' ORDER BY n) FROM ijw_upload_piece),
      size_bytes = ${bytes}, line_count = ${r.lineCount}, status = 'processed', processed_at = now()
    WHERE id = ${stored.id}`.execute(trx);
  await sql`DELETE FROM ijw_upload_piece`.execute(trx);
  return { id: stored.id, messageType: 'JW323', answerId: r.answerId, answerType: 'JW325', refused: r.refused };
}
