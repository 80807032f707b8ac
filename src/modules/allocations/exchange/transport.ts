// The one seam between the municipality's administration and the outside world of iJw messages.
// Everything that produces a message (a JW301 after a decision, a retour, a JW325) calls `send`;
// everything that receives one ends in `receiveMessage` (receive.ts). The real implementation here is
// a message box per provider (MessageBoxTransport): the provider's users download from it in the web
// app, the provider's system through the partner API. A GGk adapter (StUF-GGk over Digikoppeling)
// implements the same interface — see docs/ijw.md.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { now } from '../../../platform/clock.js';
import type { Tx } from '../../../platform/db/transaction.js';
import type { IjwMessageCode } from '../ijw/schema-model.js';

export interface OutgoingMessage {
  code: IjwMessageCode;
  municipalityCode: string;
  providerId: string;
  /** BerichtIdentificatie (≤ 12 characters), unique per provider and direction. */
  identification: string;
  /** Validated XML (produceIjwMessage). */
  xml: string;
  /** The received message this one answers (a retour, a JW325, a JW301/JW319 answering a request). */
  answersMessageId?: string | null;
  /** The client a JW301 is about: its next full-state message compares with this one (OP087). */
  personId?: string | null;
}

export interface MessageTransport {
  /** Hands a produced message to the provider, inside the caller's transaction. Returns its id. */
  send(trx: Tx, message: OutgoingMessage): Promise<string>;
}

const identifications = new AsyncLocalStorage<() => string>();

/** A fresh BerichtIdentificatie: 12 characters, letters and digits. */
export function newIdentification(): string {
  const next = identifications.getStore();
  return next ? next() : randomBytes(9).toString('base64url').replace(/[-_]/g, 'X').slice(0, 12);
}

/** Runs `work` with identifications from `next` (the demo seed: the same numbers on every machine). */
export function withIdentifications<T>(next: () => string, work: () => Promise<T>): Promise<T> {
  return identifications.run(next, work);
}

/** The message box: outgoing messages wait as 'ready' until the provider collects them. */
export const messageBoxTransport: MessageTransport = {
  async send(trx, m) {
    const row = await trx
      .insertInto('ijw_message')
      .values({
        message_type: m.code,
        direction: 'out',
        municipality_code: m.municipalityCode,
        provider_id: m.providerId,
        identification: m.identification,
        status: 'ready',
        answers_message_id: m.answersMessageId ?? null,
        xml: m.xml,
        size_bytes: Buffer.byteLength(m.xml, 'utf8'),
        received_via: 'produced',
        person_id: m.personId ?? null,
        created_at: now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
};
