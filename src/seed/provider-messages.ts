// The messages the demo's providers send (JW305 start, JW307 stop, JW323 claim, JW315 request, JW317
// request for change), built as typed trees by the same codec as everything else and received through
// the real receive path (exchange/receive.ts), which validates, checks and answers them.
import { buildIjwXml } from '../modules/allocations/ijw/codec.js';
import { header } from '../modules/allocations/ijw/messages/outgoing.js';
import type { IjwMessageCode } from '../modules/allocations/ijw/schema-model.js';
import type { IjwContent, Jw323Prestatie } from '../modules/allocations/ijw/types.generated.js';

export interface SeedClient {
  bsn: string;
  birthDate: string;
  givenName: string;
  familyName: string;
}

export interface Envelope {
  agb: string;
  municipality: string;
  id: string;
  date: string;
}

export interface SeedProduct {
  allocationNumber: number;
  category: string;
  productCode: string;
  startsOn: string;
}

const xml = <C extends IjwMessageCode>(code: C, content: IjwContent[C]) => buildIjwXml(code, content);

function client(c: SeedClient) {
  return {
    Bsn: c.bsn,
    Geboortedatum: { Datum: c.birthDate },
    Geslacht: '0',
    Naam: {
      Geslachtsnaam: { Achternaam: c.familyName.slice(0, 200) },
      Voorletters: (c.givenName[0] ?? 'X').toUpperCase(),
    },
  };
}

const head = (code: IjwMessageCode, e: Envelope) =>
  header(code, { from: e.agb, to: e.municipality, id: e.id, date: e.date });

export function startXml(e: Envelope, c: SeedClient, p: SeedProduct, startedOn: string): string {
  return xml('JW305', {
    Header: head('JW305', e),
    Client: {
      ...client(c),
      StartProducten: {
        StartProduct: [
          {
            ToewijzingNummer: String(p.allocationNumber),
            Product: { Categorie: p.category, Code: p.productCode },
            ToewijzingIngangsdatum: p.startsOn,
            Begindatum: startedOn,
            StatusAanlevering: '1',
          },
        ],
      },
    },
  });
}

export function stopXml(
  e: Envelope,
  c: SeedClient,
  p: SeedProduct,
  s: { startedOn: string; stoppedOn: string; reason: string },
): string {
  return xml('JW307', {
    Header: head('JW307', e),
    Client: {
      ...client(c),
      StopProducten: {
        StopProduct: [
          {
            ToewijzingNummer: String(p.allocationNumber),
            Product: { Categorie: p.category, Code: p.productCode },
            ToewijzingIngangsdatum: p.startsOn,
            Begindatum: s.startedOn,
            RedenBeeindiging: s.reason,
            Einddatum: s.stoppedOn,
            StatusAanlevering: '1',
          },
        ],
      },
    },
  });
}

export interface SeedClaimLine {
  bsn: string;
  reference: string;
  allocationNumber: number;
  category: string;
  productCode: string;
  periodStart: string;
  periodEnd: string;
  volume: number;
  unit: string;
  tariffCents: number;
  amountCents: number;
}

export function claimXml(
  e: Envelope,
  number: string,
  period: { start: string; end: string },
  lines: readonly SeedClaimLine[],
): string {
  const byClient = new Map<string, Jw323Prestatie[]>();
  for (const l of lines) {
    const list = byClient.get(l.bsn) ?? [];
    list.push({
      ProductReferentie: { ReferentieNummer: l.reference },
      ToewijzingNummer: String(l.allocationNumber),
      ProductCategorie: l.category,
      ProductCode: l.productCode,
      ProductPeriode: { Begindatum: l.periodStart, Einddatum: l.periodEnd },
      GeleverdVolume: String(l.volume),
      Eenheid: l.unit,
      ProductTarief: String(l.tariffCents),
      IngediendBedrag: { Bedrag: String(l.amountCents), DebetCredit: 'D' },
    });
    byClient.set(l.bsn, list);
  }
  const total = lines.reduce((s, l) => s + l.amountCents, 0);
  return xml('JW323', {
    Header: head('JW323', e),
    Declaratie: {
      DeclaratieNummer: number,
      DeclaratiePeriode: { Begindatum: period.start, Einddatum: period.end },
      DeclaratieDagtekening: e.date,
      TotaalIngediendBedrag: { TotaalBedrag: String(total), DebetCredit: 'D' },
      Clienten: {
        Client: [...byClient].map(([bsn, prestaties]) => ({ Bsn: bsn, Prestaties: { Prestatie: prestaties } })),
      },
    },
  });
}

export function requestXml(
  e: Envelope,
  c: SeedClient,
  r: {
    reference: string;
    category: string;
    productCode: string;
    startsOn: string;
    endsOn: string;
    volume: number;
    unit: string;
    frequency: string;
  },
): string {
  return xml('JW315', {
    Header: head('JW315', e),
    Client: {
      ...client(c),
      AangevraagdeProducten: {
        AangevraagdProduct: [
          {
            ReferentieAanbieder: r.reference,
            Product: { Categorie: r.category, Code: r.productCode },
            ToewijzingIngangsdatum: r.startsOn,
            ToewijzingEinddatum: r.endsOn,
            Omvang: { Volume: String(r.volume), Eenheid: r.unit, Frequentie: r.frequency },
            Verwijzer: { Type: '02', ZorgverlenerCode: '01123456' },
          },
        ],
      },
    },
  });
}

export function changeRequestXml(
  e: Envelope,
  c: SeedClient,
  r: { reference: string; allocationNumber: number; from: string; volume: number; unit: string; frequency: string },
): string {
  return xml('JW317', {
    Header: head('JW317', e),
    Client: {
      Bsn: c.bsn,
      Verzoek: {
        ReferentieAanbieder: r.reference,
        RedenVerzoek: '1',
        TeWijzigenProducten: {
          TeWijzigenProduct: [
            {
              ToewijzingNummer: String(r.allocationNumber),
              GewensteIngangsdatum: r.from,
              Omvang: { Volume: String(r.volume), Eenheid: r.unit, Frequentie: r.frequency },
            },
          ],
        },
      },
    },
  });
}
