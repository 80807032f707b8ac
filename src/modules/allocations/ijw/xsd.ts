// XSD validation with libxml2 compiled to WebAssembly (xmllint-wasm): the message's own XSD as
// `schema`, basisschema.xsd (which it imports) as `preload`. The schema texts are read once from the
// project's copy of the standard.
import { validateXML } from 'xmllint-wasm';
import { type IjwMessageCode, readStandardFile } from './schema-model.js';

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

export async function validateAgainstXsd(code: IjwMessageCode, xml: string, opts: XsdOptions = {}): Promise<XsdResult> {
  const result = await validateXML({
    xml: [{ fileName: `${code}.xml`, contents: xml }],
    schema: [{ fileName: `${code}.xsd`, contents: schemaText(`${code}.xsd`) }],
    preload: [{ fileName: 'basisschema.xsd', contents: schemaText('basisschema.xsd') }],
    // A large document (a JW325 listing thousands of refused lines) streams too: its tree would not fit.
    ...((opts.stream ?? xml.length > STREAM_ABOVE_CHARS) ? { stream: true } : {}),
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => e.message.trim()),
  };
}
