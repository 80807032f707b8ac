// Synthetic iJw messages (test numbers, invented names) for tests, the examples a newcomer can
// upload (examples/ijw/) and the demo seed. Every one validates against its XSD.
import { format, lastDayOfMonth } from 'date-fns';
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

/**
 * The demo region after `npm start` (DEMO_ALLOCATIONS=full) as the README's "Try it" walks it:
 * demo.consultant grants the open plan request of `youth` to Specialistische Jeugdhulp Overijssel
 * (45A01, 3 hours a week, from `startsOn`); being the first decision after the seeded history, its
 * allocation gets `allocationNumber`. examples/ijw/ is written from this (npm run examples:ijw).
 */
export const DEMO_EXAMPLE = {
  municipality: '0193',
  provider: '98404101',
  /** Milan Mahabier of family G-0193-0270, whose plan asked for trauma treatment. */
  youth: { bsn: '995164885', birthDate: '2018-07-24', familyName: 'Mahabier', initial: 'M' },
  allocationNumber: '101501',
  category: '45',
  productCode: '45A01',
  tariffCents: 9850,
  hoursPerWeek: 3,
  startsOn: '2026-12-01',
  /** Amira Brouwer of family G-0193-0001 (registered), for the provider's own request (JW315). */
  requestFor: { bsn: '995159671', birthDate: '2012-09-07', familyName: 'Brouwer', initial: 'A' },
} as const;

type Patch = { Header: { Afzender: string; Ontvanger: string } };
function fromDemo<T extends Patch>(tree: T): T {
  tree.Header.Afzender = DEMO_EXAMPLE.provider;
  tree.Header.Ontvanger = DEMO_EXAMPLE.municipality;
  return tree;
}
const demoClient = (who: { bsn: string; birthDate: string; familyName: string; initial: string }) => ({
  Bsn: who.bsn,
  Geboortedatum: { Datum: who.birthDate },
  Geslacht: '0',
  Naam: { Geslachtsnaam: { Achternaam: who.familyName }, Voorletters: who.initial },
});

function demoStart(id: string, allocationNumber: string = DEMO_EXAMPLE.allocationNumber): Jw305Root {
  const m = fromDemo(sampleJw305(allocationNumber, DEMO_EXAMPLE.startsOn, id));
  m.Header.BerichtIdentificatie.Dagtekening = DEMO_EXAMPLE.startsOn;
  const p = m.Client.StartProducten.StartProduct[0] as Jw305Root['Client']['StartProducten']['StartProduct'][number];
  p.Product = { Categorie: DEMO_EXAMPLE.category, Code: DEMO_EXAMPLE.productCode };
  p.ToewijzingIngangsdatum = DEMO_EXAMPLE.startsOn;
  return { ...m, Client: { ...m.Client, ...demoClient(DEMO_EXAMPLE.youth) } };
}

function demoClaim(number: string, lines: Partial<Record<'ref' | 'begin' | 'volume' | 'amount', string>>[]): Jw323Root {
  const month = DEMO_EXAMPLE.startsOn.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const end = format(lastDayOfMonth(new Date(y, m - 1, 1)), 'yyyy-MM-dd');
  const hours = DEMO_EXAMPLE.hoursPerWeek * 4;
  const prestaties = lines.map((l, i) => {
    const volume = l.volume ?? String(hours);
    const p = samplePrestatie({
      ref: l.ref ?? `${number}-${i + 1}`,
      nr: DEMO_EXAMPLE.allocationNumber,
      begin: l.begin ?? `${month}-01`,
      end,
      volume,
      tariff: String(DEMO_EXAMPLE.tariffCents),
      amount: l.amount ?? String(Number(volume) * DEMO_EXAMPLE.tariffCents),
    });
    return { ...p, ProductCode: DEMO_EXAMPLE.productCode };
  });
  const claim = fromDemo(sampleJw323(prestaties, number));
  claim.Header.BerichtIdentificatie = { Identificatie: `T${number}`.slice(0, 12), Dagtekening: end };
  claim.Declaratie.DeclaratiePeriode = { Begindatum: `${month}-01`, Einddatum: end };
  claim.Declaratie.DeclaratieDagtekening = end;
  claim.Declaratie.Clienten.Client[0] = {
    Bsn: DEMO_EXAMPLE.youth.bsn,
    Prestaties: { Prestatie: prestaties },
  };
  return claim;
}

function demoStop(id: string): Jw307Root {
  const m = fromDemo(sampleJw307(DEMO_EXAMPLE.allocationNumber, { start: DEMO_EXAMPLE.startsOn, id }));
  const p = m.Client.StopProducten.StopProduct[0] as Jw307Root['Client']['StopProducten']['StopProduct'][number];
  p.Product = { Categorie: DEMO_EXAMPLE.category, Code: DEMO_EXAMPLE.productCode };
  p.ToewijzingIngangsdatum = DEMO_EXAMPLE.startsOn;
  // Stopped in agreement after the first week (JZ588 34), reported the same day.
  p.Einddatum = '2026-12-04';
  p.RedenBeeindiging = '34';
  m.Header.BerichtIdentificatie.Dagtekening = '2026-12-04';
  return { ...m, Client: { ...m.Client, ...demoClient(DEMO_EXAMPLE.youth) } };
}

/** examples/ijw/: file name → message, for the demo region (every one validates against its XSD). */
export function demoExamples(): Record<string, { code: IjwMessageCode; content: IjwContent[IjwMessageCode] }> {
  const request = fromDemo(sampleJw315('VZ-DEMO-1'));
  request.Client = { ...request.Client, ...demoClient(DEMO_EXAMPLE.requestFor) };
  const product = request.Client.AangevraagdeProducten.AangevraagdProduct[0];
  if (product) {
    product.Product = { Categorie: DEMO_EXAMPLE.category, Code: DEMO_EXAMPLE.productCode };
    product.ToewijzingIngangsdatum = '2027-01-04';
    product.ToewijzingEinddatum = '2027-06-30';
  }
  return {
    '01-valid-JW315-request.xml': { code: 'JW315', content: request },
    '02-valid-JW305-start.xml': { code: 'JW305', content: demoStart('DEMO305-1') },
    '03-valid-JW323-claim.xml': { code: 'JW323', content: demoClaim('DEMO2612', [{}]) },
    '04-valid-JW307-stop.xml': { code: 'JW307', content: demoStop('DEMO307-1') },
    '10-TR326-second-start.xml': { code: 'JW305', content: demoStart('DEMO305-2') },
    '11-TR019-unknown-allocation.xml': { code: 'JW305', content: demoStart('DEMO305-3', '999999') },
    '12-TR314-duplicate-reference.xml': {
      code: 'JW323',
      content: demoClaim('DEMO2612A', [
        { ref: 'DEMO-RN-1', volume: '4' },
        { ref: 'DEMO-RN-1', volume: '4' },
      ]),
    },
    '13-TR321-volume-too-high.xml': { code: 'JW323', content: demoClaim('DEMO2612C', [{ volume: '40' }]) },
    '14-TR346-amount-wrong.xml': { code: 'JW323', content: demoClaim('DEMO2612D', [{ volume: '4', amount: '1' }]) },
    '15-TR387-period-mid-month.xml': {
      code: 'JW323',
      content: demoClaim('DEMO2612E', [{ begin: `${DEMO_EXAMPLE.startsOn.slice(0, 7)}-10`, volume: '4' }]),
    },
    '16-OP072-stop-without-start.xml': { code: 'JW307', content: demoStop('DEMO307-0') },
  };
}
