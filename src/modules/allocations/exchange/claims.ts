// JW323 claims: every line checked against its allocation, the contract and what was claimed before
// (ijw/rules/claim-rules.ts), stored with its verdict; accepted lines are spend. Answered with a JW325
// listing the refused lines and their return codes.
//
// Lines arrive as a stream (a whole message read in memory is one, a 100,000-line file streamed by
// ijw/stream-jw323.ts another) and are handled in batches: per batch, what the database knew before
// this claim (allocations, their accepted totals, tariffs, earlier references) is looked up for the
// batch's lines only, the lines are assessed in file order and stored. Memory holds one batch and the
// refused lines (the JW325 lists them), never the claim.
import { now, today } from '../../../platform/clock.js';
import { produceIjwMessage } from '../ijw/codec.js';
import { jw325Answer, type Jw325Refusal } from '../ijw/messages/outgoing.js';
import type { AllocatedProduct } from '../ijw/rules/allocation-rules.js';
import { type ClaimLedger, claimAssessor, claimLineFromJw323 } from '../ijw/rules/claim-assessment.js';
import { type ClaimLine, creditedReference } from '../ijw/rules/claim-rules.js';
import type { Jw323Declaratie, Jw323Header, Jw323Prestatie, Jw323Root } from '../ijw/types.generated.js';
import { dateText, type HandlerContext } from './handler-context.js';
import { newIdentification } from './transport.js';

type AllocationRow = {
  id: string;
  allocation_number: number;
  category: string | null;
  product_code: string | null;
  starts_on: string;
  ends_on: string;
  change_reason: string | null;
  allocated_at: Date;
  volume: number | null;
  unit: string | null;
  frequency: string | null;
  budget_cents: string | number | null;
  contract_product_id: string | null;
  status: string;
};

export function toAllocatedProduct(a: AllocationRow): AllocatedProduct {
  return {
    number: String(a.allocation_number),
    category: a.category,
    productCode: a.product_code,
    start: dateText(a.starts_on),
    end: dateText(a.status === 'withdrawn' ? a.starts_on : a.ends_on),
    changeReason: a.status === 'withdrawn' ? (a.change_reason ?? '13') : a.change_reason,
    allocatedAt: a.allocated_at.toISOString().slice(0, 19),
    volume:
      a.volume !== null && a.unit && a.frequency ? { amount: a.volume, unit: a.unit, frequency: a.frequency } : null,
    budgetCents: a.budget_cents === null ? null : Number(a.budget_cents),
  };
}

/** A claim's head: everything but its lines. */
export interface ClaimHead {
  Header: Jw323Header;
  Declaratie: Omit<Jw323Declaratie, 'Clienten'>;
}

/** One line of a claim as read: the index of its Client and of the line within it, the client's BSN. */
export interface ClaimLineItem {
  client: number;
  line: number;
  bsn: string;
  prestatie: Jw323Prestatie;
}

/** Lines assessed and stored per batch: one round of look-ups and inserts per this many lines. */
export const CLAIM_BATCH_LINES = 5_000;

/** The lines of a claim held whole in memory, in file order. */
export function* linesOfClaim(claim: Jw323Root): Generator<ClaimLineItem> {
  const clients = claim.Declaratie.Clienten.Client;
  for (let ci = 0; ci < clients.length; ci++) {
    const c = clients[ci] as (typeof clients)[number];
    const lines = c.Prestaties.Prestatie;
    for (let li = 0; li < lines.length; li++) {
      yield { client: ci, line: li, bsn: c.Bsn, prestatie: lines[li] as Jw323Prestatie };
    }
  }
}

type TariffRow = { valid_from: string; valid_to: string | null; tariff_cents: number; unit: string };

/**
 * What the database knew before this claim, filled batch by batch for the batch's allocation
 * numbers and references. The claim's own lines are left out of every look-up (they are stored
 * batch by batch as the claim goes), so each line sees exactly what it saw when the whole claim was
 * looked up at once: the ledger before the claim plus the assessor's running totals.
 */
