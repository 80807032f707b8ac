// The iJw 3.2 codec: read (guard → XSD → parse → typed tree) and build (typed tree → XML in the
// schema's element order and namespaces → XSD). Real XML libraries only: saxes guards and identifies,
// xmllint-wasm (libxml2) validates, fast-xml-parser parses and builds. No XML is assembled or
// inspected as a string.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { ValidationError } from '../../../platform/errors.js';
import './errors.js';
import {
  BASIS_NAMESPACE,
  type ElementDecl,
  type IjwMessageCode,
  type MessageModel,
  messageCodeForNamespace,
  messageModel,
} from './schema-model.js';
import type { IjwContent } from './types.generated.js';
import { validateAgainstXsd } from './xsd.js';

export const IJW_LIMITS = {
  /** A single message read whole (every kind but a bulk JW323, which is streamed). */
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 32,
  maxElements: 250_000,
} as const;

export type IjwMessage = { [C in IjwMessageCode]: { code: C; content: IjwContent[C] } }[IjwMessageCode];

/** A tree of the XSD's own vocabulary: element name → text, subtree or repeated list. */
type Tree = { [name: string]: string | Tree | (string | Tree)[] };

export interface GuardResult {
  code: IjwMessageCode;
}

/**
 * The first look at untrusted input, streaming and cheap: size, well-formedness, no DOCTYPE (so no
 * entity expansion of any kind), nesting depth, element count, and every element in the message's
 * own namespace or the basisschema's. Answers which message it is.
 */
