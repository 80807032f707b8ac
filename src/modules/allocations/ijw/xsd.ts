// XSD validation with libxml2 compiled to WebAssembly (xmllint-wasm): the message's own XSD as
// `schema`, basisschema.xsd (which it imports) as `preload`. The schema texts are read once from the
// project's copy of the standard.
import { AsyncLocalStorage } from 'node:async_hooks';
import { validateXML } from 'xmllint-wasm';
import { type IjwMessageCode, messageNamespace, readStandardFile } from './schema-model.js';

const schemaTexts = new Map<string, string>();
function schemaText(name: string): string {
  let text = schemaTexts.get(name);
  if (text === undefined) {
    text = readStandardFile(name);
    schemaTexts.set(name, text);
  }
  return text;
}

export interface XsdResult {
  valid: boolean;
  /** libxml2's messages, e.g. "Element '{…}Bsn': [facet 'pattern'] The value '12' is not accepted …". */
  errors: string[];
}

export interface XsdOptions {
  /**
   * libxml2's streaming validation (`xmllint --stream`: a reader, no document tree). Used for the
   * batches of a large JW323, where a tree of a few megabytes of XML would need more than the
   * 32 MiB of WebAssembly memory xmllint-wasm gives by default.
   */
  stream?: boolean;
}

/** Documents larger than this are validated with libxml2's reader (`--stream`) rather than a tree. */
const STREAM_ABOVE_CHARS = 1024 * 1024;

/** Validates many messages of one kind in one libxml2 run (a run costs far more than a message). */
export async function validateManyAgainstXsd(
  code: IjwMessageCode,
  xmls: readonly string[],
  opts: XsdOptions = {},
): Promise<XsdResult> {
  if (xmls.length === 0) return { valid: true, errors: [] };
  const result = await validateXML({
    xml: xmls.map((contents, i) => ({ fileName: `${code}-${i + 1}.xml`, contents })),
    schema: [{ fileName: `${code}.xsd`, contents: schemaText(`${code}.xsd`) }],
    preload: [{ fileName: 'basisschema.xsd', contents: schemaText('basisschema.xsd') }],
    ...(opts.stream ? { stream: true } : {}),
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => e.message.trim()),
  };
}

export async function validateAgainstXsd(code: IjwMessageCode, xml: string, opts: XsdOptions = {}): Promise<XsdResult> {
  // A large document (a JW325 listing thousands of refused lines) streams too: its tree would not fit.
  const stream = opts.stream ?? xml.length > STREAM_ABOVE_CHARS;
  const batch = batches.getStore();
  if (batch && !stream) {
    batch.add(code, xml);
    return { valid: true, errors: [] };
  }
  return validateManyAgainstXsd(code, [xml], { stream });
}

export class XsdBatchError extends Error {
  constructor(readonly errors: readonly string[]) {
    super(`Messages do not validate: ${errors.slice(0, 3).join(' | ')}`);
  }
}

/** One schema that imports every message's XSD: libxml2 then checks each document by its root's namespace. */
function allMessagesSchema(codes: readonly IjwMessageCode[]): string {
  const imports = codes
    .map((c) => `<xs:import namespace="${messageNamespace(c)}" schemaLocation="${c}.xsd"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports}</xs:schema>`;
}

/** Validates messages of any kinds in one libxml2 run (a run costs far more than a message). */
export async function validateMixedAgainstXsd(
  messages: readonly { code: IjwMessageCode; xml: string }[],
): Promise<XsdResult> {
  if (messages.length === 0) return { valid: true, errors: [] };
  const codes = [...new Set(messages.map((m) => m.code))].sort();
  const result = await validateXML({
    xml: messages.map((m, i) => ({ fileName: `${m.code}-${i + 1}.xml`, contents: m.xml })),
    schema: [{ fileName: 'messages.xsd', contents: allMessagesSchema(codes) }],
    preload: [
      ...codes.map((c) => ({ fileName: `${c}.xsd`, contents: schemaText(`${c}.xsd`) })),
      { fileName: 'basisschema.xsd', contents: schemaText('basisschema.xsd') },
    ],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message.trim()) };
}

/** Messages waiting for their XSD check, validated together in libxml2's worker while the caller goes on. */
class XsdBatch {
  private pending: { code: IjwMessageCode; xml: string }[] = [];
  private running: Promise<void>[] = [];
  validated = 0;
  constructor(private readonly flushAt: number) {}
  add(code: IjwMessageCode, xml: string): void {
    this.pending.push({ code, xml });
    if (this.pending.length >= this.flushAt) this.flush();
  }
  flush(): void {
    if (this.pending.length === 0) return;
    const messages = this.pending;
    this.pending = [];
    this.validated += messages.length;
    const check = validateMixedAgainstXsd(messages).then((r) => {
      if (!r.valid) throw new XsdBatchError(r.errors);
    });
    check.catch(() => undefined); // reported by settle(), not as an unhandled rejection meanwhile
    this.running.push(check);
  }
  async settle(): Promise<void> {
    this.flush();
    const results = await Promise.allSettled(this.running);
    this.running = [];
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

const batches = new AsyncLocalStorage<XsdBatch>();

/**
 * Runs `work` with XSD validation deferred and batched (for bulk work that produces and receives
 * thousands of messages of its own, such as the demo seed): every message is still validated, and
 * the scope throws — so its transaction rolls back — when any of them does not.
 */
export async function withBatchedXsdValidation<T>(
  work: () => Promise<T>,
  flushAt = 1000,
): Promise<{ result: T; validated: number }> {
  const batch = new XsdBatch(flushAt);
  let result: T;
  try {
    result = await batches.run(batch, work);
  } catch (e) {
    await batch.settle().catch(() => undefined);
    throw e;
  }
  await batch.settle();
  return { result, validated: batch.validated };
}