function batchLedger(hc: HandlerContext, claimId: string) {
  const { trx } = hc;
  const byNumber = new Map<string, AllocationRow & { id: string }>();
  const looked = new Set<number>();
  const sumOf = new Map<string, { volume: string; amount: string }>();
  const tariffs = new Map<string, TariffRow[]>();
  const ledger: ClaimLedger = {
    allocation: (n) => {
      const r = byNumber.get(n);
      return r ? toAllocatedProduct(r) : null;
    },
    tariff: (a, on) => {
      const r = byNumber.get(a.number);
      const t = (r?.contract_product_id ? tariffs.get(r.contract_product_id) : undefined)?.find(
        (x) => x.valid_from <= on && (x.valid_to === null || x.valid_to >= on),
      );
      return t ? { cents: t.tariff_cents, unit: t.unit } : null;
    },
    volumeBefore: (n) => Number(sumOf.get(byNumber.get(n)?.id ?? '')?.volume ?? 0),
    amountBeforeCents: (n) => Number(sumOf.get(byNumber.get(n)?.id ?? '')?.amount ?? 0),
    seenReferences: new Set(),
    debitReferences: new Set(),
  };

  /** Loads what the batch's lines need and answers the earlier references they touch. */
  async function prepare(lines: readonly ClaimLine[]): Promise<{ seen: string[]; debits: string[] }> {
    const numbers = [
      ...new Set(lines.map((l) => Number(l.allocationNumber)).filter((n) => Number.isInteger(n) && !looked.has(n))),
    ];
    for (const n of numbers) looked.add(n);
    const rows = numbers.length
      ? await trx
          .selectFrom('allocation')
          .selectAll()
          .where('municipality_code', '=', hc.municipalityCode)
          .where('provider_id', '=', hc.providerId)
          .where('allocation_number', 'in', numbers)
          .execute()
      : [];
    for (const r of rows) byNumber.set(String(r.allocation_number), r);
    const ids = rows.map((r) => r.id);
    const sums = ids.length
      ? await trx
          .selectFrom('claim_line')
          .select((eb) => [
            'allocation_id',
            eb.fn
              .sum<string>(eb.case().when('debit_credit', '=', 'C').then(eb.neg('volume')).else(eb.ref('volume')).end())
              .as('volume'),
            eb.fn
              .sum<string>(
                eb
                  .case()
                  .when('debit_credit', '=', 'C')
                  .then(eb.neg('amount_cents'))
                  .else(eb.ref('amount_cents'))
                  .end(),
              )
              .as('amount'),
          ])
          .where('allocation_id', 'in', ids)
          .where('accepted', '=', true)
          .where('claim_id', '<>', claimId)
          .groupBy('allocation_id')
          .execute()
      : [];
    for (const x of sums) if (x.allocation_id) sumOf.set(x.allocation_id, x);
    const productIds = [
      ...new Set(rows.map((r) => r.contract_product_id).filter((x): x is string => !!x && !tariffs.has(x))),
    ];
    if (productIds.length) {
      const t = await trx
        .selectFrom('product_tariff')
        .innerJoin('contract_product', 'contract_product.id', 'product_tariff.contract_product_id')
        .select(['contract_product_id', 'valid_from', 'valid_to', 'tariff_cents', 'contract_product.unit'])
        .where('contract_product_id', 'in', productIds)
        .execute();
      for (const id of productIds) tariffs.set(id, []);
      for (const r of t) {
        (tariffs.get(r.contract_product_id) as TariffRow[]).push({
          ...r,
          valid_from: dateText(r.valid_from),
          valid_to: r.valid_to === null ? null : dateText(r.valid_to),
        });
      }
    }
    const refs = [...new Set(lines.flatMap((l) => [l.reference, creditedReference(l)]))];
    const earlier = refs.length
      ? await trx
          .selectFrom('claim_line')
          .select(['reference', 'previous_reference', 'debit_credit', 'accepted'])
          .where('provider_id', '=', hc.providerId)
          .where('municipality_code', '=', hc.municipalityCode)
          .where('claim_id', '<>', claimId)
          .where((eb) => eb.or([eb('reference', 'in', refs), eb('previous_reference', 'in', refs)]))
          .execute()
      : [];
    const credited = new Set(
      earlier.filter((e) => e.accepted && e.debit_credit === 'C').map((e) => e.previous_reference ?? e.reference),
    );
    return {
      seen: earlier.map((e) => e.reference),
      debits: earlier
        .filter((e) => e.accepted && e.debit_credit === 'D' && !credited.has(e.reference))
        .map((e) => e.reference),
    };
  }
  return { ledger, prepare, byNumber };
}