export function guardIjwXml(xml: string, maxBytes: number = IJW_LIMITS.maxBytes): GuardResult {
  if (Buffer.byteLength(xml, 'utf8') > maxBytes) {
    throw new ValidationError('ijw_too_large', { detail: `The message is larger than ${maxBytes} bytes.` });
  }
  let code: IjwMessageCode | null = null;
  let depth = 0;
  let elements = 0;
  const state: { refusal: ValidationError | null } = { refusal: null };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const refuse = (e: ValidationError): never => {
    state.refusal = e;
    throw e;
  };
  parser.on('doctype', () => {
    refuse(new ValidationError('ijw_doctype_refused', { detail: 'DOCTYPE declarations are not accepted.' }));
  });
  // An iJw message has no processing instructions (the XML declaration is not one): the typed reader
  // after the XSD pass cannot take them, so one in place of the declaration made a 500.
  parser.on('processinginstruction', () => {
    refuse(
      new ValidationError('ijw_xml_malformed', {
        detail: 'Processing instructions are not accepted in an iJw message.',
      }),
    );
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    elements += 1;
    if (depth > IJW_LIMITS.maxDepth || elements > IJW_LIMITS.maxElements) {
      refuse(new ValidationError('ijw_too_large', { detail: 'Too deeply nested or too many elements.' }));
    }
    if (depth === 1) {
      code = messageCodeForNamespace(tag.uri);
      if (!code || tag.local !== 'Bericht') {
        refuse(
          new ValidationError('ijw_unknown_message', {
            detail: `Root element {${tag.uri}}${tag.local} is not an iJw 3.2 Bericht.`,
          }),
        );
      }
    } else if (code && tag.uri !== BASIS_NAMESPACE && messageCodeForNamespace(tag.uri) !== code) {
      refuse(
        new ValidationError('ijw_unknown_message', {
          detail: `Element ${tag.local} is in namespace '${tag.uri}', not the ${code} or basisschema namespace.`,
        }),
      );
    }
  });
  parser.on('closetag', () => {
    depth -= 1;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (state.refusal) throw state.refusal;
    throw new ValidationError('ijw_xml_malformed', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (!code) throw new ValidationError('ijw_unknown_message', { detail: 'No root element.' });
  return { code };
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Shapes a raw parse (element name → text or subtree) by the model: schema order, repeated elements
 * as lists, unknown elements refused; with `strict` also every required element present (the stream
 * reader's check, where no XSD pass ran over the whole file).
 */
export function fromParsed(model: MessageModel, typeKey: string, raw: unknown, path: string, strict = false): Tree {
  const decls = model.types.get(typeKey) as readonly ElementDecl[];
  const src = (raw ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null) {
    if (strict) throw new Error(`${path}: expected elements, found text`);
  }
  const known = new Set(decls.map((d) => d.name));
  for (const key of Object.keys(src)) {
    if (!known.has(key)) throw new Error(`${path}: unexpected element ${key}`);
  }
  if (strict) {
    for (const d of decls) {
      if (d.min > 0 && src[d.name] === undefined) throw new Error(`${path}: missing element ${d.name}`);
    }
  }
  const out: Tree = {};
  for (const d of decls) {
    const v = src[d.name];
    if (v === undefined) continue;
    const one = (x: unknown, i: number | null): string | Tree =>
      d.complexType
        ? fromParsed(model, d.complexType, x, `${path}.${d.name}${i === null ? '' : `.${i}`}`, strict)
        : leaf(x, `${path}.${d.name}`, strict);
    out[d.name] = d.max > 1 ? (Array.isArray(v) ? v : [v]).map((x, i) => one(x, i)) : one(v, null);
  }
  return out;
}

function leaf(x: unknown, path: string, strict: boolean): string {
  if (strict && typeof x === 'object' && x !== null) throw new Error(`${path}: expected text, found elements`);
  return typeof x === 'string' ? x : String(x);
}

/**
 * Reads an untrusted iJw message: guard, XSD validation (libxml2's message per error), then the
 * typed tree. `expect` limits which messages are welcome here.
 */
export async function readIjwMessage(
  xml: string,
  opts: { expect?: readonly IjwMessageCode[]; maxBytes?: number } = {},
): Promise<IjwMessage> {
  const { code } = guardIjwXml(xml, opts.maxBytes);
  if (opts.expect && !opts.expect.includes(code)) {
    throw new ValidationError('ijw_unexpected_message', {
      detail: `${code} is not expected here (expected ${opts.expect.join(', ')}).`,
    });
  }
  const result = await validateAgainstXsd(code, xml);
  if (!result.valid) {
    throw new ValidationError('ijw_schema_invalid', {
      detail: `${code}: ${result.errors.slice(0, 5).join(' | ')}`,
      errors: result.errors.slice(0, 20).map((message) => ({ path: 'body', message })),
    });
  }
  return { code, content: parseIjwTree(code, xml) } as IjwMessage;
}

/** The typed tree of a message already guarded and validated (or produced by us). */
export function parseIjwTree<C extends IjwMessageCode>(code: C, xml: string): IjwContent[C] {
  const model = messageModel(code);
  const doc = parser.parse(xml) as Record<string, unknown>;
  return fromParsed(model, 'msg:Root', doc['Bericht'], 'Bericht') as unknown as IjwContent[C];
}

function toBuilder(model: MessageModel, typeKey: string, tree: Tree, path: string): Record<string, unknown> {
  const decls = model.types.get(typeKey) as readonly ElementDecl[];
  const known = new Set(decls.map((d) => d.name));
  for (const key of Object.keys(tree)) {
    if (!known.has(key) && tree[key] !== undefined) throw new Error(`${path}: ${key} is not in the schema`);
  }
  const out: Record<string, unknown> = {};
  for (const d of decls) {
    const v = tree[d.name];
    if (v === undefined || v === null) continue;
    const name = `${d.ns === 'ijw' ? 'ijw' : model.prefix}:${d.name}`;
    const one = (x: string | Tree): unknown =>
      d.complexType ? toBuilder(model, d.complexType, x as Tree, `${path}.${d.name}`) : x;
    out[name] = Array.isArray(v) ? v.map(one) : one(v);
  }
  return out;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  processEntities: true,
});

/** The XML of a message from its typed tree, elements in the XSD's order (not yet validated). */
export function buildIjwXml<C extends IjwMessageCode>(code: C, content: IjwContent[C]): string {
  const model = messageModel(code);
  const body = toBuilder(model, 'msg:Root', content as unknown as Tree, 'Bericht');
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    [`${model.prefix}:Bericht`]: {
      [`@_xmlns:${model.prefix}`]: model.namespace,
      '@_xmlns:ijw': BASIS_NAMESPACE,
      ...body,
    },
  };
  return builder.build(doc);
}

export class IjwProductionError extends Error {
  constructor(
    readonly code: IjwMessageCode,
    readonly errors: readonly string[],
  ) {
    super(`Produced ${code} does not validate: ${errors.slice(0, 3).join(' | ')}`);
  }
}

/** Builds and validates: every message we send validates against its XSD, or is not sent. */
export async function produceIjwMessage<C extends IjwMessageCode>(code: C, content: IjwContent[C]): Promise<string> {
  const xml = buildIjwXml(code, content);
  const result = await validateAgainstXsd(code, xml);
  if (!result.valid) throw new IjwProductionError(code, result.errors);
  return xml;
}
