// A streaming reader for large JW323 claim files (100,000 lines and more): saxes pushes events, each
// Prestatie is shaped by the schema model (required elements, no unknown ones) and handed out on its
// own, so memory holds a batch of lines, never the file. The same guards as the whole-message path:
// no DOCTYPE, only the JW323 and basisschema namespaces, depth and size limits.
//
// XSD validation in batches. libxml2 (xmllint-wasm) validates a document it holds whole, so the file
// is validated as a series of smaller documents cut from the file's own text at element boundaries
// that saxes reports: the file's beginning up to and including <Clienten> (header and declaration,
// validated with every batch), then the next few megabytes of Client elements as they stand in the
// file, then the closing tags of the elements still open at the cut. When a batch starts inside a
// Client (one client with thousands of lines), the client's own beginning (<Client>, <Bsn>,
// <Prestaties>) goes in front of it. The last batch ends with the file's real ending. The schema has
// no constraint across clients or lines (no xs:unique/xs:key, Client and Prestatie unbounded), so
// every byte of the file is validated exactly as a whole-document validation would, in memory that
// does not grow with the file. Lines are handed out only after their batch validated; the next
// batch validates (in xmllint-wasm's worker thread) while the caller works through the previous one.
// The only XML text written here is those closing tags, by the qualified names saxes reported.
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { ValidationError } from '../../../platform/errors.js';
import { fromParsed } from './codec.js';
import './errors.js';
import { BASIS_NAMESPACE, messageModel, messageNamespace } from './schema-model.js';
import { type XsdResult, validateAgainstXsd } from './xsd.js';
import type { Jw323Declaratie, Jw323Header, Jw323Prestatie } from './types.generated.js';

export type Jw323Head = { Header: Jw323Header; Declaratie: Omit<Jw323Declaratie, 'Clienten'> };

export type Jw323StreamItem =
  | { kind: 'head'; head: Jw323Head }
  | { kind: 'line'; client: number; line: number; bsn: string; prestatie: Jw323Prestatie };

interface Frame {
  name: string;
  /** The qualified name as written (prefix:local), for the closing tag of a batch. */
  qname: string;
  children: Record<string, unknown>;
  text: string;
  hasChildren: boolean;
}

const LINE_PATH = 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie';
const CLIENT_PATH = 'Bericht/Declaratie/Clienten/Client';
const CLIENTEN_PATH = 'Bericht/Declaratie/Clienten';
const PRESTATIES_PATH = `${CLIENT_PATH}/Prestaties`;

export const STREAM_LIMITS = { maxBytes: 512 * 1024 * 1024, maxDepth: 16 } as const;

export interface StreamJw323Options {
  maxBytes?: number;
  /** Characters of the file per XSD-validated batch (default 4 Mi: about 4,500 lines). */
  batchChars?: number;
  /** Receives the file's text as it arrives, in pieces of about a megabyte (to keep the original). */
  onText?: (text: string) => Promise<void>;
}

const TEXT_PIECE = 1024 * 1024;

interface Batch {
  result: Promise<XsdResult>;
  items: Jw323StreamItem[];
  number: number;
}

