// The readable copy of "all my data" as a PDF (pdfkit, built-in Helvetica: WinAnsi covers Dutch).
// Headings and labels in plain Dutch; values as written; nested plan content as indented lines.
import PDFDocument from 'pdfkit';
import type { FamilyExport } from './export.js';

const SECTION_TITLES: Record<string, string> = {
  family: 'Uw gezin',
  persons: 'Personen',
  plan: 'Gezinsplan (huidige versie)',
  planSignOffs: 'Ondertekeningen van het plan',
  meetings: 'Gesprekken',
  story: 'Uw verhaal',
  decisions: 'Besluiten (beschikkingen)',
  consents: 'Toestemmingen',
  statements: 'Uw eigen verklaringen',
  requests: 'Uw verzoeken',
};

const LABELS: Record<string, string> = {
  reference: 'Dossiernummer',
  postcode: 'Postcode',
  houseNumber: 'Huisnummer',
  givenName: 'Voornaam',
  familyName: 'Achternaam',
  kind: 'Soort',
  birthDate: 'Geboortedatum',
  hasAuthority: 'Gezag',
  networkRelation: 'Relatie',
  version: 'Versie',
  content: 'Inhoud',
  since: 'Sinds',
  signedBy: 'Ondertekend door',
  signedOn: 'Ondertekend op',
  heldOn: 'Datum',
  location: 'Plaats',
  text: 'Tekst',
  writtenAt: 'Geschreven op',
  outcome: 'Uitkomst',
  decidedAt: 'Besloten op',
  motivation: 'Motivering',
  organisation: 'Organisatie',
  scopes: 'Waarvoor',
  givenOn: 'Gegeven op',
  withdrawnOn: 'Ingetrokken op',
  title: 'Titel',
  by: 'Door',
  at: 'Op',
  about: 'Over',
  submittedOn: 'Ingediend op',
  dueOn: 'Antwoord uiterlijk',
  status: 'Stand',
  answer: 'Antwoord',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value === true) return 'ja';
  if (value === false) return 'nee';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value))
    return new Date(value).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });
  if (value instanceof Date) return value.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) return value.split('-').reverse().join('-');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return '';
}

const label = (key: string) => LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase();

function write(doc: PDFKit.PDFDocument, value: unknown, indent: number, key?: string): void {
  const x = 50 + indent * 14;
  const width = 495 - indent * 14;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    doc.text(`${key ? `${label(key)}: ` : ''}${value.map(show).join(', ') || '—'}`, x, undefined, { width });
    return;
  }
  if (Array.isArray(value)) {
    if (key) doc.font('Helvetica-Bold').text(label(key), x, undefined, { width }).font('Helvetica');
    if (value.length === 0) doc.text('Geen.', x, undefined, { width });
    value.forEach((item, i) => {
      write(doc, item, indent + (key ? 1 : 0));
      if (i < value.length - 1) doc.moveDown(0.4);
    });
    return;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if (key) doc.font('Helvetica-Bold').text(label(key), x, undefined, { width }).font('Helvetica');
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) write(doc, v, indent + (key ? 1 : 0), k);
    return;
  }
  doc.text(`${key ? `${label(key)}: ` : ''}${show(value)}`, x, undefined, { width });
}

export function renderExportPdf(data: FamilyExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: 'Mijn gegevens in Keukentafel' },
    lang: 'nl-NL',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).text('Mijn gegevens in Keukentafel');
  doc.font('Helvetica').fontSize(10).moveDown(0.3);
  doc.text(`Gemaakt op ${show(data.exportedAt)}. U heeft recht op een kopie van uw dossier (Jeugdwet artikel 7.3.10).`);
  doc.text(
    data.scope === 'household'
      ? 'Dit zijn de gegevens van uw gezin die u mag zien.'
      : 'Dit zijn de gegevens over uzelf die u mag zien.',
  );
  for (const [key, value] of Object.entries(data.sections)) {
    if (Array.isArray(value) && value.length === 0) continue;
    if (value === null) continue;
    doc
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(SECTION_TITLES[key] ?? key, 50)
      .font('Helvetica')
      .fontSize(10);
    doc.moveDown(0.2);
    write(doc, value, 0);
  }
  doc.end();
  return done;
}
