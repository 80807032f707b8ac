// Synthetic iJw messages (test numbers, invented names) for tests, the examples a newcomer can
// upload (examples/ijw/) and the demo seed. Every one validates against its XSD.
import {
  header,
  jw301Content,
  jw319Content,
  jw325Content,
  type Jw301ClientData,
  type Jw301Product,
} from './messages/outgoing.js';
import { retourContent } from './messages/retour.js';
import type { IjwMessageCode } from './schema-model.js';
import type {
  IjwContent,
  Jw305Root,
  Jw307Root,
  Jw315Root,
  Jw317Root,
  Jw323Prestatie,
  Jw323Root,
} from './types.generated.js';

export const SAMPLE = {
  municipality: '0193',
  provider: '42420001',
  bsn: '999990019',
  birthDate: '2014-03-02',
} as const;

export function sampleClient(bsn: string = SAMPLE.bsn): Jw301ClientData {
  return {
    Bsn: bsn,
    Geboortedatum: { Datum: SAMPLE.birthDate },
    Geslacht: '2',
    Naam: { Geslachtsnaam: { Achternaam: 'Voorbeeld' }, Voorletters: 'A', NaamGebruik: '1' },
    Contactgegevens: {
      Contact: [
        {
          Soort: '01',
          Adres: {
            Huis: { Huisnummer: '12' },
            Postcode: '8011AB',
            Straatnaam: 'Voorbeeldstraat',
            Plaatsnaam: 'Zwolle',
            LandCode: 'NL',
          },
        },
      ],
    },
  };
}

export function sampleProduct(over: Partial<Jw301Product> = {}): Jw301Product {
  return {
    number: '100001',
    category: '45',
    productCode: '45A04',
    start: '2026-01-01',
    end: '2026-12-31',
    changeReason: null,
    allocatedAt: '2025-12-15T10:00:00',
    volume: { amount: 4, unit: '04', frequency: '2' },
    budgetCents: null,
    ...over,
  };
}

const env = (from: string, to: string, id: string, date = '2026-01-05') => ({ from, to, id, date });

export function sampleJw301(products: readonly Jw301Product[] = [sampleProduct()]) {
  return jw301Content(env(SAMPLE.municipality, SAMPLE.provider, 'T301-0001'), sampleClient(), products);
}

export function sampleJw315(reference = 'VZ-0001'): Jw315Root {
  return {
    Header: header('JW315', env(SAMPLE.provider, SAMPLE.municipality, 'T315-0001')),
    Client: {
      Bsn: SAMPLE.bsn,
      Geboortedatum: { Datum: SAMPLE.birthDate },
      Geslacht: '2',
      Naam: { Geslachtsnaam: { Achternaam: 'Voorbeeld' }, Voorletters: 'A' },
      AangevraagdeProducten: {
        AangevraagdProduct: [
          {
            ReferentieAanbieder: reference,
            Product: { Categorie: '45', Code: '45A04' },
            ToewijzingIngangsdatum: '2026-02-01',
            ToewijzingEinddatum: '2026-12-31',
            Omvang: { Volume: '4', Eenheid: '04', Frequentie: '2' },
            Verwijzer: { Type: '02', ZorgverlenerCode: '01123456' },
          },
        ],
      },
    },
  };
}

export function sampleJw317(allocationNumber = '100001', reference = 'VW-0001'): Jw317Root {
  return {
    Header: header('JW317', env(SAMPLE.provider, SAMPLE.municipality, 'T317-0001')),
    Client: {
      Bsn: SAMPLE.bsn,
      Verzoek: {
        ReferentieAanbieder: reference,
        RedenVerzoek: '1',
        TeWijzigenProducten: {
          TeWijzigenProduct: [
            {
              ToewijzingNummer: allocationNumber,
              GewensteIngangsdatum: '2026-01-01',
              Omvang: { Volume: '6', Eenheid: '04', Frequentie: '2' },
            },
          ],
        },
      },
    },
  };
}

export function sampleJw319(reference = 'VZ-0001') {
  return jw319Content(env(SAMPLE.municipality, SAMPLE.provider, 'T319-0001'), reference, {
    answer: 'rejected',
    rejectionReason: '6',
  });
}

