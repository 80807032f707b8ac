// iJw messages for the provider's journey, made from what the municipality sent (the JW301 the provider
// downloads) and the examples a newcomer uploads (examples/ijw/): parsed and rebuilt with a real XML
// library, element by element — never by string replacement over XML.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { ROOT } from './env.js';

type Node = Record<string, unknown>;

const reader = new XMLParser({ removeNSPrefix: true, parseTagValue: false, trimValues: true });
const keeper = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' });

function at(node: unknown, ...path: string[]): Node {
  let here = node;
  for (const key of path) {
    here = (here as Node)[key];
    if (Array.isArray(here)) here = here[0];
    if (here === undefined) throw new Error(`no ${path.join('.')} in the message`);
  }
  return here as Node;
}
const text = (node: unknown, ...path: string[]) => String(at(node, ...path) as unknown);

/** What the provider needs from a JW301 to report a start or claim for its first allocated product. */
export interface Allocated {
  municipality: string;
  agb: string;
  bsn: string;
  birthDate: string;
  number: string;
  category: string;
  productCode: string;
  startsOn: string;
  unit: string;
}

export function readJw301(xml: string): Allocated {
  const root = at(reader.parse(xml), 'Bericht');
  const product = at(root, 'Client', 'ToegewezenProducten', 'ToegewezenProduct');
  return {
    municipality: text(root, 'Header', 'Afzender'),
    agb: text(root, 'Header', 'Ontvanger'),
    bsn: text(root, 'Client', 'Bsn'),
    birthDate: text(root, 'Client', 'Geboortedatum', 'Datum'),
    number: text(product, 'ToewijzingNummer'),
    category: text(product, 'Product', 'Categorie'),
    productCode: text(product, 'Product', 'Code'),
    startsOn: text(product, 'Ingangsdatum'),
    unit: text(product, 'Omvang', 'Eenheid'),
  };
}

export function exampleMessage(file: string): Promise<string> {
  return readFile(join(ROOT, 'examples', 'ijw', file), 'utf8');
}

function header(root: Node, prefix: string, a: Allocated, id: string, on: string): void {
  const h = root[`${prefix}:Header`] as Node;
  h[`${prefix}:Afzender`] = a.agb;
  h[`${prefix}:Ontvanger`] = a.municipality;
  const ident = h[`${prefix}:BerichtIdentificatie`] as Node;
  ident['ijw:Identificatie'] = id;
  ident['ijw:Dagtekening'] = on;
}

/** The example start (02-valid-JW305-start.xml) for this allocation, starting `on`. */
export async function startMessage(a: Allocated, id: string, on: string): Promise<string> {
  const doc = keeper.parse(await exampleMessage('02-valid-JW305-start.xml')) as Node;
  const root = doc['jw305:Bericht'] as Node;
  header(root, 'jw305', a, id, on);
  const client = root['jw305:Client'] as Node;
  client['jw305:Bsn'] = a.bsn;
  (client['jw305:Geboortedatum'] as Node)['ijw:Datum'] = a.birthDate;
  const start = (client['jw305:StartProducten'] as Node)['jw305:StartProduct'] as Node;
  start['jw305:ToewijzingNummer'] = a.number;
  start['jw305:Product'] = { 'ijw:Categorie': a.category, 'ijw:Code': a.productCode };
  start['jw305:ToewijzingIngangsdatum'] = a.startsOn;
  start['jw305:Begindatum'] = on;
  return builder.build(doc) as string;
}

/** The example claim (03-valid-JW323-claim.xml) for this allocation: `hours` in this month at `tariffCents`. */
export async function claimMessage(
  a: Allocated,
  o: { id: string; on: string; monthStart: string; monthEnd: string; hours: number; tariffCents: number },
): Promise<string> {
  const doc = keeper.parse(await exampleMessage('03-valid-JW323-claim.xml')) as Node;
  const root = doc['jw323:Bericht'] as Node;
  header(root, 'jw323', a, o.id, o.on);
  const claim = root['jw323:Declaratie'] as Node;
  const amount = String(o.hours * o.tariffCents);
  claim['jw323:DeclaratieNummer'] = o.id;
  claim['jw323:DeclaratiePeriode'] = { 'ijw:Begindatum': o.monthStart, 'ijw:Einddatum': o.monthEnd };
  claim['jw323:DeclaratieDagtekening'] = o.on;
  claim['jw323:TotaalIngediendBedrag'] = { 'ijw:TotaalBedrag': amount, 'ijw:DebetCredit': 'D' };
  const client = (claim['jw323:Clienten'] as Node)['jw323:Client'] as Node;
  client['jw323:Bsn'] = a.bsn;
  const line = (client['jw323:Prestaties'] as Node)['jw323:Prestatie'] as Node;
  line['jw323:ProductReferentie'] = { 'ijw:ReferentieNummer': `${o.id}-1` };
  line['jw323:ToewijzingNummer'] = a.number;
  line['jw323:ProductCategorie'] = a.category;
  line['jw323:ProductCode'] = a.productCode;
  line['jw323:ProductPeriode'] = { 'ijw:Begindatum': a.startsOn, 'ijw:Einddatum': o.monthEnd };
  line['jw323:GeleverdVolume'] = String(o.hours);
  line['jw323:Eenheid'] = a.unit;
  line['jw323:ProductTarief'] = String(o.tariffCents);
  line['jw323:IngediendBedrag'] = { 'ijw:Bedrag': amount, 'ijw:DebetCredit': 'D' };
  return builder.build(doc) as string;
}
