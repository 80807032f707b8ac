// A whole claim (JW323) assessed line by line: each line sees what was accepted before it, in the
// ledger and earlier in the same file (TR314 duplicates inside one message, TR322 cumulative volume,
// TR369 budget). Pure over the ledger snapshot it is given; works line by line for the stream reader.
import type { Jw323Prestatie } from '../types.generated.js';
import type { AllocatedProduct } from './allocation-rules.js';
import { type ClaimLine, checkClaimLine, creditedReference, referenceKey, volumeInUnit } from './claim-rules.js';
import type { IsoDate } from './dates.js';

export function claimLineFromJw323(p: Jw323Prestatie): ClaimLine {
  return {
    reference: p.ProductReferentie.ReferentieNummer,
    previousReference: p.ProductReferentie.VorigReferentieNummer ?? null,
    allocationNumber: p.ToewijzingNummer,
    category: p.ProductCategorie,
    productCode: p.ProductCode || null,
    periodStart: p.ProductPeriode.Begindatum,
    periodEnd: p.ProductPeriode.Einddatum,
    volume: Number(p.GeleverdVolume),
    unit: p.Eenheid,
    tariffCents: p.ProductTarief === undefined ? null : Number(p.ProductTarief),
    amountCents: Number(p.IngediendBedrag.Bedrag),
    debitCredit: p.IngediendBedrag.DebetCredit === 'C' ? 'C' : 'D',
  };
}

/** What the municipality knows before this claim (read from the database by the exchange). */
export interface ClaimLedger {
  allocation(number: string): AllocatedProduct | null;
  /** The contracted tariff (cents per unit) of the allocation's product on a date, with its unit. */
  tariff(allocation: AllocatedProduct, on: IsoDate): { cents: number; unit: string } | null;
  volumeBefore(allocationNumber: string): number;
  amountBeforeCents(allocationNumber: string): number;
  seenReferences: ReadonlySet<string>;
  debitReferences: ReadonlySet<string>;
}

export interface LineVerdict {
  line: ClaimLine;
  codes: string[];
}

/** What the database knows about some references, learnt batch by batch while a claim streams in. */
export interface ReferenceKnowledge {
  seen: Iterable<string>;
  debits: Iterable<string>;
}

export interface ClaimAssessor {
  (line: ClaimLine): LineVerdict;
  /**
   * For a streamed claim, whose references are looked up per batch: adds what the database knew
   * before this claim. A debit this claim has already credited stays credited (TR323), so the
   * outcome equals assessing with every reference known up front.
   */
  learn(more: ReferenceKnowledge): void;
}

/** Assesses lines in order; returns a function so a stream can feed it one line at a time. */
export function claimAssessor(declarationPeriod: { start: IsoDate; end: IsoDate }, ledger: ClaimLedger): ClaimAssessor {
  const seen = new Set(ledger.seenReferences);
  const debits = new Set(ledger.debitReferences);
  const creditedHere = new Set<string>();
  const volume = new Map<string, number>();
  const amount = new Map<string, number>();
  const assess = (line: ClaimLine): LineVerdict => {
    const allocation = ledger.allocation(line.allocationNumber);
    const tariff = allocation ? ledger.tariff(allocation, line.periodStart) : null;
    const n = line.allocationNumber;
    const codes = checkClaimLine(line, {
      declarationPeriod,
      allocation,
      contractedTariffCents: tariff?.cents ?? null,
      volumeBefore: ledger.volumeBefore(n) + (volume.get(n) ?? 0),
      amountBeforeCents: ledger.amountBeforeCents(n) + (amount.get(n) ?? 0),
      seenReferences: seen,
      debitReferences: debits,
    });
    // A refused line still counts as received for TR314: its reference may not come back.
    seen.add(referenceKey(line));
    if (codes.length === 0) {
      const sign = line.debitCredit === 'C' ? -1 : 1;
      const v = allocation?.volume ? (volumeInUnit(line.volume, line.unit, allocation.volume.unit) ?? 0) : 0;
      volume.set(n, (volume.get(n) ?? 0) + sign * v);
      amount.set(n, (amount.get(n) ?? 0) + sign * line.amountCents);
      if (line.debitCredit === 'D') debits.add(line.reference);
      else {
        debits.delete(creditedReference(line));
        creditedHere.add(creditedReference(line));
      }
    }
    return { line, codes };
  };
  return Object.assign(assess, {
    learn(more: ReferenceKnowledge) {
      for (const r of more.seen) seen.add(r);
      for (const r of more.debits) if (!creditedHere.has(r)) debits.add(r);
    },
  });
}
