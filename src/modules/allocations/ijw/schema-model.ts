// The iJw 3.2 XSDs as a model the codec walks: for every message, its complex types with their
// element sequence (order, namespace, min/max occurrence, type). The model is read from the
// project's own copy of the official XSDs (./standard), parsed with fast-xml-parser — so the
// builder emits elements in the schema's order and namespace, and the parser knows which elements
// repeat, without a hand-written table that could drift from the standard.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

export const IJW_MESSAGE_CODES = [
  'JW301',
  'JW302',
  'JW305',
  'JW306',
  'JW307',
  'JW308',
  'JW315',
  'JW316',
  'JW317',
  'JW318',
  'JW319',
  'JW320',
  'JW323',
  'JW325',
] as const;
export type IjwMessageCode = (typeof IJW_MESSAGE_CODES)[number];

/** BerichtCode (COD002) in the header of each message. */
export const BERICHT_CODE: Readonly<Record<IjwMessageCode, string>> = {
  JW301: '436',
  JW302: '437',
  JW305: '438',
  JW306: '439',
  JW307: '440',
  JW308: '441',
  JW315: '446',
  JW316: '447',
  JW317: '486',
  JW318: '487',
  JW319: '488',
  JW320: '489',
  JW323: '490',
  JW325: '491',
};

export const BASIS_NAMESPACE = 'http://www.istandaarden.nl/ijw/3_2/basisschema/schema';
export const messageNamespace = (code: IjwMessageCode): string =>
  `http://www.istandaarden.nl/ijw/3_2/${code.toLowerCase()}/schema`;
export const messagePrefix = (code: IjwMessageCode): string => code.toLowerCase();

export interface ElementDecl {
  readonly name: string;
  /** 'msg': the message's own namespace; 'ijw': the basisschema's. */
  readonly ns: 'msg' | 'ijw';
  readonly min: number;
  readonly max: number;
  /** Key into MessageModel.types when the element has a complex type, else null (a text leaf). */
  readonly complexType: string | null;
  readonly documentation: string | null;
}

export interface MessageModel {
  readonly code: IjwMessageCode;
  readonly namespace: string;
  readonly prefix: string;
  /** The element sequence of each complex type, keyed 'msg:Header', 'ijw:CDT_BerichtIdentificatie'. */
  readonly types: ReadonlyMap<string, readonly ElementDecl[]>;
  readonly root: ElementDecl;
}

export const STANDARD_DIR = fileURLToPath(new URL('./standard/', import.meta.url));

export function readStandardFile(name: string): string {
  return readFileSync(`${STANDARD_DIR}${name}`, 'utf8');
}

type XsdNode = Record<string, unknown>;

const xsdParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  isArray: (name) => ['xs:element', 'xs:complexType', 'xs:simpleType'].includes(name),
});

function asArray(v: unknown): XsdNode[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]) as XsdNode[];
}

function occurs(v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  return v === 'unbounded' ? Number.POSITIVE_INFINITY : Number(v);
}

function docOf(el: XsdNode): string | null {
  const ann = el['xs:annotation'] as XsdNode | undefined;
  const doc = ann?.['xs:documentation'];
  return typeof doc === 'string' ? doc : null;
}

/** complexType name → element sequence, for one schema file whose own types get `ownNs`. */
function readComplexTypes(xsd: string, ownNs: 'msg' | 'ijw'): Map<string, ElementDecl[]> {
  const schema = (xsdParser.parse(xsd) as XsdNode)['xs:schema'] as XsdNode;
  const out = new Map<string, ElementDecl[]>();
  for (const ct of asArray(schema['xs:complexType'])) {
    const seq = ct['xs:sequence'] as XsdNode | undefined;
    const decls = asArray(seq?.['xs:element']).map((el): ElementDecl => {
      const type = el['@_type'] as string | undefined;
      let complexType: string | null = null;
      if (type) {
        const [prefix, local] = type.split(':') as [string, string];
        if (local.startsWith('CDT_') || (prefix !== 'ijw' && prefix !== 'xs')) {
          complexType = `${prefix === 'ijw' ? 'ijw' : 'msg'}:${local}`;
        }
      }
      return {
        name: el['@_name'] as string,
        ns: ownNs,
        min: occurs(el['@_minOccurs'], 1),
        max: occurs(el['@_maxOccurs'], 1),
        complexType,
        documentation: docOf(el),
      };
    });
    out.set(`${ownNs}:${ct['@_name'] as string}`, decls);
  }
  return out;
}

let basisTypes: Map<string, ElementDecl[]> | null = null;
const models = new Map<IjwMessageCode, MessageModel>();

export function messageModel(code: IjwMessageCode): MessageModel {
  const cached = models.get(code);
  if (cached) return cached;
  basisTypes ??= readComplexTypes(readStandardFile('basisschema.xsd'), 'ijw');
  const own = readComplexTypes(readStandardFile(`${code}.xsd`), 'msg');
  const types = new Map<string, readonly ElementDecl[]>([...basisTypes, ...own]);
  for (const [key, decls] of types) {
    for (const d of decls) {
      if (d.complexType && !types.has(d.complexType)) {
        throw new Error(`iJw model ${code}: ${key}/${d.name} names unknown type ${d.complexType}`);
      }
    }
  }
  const model: MessageModel = {
    code,
    namespace: messageNamespace(code),
    prefix: messagePrefix(code),
    types,
    root: { name: 'Bericht', ns: 'msg', min: 1, max: 1, complexType: 'msg:Root', documentation: null },
  };
  models.set(code, model);
  return model;
}

export function messageCodeForNamespace(ns: string): IjwMessageCode | null {
  return IJW_MESSAGE_CODES.find((c) => messageNamespace(c) === ns) ?? null;
}