export async function* streamJw323(
  input: AsyncIterable<string | Buffer>,
  opts: StreamJw323Options = {},
): AsyncGenerator<Jw323StreamItem> {
  const maxBytes = opts.maxBytes ?? STREAM_LIMITS.maxBytes;
  const batchChars = opts.batchChars ?? 4 * 1024 * 1024;
  const model = messageModel('JW323');
  const ns = messageNamespace('JW323');
  const parser = new SaxesParser({ xmlns: true });
  const stack: Frame[] = [];
  let pending: Jw323StreamItem[] = [];
  const batches: Batch[] = [];
  let headSent = false;
  let client = -1;
  let line = -1;
  let bytes = 0;
  const state: { failure: Error | null } = { failure: null };
  const decoder = new StringDecoder('utf8');
  const fail = (e: Error): never => {
    state.failure = e;
    throw e;
  };
  const path = () => stack.map((f) => f.name).join('/');

  // The file's text from `rawBase` on (positions are saxes's: indexes into the text fed so far).
  let raw = '';
  let rawBase = 0;
  const text = (from: number, to?: number) => raw.slice(from - rawBase, to === undefined ? undefined : to - rawBase);
  let prefix = ''; // the file up to and including <Clienten>
  let batchStart = -1; // where the current batch's text starts
  let batchContext = ''; // the client's beginning when the batch starts inside a Client
  let clientFrom = -1; // where the current Client's text starts (after the previous sibling)
  let clientHead = ''; // the current Client's text up to and including <Prestaties>
  let lastClientEnd = -1;
  let lastLineEnd = -1;

  /** Cuts the batch at `end`, closing the `open` outermost elements, and starts its validation. */
  const cut = (end: number, open: number, nextContext: string) => {
    const closers = stack
      .slice(0, open)
      .reverse()
      .map((f) => `</${f.qname}>`)
      .join('');
    const doc = prefix + batchContext + text(batchStart, end) + closers;
    const result = validateAgainstXsd('JW323', doc, { stream: true });
    result.catch(() => {}); // awaited in order below; never left unhandled meanwhile
    batches.push({ result, items: pending, number: batches.length + 1 });
    pending = [];
    raw = text(end);
    rawBase = end;
    batchStart = end;
    batchContext = nextContext;
  };
  const full = (end: number) => end - batchStart + batchContext.length >= batchChars;

  parser.on('doctype', () => fail(new ValidationError('ijw_doctype_refused')));
  parser.on('opentag', (tag) => {
    if (stack.length >= STREAM_LIMITS.maxDepth) fail(new ValidationError('ijw_too_large', { detail: 'Too deep.' }));
    const okNs =
      stack.length === 0 ? tag.uri === ns && tag.local === 'Bericht' : tag.uri === ns || tag.uri === BASIS_NAMESPACE;
    if (!okNs) {
      fail(new ValidationError('ijw_unknown_message', { detail: `Unexpected element {${tag.uri}}${tag.local}.` }));
    }
    const top = stack[stack.length - 1];
    if (top) top.hasChildren = true;
    // A batch full at the start of a Client ends after the previous Client; at the start of a line
    // that is not its client's first, after the previous line (the next batch gets the client's beginning).
    const p0 = `${path()}/${tag.local}`;
    if (p0 === CLIENT_PATH && client >= 0 && full(lastClientEnd)) cut(lastClientEnd, 3, '');
    if (p0 === LINE_PATH && line >= 0 && full(lastLineEnd)) cut(lastLineEnd, 5, clientHead);
    stack.push({ name: tag.local, qname: tag.name, children: {}, text: '', hasChildren: false });
    const p = path();
    if (p === CLIENTEN_PATH) {
      prefix = text(0, parser.position);
      batchStart = parser.position;
      clientFrom = parser.position;
    }
    if (p === PRESTATIES_PATH) clientHead = text(clientFrom, parser.position);
    if (p === CLIENT_PATH) {
      client += 1;
      line = -1;
      if (!headSent) {
        headSent = true;
        const bericht = stack[0] as Frame;
        const decl = stack[1] as Frame;
        try {
          const head = {
            Header: fromParsed(model, 'msg:Header', bericht.children['Header'], 'Header', true),
            Declaratie: fromParsed(model, 'msg:Declaratie', decl.children, 'Declaratie'),
          } as unknown as Jw323Head;
          pending.push({ kind: 'head', head });
        } catch (e) {
          fail(new ValidationError('ijw_schema_invalid', { detail: (e as Error).message }));
        }
      }
    }
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    const p = path();
    const frame = stack.pop() as Frame;
    const parent = stack[stack.length - 1];
    const value = frame.hasChildren ? frame.children : frame.text.trim();
    if (p === LINE_PATH) {
      line += 1;
      lastLineEnd = parser.position;
      const clientFrame = stack[3] as Frame;
      try {
        const prestatie = fromParsed(model, 'msg:Prestatie', value, `Client.${client}.Prestatie.${line}`, true);
        const bsnRaw = clientFrame.children['Bsn'];
        const bsn = typeof bsnRaw === 'string' ? bsnRaw : '';
        pending.push({ kind: 'line', client, line, bsn, prestatie: prestatie as unknown as Jw323Prestatie });
      } catch (e) {
        fail(new ValidationError('ijw_schema_invalid', { detail: (e as Error).message }));
      }
      return; // not kept: one line in memory at a time
    }
    if (p === CLIENT_PATH) {
      lastClientEnd = parser.position;
      clientFrom = parser.position;
      return;
    }
    if (p === PRESTATIES_PATH) return;
    if (!parent) return;
    const existing = parent.children[frame.name];
    parent.children[frame.name] =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...(existing as unknown[]), value]
          : [existing, value];
  });

  /** The oldest batch's lines once libxml2 accepted its text. */
  async function* release(batch: Batch): AsyncGenerator<Jw323StreamItem> {
    const result = await batch.result.catch((e: unknown) => {
      throw new ValidationError('ijw_schema_invalid', { detail: `JW323: ${(e as Error).message}` });
    });
    if (!result.valid) {
      throw new ValidationError('ijw_schema_invalid', {
        detail: `JW323 (part ${batch.number} of the file): ${result.errors.slice(0, 5).join(' | ')}`,
        errors: result.errors.slice(0, 20).map((message) => ({ path: 'body', message })),
      });
    }
    yield* batch.items;
  }

  let unsaved = '';
  try {
    for await (const chunk of input) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (bytes > maxBytes) fail(new ValidationError('ijw_too_large', { detail: `More than ${maxBytes} bytes.` }));
      const piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      raw += piece;
      parser.write(piece);
      if (opts.onText) {
        unsaved += piece;
        if (unsaved.length >= TEXT_PIECE) {
          await opts.onText(unsaved);
          unsaved = '';
        }
      }
      // Hand out a batch once the next one is cut: that one validates while the caller works.
      while (batches.length > 1) yield* release(batches.shift() as Batch);
    }
    const rest = decoder.end();
    raw += rest;
    unsaved += rest;
    parser.write(rest);
    parser.close();
  } catch (e) {
    if (state.failure) throw state.failure;
    if (e instanceof ValidationError) throw e;
    throw new ValidationError('ijw_xml_malformed', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (!headSent) throw new ValidationError('ijw_schema_invalid', { detail: 'A JW323 without clients.' });
  if (opts.onText && unsaved) await opts.onText(unsaved);
  // The last batch ends with the file's own ending.
  const last = validateAgainstXsd('JW323', prefix + batchContext + text(batchStart), { stream: true });
  last.catch(() => {});
  batches.push({ result: last, items: pending, number: batches.length + 1 });
  pending = [];
  raw = '';
  while (batches.length > 0) yield* release(batches.shift() as Batch);
}