export async function handleClaim(
  hc: HandlerContext,
  head: ClaimHead,
  lines: Iterable<ClaimLineItem> | AsyncIterable<ClaimLineItem>,
): Promise<{ answerId: string; refused: number; lineCount: number }> {
  const { trx } = hc;
  const d = head.Declaratie;
  // 9333: the declaration number is unique per provider (TR333): the whole claim is refused.
  const dup = await trx
    .selectFrom('claim')
    .select('id')
    .where('provider_id', '=', hc.providerId)
    .where('invoice_number', '=', d.DeclaratieNummer)
    .executeTakeFirst();
  const claimCodes = dup ? ['9333'] : [];
  const submitted =
    (d.TotaalIngediendBedrag.DebetCredit === 'C' ? -1 : 1) * Number(d.TotaalIngediendBedrag.TotaalBedrag);
  // The claim first (its lines refer to it); the counts follow once every line is in.
  const claimRow = await trx
    .insertInto('claim')
    .values({
      message_id: hc.messageId,
      provider_id: hc.providerId,
      municipality_code: hc.municipalityCode,
      invoice_number: d.DeclaratieNummer,
      invoice_date: d.DeclaratieDagtekening,
      line_count: 0,
      claimed_cents: submitted,
      received_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { ledger, prepare, byNumber } = batchLedger(hc, claimRow.id);
  const assess = claimAssessor({ start: d.DeclaratiePeriode.Begindatum, end: d.DeclaratiePeriode.Einddatum }, ledger);
  const refusals: Jw325Refusal[] = [];
  let lineCount = 0;
  let refused = 0;
  let acceptedCents = 0;

  async function handleBatch(batch: readonly ClaimLineItem[]): Promise<void> {
    const claimLines = batch.map((x) => claimLineFromJw323(x.prestatie));
    assess.learn(await prepare(claimLines));
    const rows = claimLines.map((line, i) => {
      const item = batch[i] as ClaimLineItem;
      const v = assess(line);
      const codes = claimCodes.length ? claimCodes : v.codes;
      if (codes.length === 0) acceptedCents += (line.debitCredit === 'C' ? -1 : 1) * line.amountCents;
      else refused += 1;
      if (!claimCodes.length && codes.length > 0)
        refusals.push({ client: item.client, bsn: item.bsn, prestatie: item.prestatie, codes });
      return {
        claim_id: claimRow.id,
        provider_id: hc.providerId,
        municipality_code: hc.municipalityCode,
        reference: line.reference,
        previous_reference: line.previousReference ?? null,
        allocation_id: byNumber.get(line.allocationNumber)?.id ?? null,
        allocation_number: Number.isInteger(Number(line.allocationNumber)) ? Number(line.allocationNumber) : null,
        category: line.category,
        product_code: line.productCode,
        period_start: line.periodStart,
        period_end: line.periodEnd,
        volume: line.volume,
        unit: line.unit,
        tariff_cents: line.tariffCents ?? 0,
        amount_cents: line.amountCents,
        debit_credit: line.debitCredit,
        accepted: codes.length === 0,
        return_codes: codes,
      };
    });
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('claim_line')
        .values(rows.slice(i, i + 500))
        .execute();
    }
    lineCount += batch.length;
  }

  let batch: ClaimLineItem[] = [];
  for await (const item of lines) {
    batch.push(item);
    if (batch.length >= CLAIM_BATCH_LINES) {
      await handleBatch(batch);
      batch = [];
    }
  }
  if (batch.length) await handleBatch(batch);

  await trx
    .updateTable('claim')
    .set({ line_count: lineCount, accepted_cents: acceptedCents, rejected_lines: refused })
    .where('id', '=', claimRow.id)
    .execute();
  const env = { from: hc.municipalityCode, to: head.Header.Afzender, id: newIdentification(), date: today() };
  const xml = await produceIjwMessage('JW325', jw325Answer(env, head, refusals, acceptedCents, { claimCodes }));
  const answerId = await hc.deps.transport.send(trx, {
    code: 'JW325',
    municipalityCode: hc.municipalityCode,
    providerId: hc.providerId,
    identification: env.id,
    xml,
    answersMessageId: hc.messageId,
  });
  await trx.updateTable('claim').set({ answer_message_id: answerId }).where('id', '=', claimRow.id).execute();
  return { answerId, refused, lineCount };
}
