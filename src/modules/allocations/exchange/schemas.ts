import { z } from 'zod';
import { pageOf, pagingFields } from '../../../platform/http/paging.js';
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

export const MessageList = pageOf(MessageSummary, 'IjwMessageList');

export const ReturnCode = z
  .strictObject({
    code: z.string(),
    label: z.string().nullable().describe('The official Dutch meaning (WJ001)'),
    rule: z.string().nullable().describe('The rule that gives this code, e.g. TR019'),
  })
  .meta({ id: 'IjwReturnCode' });

export const MessageWithXml = MessageSummary.extend({ xml: z.string() }).meta({ id: 'IjwMessageWithXml' });
export const MessageDetail = MessageSummary.extend({
  xml: z.string(),
  returnCodes: z.array(ReturnCode).describe('For a retour or claim answer: the return codes it carries'),
}).meta({ id: 'IjwMessageDetail' });
export const OutgoingList = z.strictObject({ items: z.array(MessageWithXml) }).meta({ id: 'IjwOutgoingList' });

const boxFields = {
  ...pagingFields('IjwBoxSort', ['created_desc', 'created_asc'] as const),
  messageType: IjwMessageType.optional(),
  direction: z.enum(['in', 'out']).optional(),
  status: z.enum(['received', 'processed', 'refused', 'ready', 'collected']).optional(),
};
/** The message box by URL: paging and filters only (free text never goes in a URL). */
export const BoxQuery = z.strictObject(boxFields).omit({ q: true });
/** The message box searched by message identification: a POST body (POST /api/provider/ijw/messages/search). */
export const BoxSearch = z.strictObject(boxFields).meta({ id: 'IjwBoxSearch' });
export const MessageParams = z.strictObject({ messageId: z.uuid() });
export type BoxQuery = z.infer<typeof BoxSearch>;
export const MessageFile = z.string().describe('The message XML (application/xml, as an attachment)');
