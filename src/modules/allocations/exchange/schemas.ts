import { z } from 'zod';
import { IJW_MESSAGE_CODES } from '../ijw/schema-model.js';

/** 5 MB of XML at most in one message (a larger JW323 is for the streaming import). */
export const MAX_XML_CHARS = 5 * 1024 * 1024;

export const IjwMessageType = z.enum(IJW_MESSAGE_CODES).meta({ id: 'IjwMessageType' });

export const SubmitMessageBody = z
  .strictObject({ xml: z.string().min(1).max(MAX_XML_CHARS) })
  .meta({ id: 'SubmitIjwMessage', description: 'One iJw 3.2 message as XML text.' });
export type SubmitMessageBody = z.infer<typeof SubmitMessageBody>;

export const SubmitReceipt = z
  .strictObject({
    id: z.uuid(),
    messageType: IjwMessageType,
    answerId: z.uuid().nullable(),
    answerType: IjwMessageType.nullable(),
    refused: z.number().int(),
  })
  .meta({ id: 'IjwSubmitReceipt' });

export const MessageSummary = z
  .strictObject({
    id: z.uuid(),
    messageType: IjwMessageType,
    direction: z.enum(['in', 'out']),
    identification: z.string(),
    status: z.enum(['received', 'processed', 'refused', 'ready', 'collected']),
    municipalityCode: z.string(),
    sizeBytes: z.number().int(),
    lineCount: z.number().int().nullable(),
    answersMessageId: z.uuid().nullable(),
    createdAt: z.string(),
    collectedAt: z.string().nullable(),
  })
  .meta({ id: 'IjwMessageSummary' });

export const MessageList = z.strictObject({ items: z.array(MessageSummary) }).meta({ id: 'IjwMessageList' });

export const MessageWithXml = MessageSummary.extend({ xml: z.string() }).meta({ id: 'IjwMessageWithXml' });
export const OutgoingList = z.strictObject({ items: z.array(MessageWithXml) }).meta({ id: 'IjwOutgoingList' });

export const BoxQuery = z.strictObject({
  direction: z.enum(['in', 'out']).optional(),
  status: z.enum(['received', 'processed', 'refused', 'ready', 'collected']).optional(),
});
export const MessageParams = z.strictObject({ messageId: z.uuid() });