export function sampleJw305(allocationNumber = '100001', start = '2026-01-12', id = 'T305-0001'): Jw305Root {
  return {
    Header: header('JW305', env(SAMPLE.provider, SAMPLE.municipality, id, '2026-01-13')),
    Client: {
      Bsn: SAMPLE.bsn,
      Geboortedatum: { Datum: SAMPLE.birthDate },
      Geslacht: '2',
      Naam: { Geslachtsnaam: { Achternaam: 'Voorbeeld' }, Voorletters: 'A' },
      StartProducten: {
        StartProduct: [
          {
            ToewijzingNummer: allocationNumber,
            Product: { Categorie: '45', Code: '45A04' },
            ToewijzingIngangsdatum: '2026-01-01',
            Begindatum: start,
            StatusAanlevering: '1',
          },
        ],
      },
    },
  };
}

export function sampleJw307(
  allocationNumber = '100001',
  o: { start?: string; end?: string; reason?: string; id?: string } = {},
): Jw307Root {
  return {
    Header: header('JW307', env(SAMPLE.provider, SAMPLE.municipality, o.id ?? 'T307-0001', '2026-07-02')),
    Client: {
      Bsn: SAMPLE.bsn,
      Geboortedatum: { Datum: SAMPLE.birthDate },
      Geslacht: '2',
      Naam: { Geslachtsnaam: { Achternaam: 'Voorbeeld' }, Voorletters: 'A' },
      StopProducten: {
        StopProduct: [
          {
            ToewijzingNummer: allocationNumber,
            Product: { Categorie: '45', Code: '45A04' },
            ToewijzingIngangsdatum: '2026-01-01',
            Begindatum: o.start ?? '2026-01-12',
            RedenBeeindiging: o.reason ?? '31',
            Einddatum: o.end ?? '2026-06-30',
            StatusAanlevering: '1',
          },
        ],
      },
    },
  };
}

export function samplePrestatie(
  over: Partial<Record<'ref' | 'nr' | 'begin' | 'end' | 'volume' | 'tariff' | 'amount', string>> = {},
): Jw323Prestatie {
  return {
    ProductReferentie: { ReferentieNummer: over.ref ?? 'RN-0001' },
    ToewijzingNummer: over.nr ?? '100001',
    ProductCategorie: '45',
    ProductCode: '45A04',
    ProductPeriode: { Begindatum: over.begin ?? '2026-02-01', Einddatum: over.end ?? '2026-02-28' },
    GeleverdVolume: over.volume ?? '12',
    Eenheid: '04',
    ProductTarief: over.tariff ?? '9500',
    IngediendBedrag: { Bedrag: over.amount ?? '114000', DebetCredit: 'D' },
  };
}

export function sampleJw323(lines: readonly Jw323Prestatie[] = [samplePrestatie()], number = 'DN202602'): Jw323Root {
  const total = lines.reduce(
    (s, l) => s + (l.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * Number(l.IngediendBedrag.Bedrag),
    0,
  );
  return {
    Header: header('JW323', env(SAMPLE.provider, SAMPLE.municipality, 'T323-0001', '2026-03-03')),
    Declaratie: {
      DeclaratieNummer: number,
      DeclaratiePeriode: { Begindatum: '2026-02-01', Einddatum: '2026-02-28' },
      DeclaratieDagtekening: '2026-03-03',
      TotaalIngediendBedrag: { TotaalBedrag: String(Math.abs(total)), DebetCredit: total < 0 ? 'C' : 'D' },
      Clienten: { Client: [{ Bsn: SAMPLE.bsn, Prestaties: { Prestatie: [...lines] } }] },
    },
  };
}

/** One produced message of every kind the standard has (14). */
export function producedSamples(): { [C in IjwMessageCode]: IjwContent[C] } {
  const r = { id: 'R1', date: '2026-01-06' };
  return {
    JW301: sampleJw301(),
    JW302: retourContent('JW301', { ...r, received: sampleJw301(), problems: new Map() }),
    JW305: sampleJw305(),
    JW306: retourContent('JW305', { ...r, received: sampleJw305(), problems: new Map() }),
    JW307: sampleJw307(),
    JW308: retourContent('JW307', {
      ...r,
      received: sampleJw307(),
      problems: new Map([['Client.StopProducten.StopProduct.0', ['9069']]]),
    }),
    JW315: sampleJw315(),
    JW316: retourContent('JW315', { ...r, received: sampleJw315(), problems: new Map() }),
    JW317: sampleJw317(),
    JW318: retourContent('JW317', { ...r, received: sampleJw317(), problems: new Map() }),
    JW319: sampleJw319(),
    JW320: retourContent('JW319', { ...r, received: sampleJw319(), problems: new Map() }),
    JW323: sampleJw323(),
    JW325: jw325Content({ from: '0193', to: '42420001', id: 'A1', date: '2026-03-04' }, sampleJw323(), [
      { client: 0, line: 0, codes: ['9321'] },
    ]),
  };
}
