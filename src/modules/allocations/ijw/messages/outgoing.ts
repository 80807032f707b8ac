// Typed content of the messages the municipality sends: JW301 allocation (full state, OP087),
// JW319 answer to a request, JW325 claim answer. Pure: the exchange fills them from the database
// and hands them to produceIjwMessage, which validates against the XSD.
import type { AllocatedProduct } from '../rules/allocation-rules.js';
import { RETOUR, WJ001 } from '../rules/retour-rules.js';
import { BERICHT_CODE, type IjwMessageCode } from '../schema-model.js';
import type {
  IjwXsdVersie,
  Jw301Client,
  Jw301Root,
  Jw301ToegewezenProduct,
  Jw319Root,
  Jw323Prestatie,
  Jw323Root,
  Jw325Client,
  Jw325Prestatie,
  Jw325Root,
} from '../types.generated.js';

export const XSD_VERSIE: IjwXsdVersie = { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' };

export interface MessageEnvelope {
  /** 4-digit CBS municipality code or 8-digit AGB code. */
  from: string;
  to: string;
  /** BerichtIdentificatie/Identificatie (≤ 12 characters). */
  id: string;
  /** Dagtekening */
  date: string;
}

export function header<C extends IjwMessageCode>(code: C, env: MessageEnvelope) {
  return {
    BerichtCode: BERICHT_CODE[code],
    BerichtVersie: '3',
    BerichtSubversie: '2',
    Afzender: env.from,
    Ontvanger: env.to,
    BerichtIdentificatie: { Identificatie: env.id, Dagtekening: env.date },
    XsdVersie: XSD_VERSIE,
  };
}

/** The minimum a provider needs of the client (the rest of Jw301Client is optional in the standard). */
export type Jw301ClientData = Omit<Jw301Client, 'ToegewezenProducten'>;

export interface Jw301Product extends AllocatedProduct {
  providerReference?: string | null;
  comment?: string | null;
}

function toegewezenProduct(p: Jw301Product): Jw301ToegewezenProduct {
  const [date, time] = p.allocatedAt.split('T') as [string, string | undefined];
  return {
    ToewijzingNummer: p.number,
    ...(p.providerReference ? { ReferentieAanbieder: p.providerReference } : {}),
    ...(p.category ? { Product: { Categorie: p.category, ...(p.productCode ? { Code: p.productCode } : {}) } } : {}),
    Toewijzingsdatum: date,
    Toewijzingstijd: (time ?? '00:00:00').slice(0, 8),
    Ingangsdatum: p.start,
    ...(p.end ? { Einddatum: p.end } : {}),
    ...(p.changeReason ? { RedenWijziging: p.changeReason } : {}),
    ...(p.volume
      ? { Omvang: { Volume: String(p.volume.amount), Eenheid: p.volume.unit, Frequentie: p.volume.frequency } }
      : {}),
    ...(p.budgetCents !== null ? { Budget: String(p.budgetCents) } : {}),
    ...(p.comment ? { Commentaar: p.comment } : {}),
  };
}

/**
 * JW301 for one client and one provider. `products` is already the OP087 selection (see
 * rules/allocation-rules.ts): every current allocation plus the changed ones.
 */
export function jw301Content(
  env: MessageEnvelope,
  client: Jw301ClientData,
  products: readonly Jw301Product[],
): Jw301Root {
  return {
    Header: header('JW301', env),
    Client: { ...client, ToegewezenProducten: { ToegewezenProduct: products.map(toegewezenProduct) } },
  };
}

/**
 * WJ760 answers: 1 request rejected (with a WJ759 reason; 8 residence principle names the
 * municipality), 2 under investigation (at most 8 weeks). A granted request is answered with a JW301.
 */
export type RequestAnswer =
  { answer: 'investigating' } | { answer: 'rejected'; rejectionReason: string; residenceMunicipality?: string | null };

export function jw319Content(env: MessageEnvelope, providerReference: string, a: RequestAnswer): Jw319Root {
  return {
    Header: header('JW319', env),
    Antwoord: {
      ReferentieAanbieder: providerReference,
      VerzoekAntwoord: a.answer === 'rejected' ? '1' : '2',
      ...(a.answer === 'rejected' ? { RedenAfwijzingVerzoek: a.rejectionReason } : {}),
      ...(a.answer === 'rejected' && a.residenceMunicipality
        ? { Woonplaatsbeginsel: { Gemeente: a.residenceMunicipality } }
        : {}),
    },
  };
}

export interface ClaimLineVerdict {
  /** Index of the client and of the line in the received JW323. */
  client: number;
  line: number;
  codes: readonly string[];
}

const totaal = (cents: number) => ({ TotaalBedrag: String(Math.abs(cents)), DebetCredit: cents < 0 ? 'C' : 'D' });

/** One refused claim line for the JW325: which Client it came in, that client's BSN, the line and its codes. */
export interface Jw325Refusal {
  client: number;
  bsn: string;
  prestatie: Jw323Prestatie;
  codes: readonly string[];
}

/**
 * JW325 answering a JW323 (IV087): the header 0200, the refused lines with their codes under their
 * client (0200), the total granted amount; 8001 when every line was accepted. A claim refused as a
 * whole (e.g. 9333 declaration number not unique) is answered with its code and 0 granted.
 *
 * Built from what the claim handler kept of a claim: its head, the refused lines in file order
 * and the granted total (cents, credit negative). Built without the whole claim, so a streamed
 * claim of any size needs only its refused lines in memory.
 */
export function jw325Answer(
  env: MessageEnvelope,
  head: { Header: Jw323Root['Header']; Declaratie: Omit<Jw323Root['Declaratie'], 'Clienten'> },
  refusals: readonly Jw325Refusal[],
  grantedCents: number,
  opts: { claimCodes?: readonly string[] } = {},
): Jw325Root {
  const d = head.Declaratie;
  const submitted =
    (d.TotaalIngediendBedrag.DebetCredit === 'C' ? -1 : 1) * Number(d.TotaalIngediendBedrag.TotaalBedrag);
  const refusedAll = (opts.claimCodes ?? []).length > 0;
  const clients: Jw325Client[] = [];
  let current: { client: number; prestaties: Jw325Prestatie[] } | null = null;
  for (const r of refusals) {
    if (r.codes.length === 0) continue;
    if (!current || current.client !== r.client) {
      current = { client: r.client, prestaties: [] };
      clients.push({
        Bsn: r.bsn,
        Prestaties: { Prestatie: current.prestaties },
        RetourCodes: { RetourCode: [RETOUR.ok] },
      });
    }
    current.prestaties.push({ ...r.prestatie, RetourCodes: { RetourCode: WJ001(r.codes) } });
  }
  const answerCodes = refusedAll
    ? WJ001(opts.claimCodes ?? [])
    : clients.length === 0
      ? [RETOUR.claimAccepted]
      : [RETOUR.ok];
  return {
    Header: {
      ...header('JW325', env),
      DeclaratieIdentificatie: head.Header.BerichtIdentificatie,
      XsdVersieDeclaratie: head.Header.XsdVersie,
      RetourCodes: { RetourCode: [RETOUR.ok] },
    },
    DeclaratieAntwoord: {
      DeclaratieNummer: d.DeclaratieNummer,
      TotaalIngediendBedrag: totaal(submitted),
      TotaalToegekendBedrag: totaal(refusedAll ? 0 : grantedCents),
      ...(clients.length > 0 && !refusedAll ? { Clienten: { Client: clients } } : {}),
      RetourCodes: { RetourCode: answerCodes },
    },
  };
}

/** The JW325 for a whole claim held in memory and its verdicts (see jw325Answer). */
export function jw325Content(
  env: MessageEnvelope,
  claim: Jw323Root,
  verdicts: readonly ClaimLineVerdict[],
  opts: { claimCodes?: readonly string[] } = {},
): Jw325Root {
  const refusedAll = (opts.claimCodes ?? []).length > 0;
  const codesOf = new Map(verdicts.map((v) => [`${v.client}/${v.line}`, v.codes]));
  const refusals: Jw325Refusal[] = [];
  let granted = 0;
  claim.Declaratie.Clienten.Client.forEach((c, ci) => {
    c.Prestaties.Prestatie.forEach((p, li) => {
      const codes = codesOf.get(`${ci}/${li}`) ?? [];
      const sign = p.IngediendBedrag.DebetCredit === 'C' ? -1 : 1;
      if (codes.length === 0 && !refusedAll) granted += sign * Number(p.IngediendBedrag.Bedrag);
      else if (codes.length > 0) refusals.push({ client: ci, bsn: c.Bsn, prestatie: p, codes });
    });
  });
  return jw325Answer(env, claim, refusals, granted, opts);
}
