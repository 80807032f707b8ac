// A streaming reader for large JW323 claim files (100,000 lines and more): saxes pushes events, each
// Prestatie is shaped by the schema model (required elements, no unknown ones) and handed out on its
// own, so memory holds one line, never the file. The same guards as the whole-message path: no
// DOCTYPE, only the JW323 and basisschema namespaces, depth and size limits.
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { ValidationError } from '../../../platform/errors.js';
import { fromParsed } from './codec.js';
import './errors.js';
import { BASIS_NAMESPACE, messageModel, messageNamespace } from './schema-model.js';
import type { Jw323Declaratie, Jw323Header, Jw323Prestatie } from './types.generated.js';

export type Jw323Head = { Header: Jw323Header; Declaratie: Omit<Jw323Declaratie, 'Clienten'> };

export type Jw323StreamItem =
  | { kind: 'head'; head: Jw323Head }
  | { kind: 'line'; client: number; line: number; bsn: string; prestatie: Jw323Prestatie };

interface Frame {
  name: string;
  children: Record<string, unknown>;
  text: string;
  hasChildren: boolean;
}

const LINE_PATH = 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie';
const CLIENT_PATH = 'Bericht/Declaratie/Clienten/Client';

export const STREAM_LIMITS = { maxBytes: 512 * 1024 * 1024, maxDepth: 16 } as const;

export async function* streamJw323(
  input: AsyncIterable<string | Buffer>,
  limits: { maxBytes?: number } = {},
): AsyncGenerator<Jw323StreamItem> {
  const maxBytes = limits.maxBytes ?? STREAM_LIMITS.maxBytes;
  const model = messageModel('JW323');
  const ns = messageNamespace('JW323');
  const parser = new SaxesParser({ xmlns: true });
  const stack: Frame[] = [];
  const out: Jw323StreamItem[] = [];
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
    stack.push({ name: tag.local, children: {}, text: '', hasChildren: false });
    const p = path();
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
          out.push({ kind: 'head', head });
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
      const clientFrame = stack[3] as Frame;
      try {
        const prestatie = fromParsed(model, 'msg:Prestatie', value, `Client.${client}.Prestatie.${line}`, true);
        const bsnRaw = clientFrame.children['Bsn'];
        const bsn = typeof bsnRaw === 'string' ? bsnRaw : '';
        out.push({ kind: 'line', client, line, bsn, prestatie: prestatie as unknown as Jw323Prestatie });
      } catch (e) {
        fail(new ValidationError('ijw_schema_invalid', { detail: (e as Error).message }));
      }
      return; // not kept: one line in memory at a time
    }
    if (p === CLIENT_PATH || p === `${LINE_PATH.slice(0, LINE_PATH.lastIndexOf('/'))}`) return;
    if (!parent) return;
    const existing = parent.children[frame.name];
    parent.children[frame.name] =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...(existing as unknown[]), value]
          : [existing, value];
  });

  try {
    for await (const chunk of input) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (bytes > maxBytes) fail(new ValidationError('ijw_too_large', { detail: `More than ${maxBytes} bytes.` }));
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      yield* out.splice(0, out.length);
    }
    parser.write(decoder.end());
    parser.close();
    yield* out.splice(0, out.length);
  } catch (e) {
    if (state.failure) throw state.failure;
    if (e instanceof ValidationError) throw e;
    throw new ValidationError('ijw_xml_malformed', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (!headSent) throw new ValidationError('ijw_schema_invalid', { detail: 'A JW323 without clients.' });
}
