// JW323 claims: every line checked against its allocation, the contract and what was claimed before
// (ijw/rules/claim-rules.ts), stored with its verdict; accepted lines are spend. Answered with a JW325
// listing the refused lines and their return codes.
import { now, today } from '../../../platform/clock.js';
import { produceIjwMessage } from '../ijw/codec.js';
import { jw325Content, type ClaimLineVerdict } from '../ijw/messages/outgoing.js';
import type { AllocatedProduct } from '../ijw/rules/allocation-rules.js';
import { type ClaimLedger, claimAssessor, claimLineFromJw323 } from '../ijw/rules/claim-assessment.js';
import { creditedReference } from '../ijw/rules/claim-rules.js';
import type { Jw323Root } from '../ijw/types.generated.js';
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

export async function handleClaim(
  hc: HandlerContext,
  claim: Jw323Root,
): Promise<{ answerId: string; refused: number }> {
  const { trx } = hc;
  const d = claim.Declaratie;
  const all = d.Clienten.Client.flatMap((c, ci) =>
    c.Prestaties.Prestatie.map((p, li) => ({ ci, li, line: claimLineFromJw323(p) })),
  );
  const numbers = [...new Set(all.map((x) => Number(x.line.allocationNumber)).filter((n) => Number.isInteger(n)))];
  const rows = numbers.length
    ? await trx
        .selectFrom('allocation')
        .selectAll()
        .where('municipality_code', '=', hc.municipalityCode)
        .where('provider_id', '=', hc.providerId)
        .where('allocation_number', 'in', numbers)
        .execute()
    : [];
  const byNumber = new Map(rows.map((r) => [String(r.allocation_number), r]));
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
              eb.case().when('debit_credit', '=', 'C').then(eb.neg('amount_cents')).else(eb.ref('amount_cents')).end(),
            )
            .as('amount'),
        ])
        .where('allocation_id', 'in', ids)
        .where('accepted', '=', true)
        .groupBy('allocation_id')
        .execute()
    : [];
  const sumOf = new Map(sums.map((s) => [s.allocation_id, s]));
  const refs = [...new Set(all.flatMap((x) => [x.line.reference, creditedReference(x.line)]))];
  const earlier = refs.length
    ? await trx
        .selectFrom('claim_line')
        .select(['reference', 'previous_reference', 'debit_credit', 'accepted'])
        .where('provider_id', '=', hc.providerId)
        .where('municipality_code', '=', hc.municipalityCode)
        .where((eb) => eb.or([eb('reference', 'in', refs), eb('previous_reference', 'in', refs)]))
        .execute()
    : [];
  const credited = new Set(
    earlier.filter((e) => e.accepted && e.debit_credit === 'C').map((e) => e.previous_reference ?? e.reference),
  );
  const tariffs = new Map<
    string,
    { valid_from: string; valid_to: string | null; tariff_cents: number; unit: string }[]
  >();
  const productIds = [...new Set(rows.map((r) => r.contract_product_id).filter((x): x is string => !!x))];
  if (productIds.length) {
    const t = await trx
      .selectFrom('product_tariff')
      .innerJoin('contract_product', 'contract_product.id', 'product_tariff.contract_product_id')
      .select(['contract_product_id', 'valid_from', 'valid_to', 'tariff_cents', 'contract_product.unit'])
      .where('contract_product_id', 'in', productIds)
      .execute();
    for (const r of t) {
      const row = {
        ...r,
        valid_from: dateText(r.valid_from),
        valid_to: r.valid_to === null ? null : dateText(r.valid_to),
      };
      tariffs.set(r.contract_product_id, [...(tariffs.get(r.contract_product_id) ?? []), row]);
    }
  }
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
    seenReferences: new Set(earlier.map((e) => e.reference)),
    debitReferences: new Set(
      earlier.filter((e) => e.accepted && e.debit_credit === 'D' && !credited.has(e.reference)).map((e) => e.reference),
    ),
  };
  // 9333: the declaration number is unique per provider (TR333): the whole claim is refused.
  const dup = await trx
    .selectFrom('claim')
    .select('id')
    .where('provider_id', '=', hc.providerId)
    .where('invoice_number', '=', d.DeclaratieNummer)
    .executeTakeFirst();
  const claimCodes = dup ? ['9333'] : [];
  const assess = claimAssessor({ start: d.DeclaratiePeriode.Begindatum, end: d.DeclaratiePeriode.Einddatum }, ledger);
  const verdicts: ClaimLineVerdict[] = [];
  const lines = all.map((x) => {
    const v = assess(x.line);
    const codes = claimCodes.length ? claimCodes : v.codes;
    verdicts.push({ client: x.ci, line: x.li, codes: claimCodes.length ? [] : codes });
    return { ...x, codes };
  });
  const accepted = lines.filter((l) => l.codes.length === 0);
  const acceptedCents = accepted.reduce((s, l) => s + (l.line.debitCredit === 'C' ? -1 : 1) * l.line.amountCents, 0);
  const submitted =
    (d.TotaalIngediendBedrag.DebetCredit === 'C' ? -1 : 1) * Number(d.TotaalIngediendBedrag.TotaalBedrag);
  const claimRow = await trx
    .insertInto('claim')
    .values({
      message_id: hc.messageId,
      provider_id: hc.providerId,
      municipality_code: hc.municipalityCode,
      invoice_number: d.DeclaratieNummer,
      invoice_date: d.DeclaratieDagtekening,
      line_count: lines.length,
      claimed_cents: submitted,
      accepted_cents: acceptedCents,
      rejected_lines: lines.length - accepted.length,
      received_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < lines.length; i += 500) {
    await trx
      .insertInto('claim_line')
      .values(
        lines.slice(i, i + 500).map((l) => ({
          claim_id: claimRow.id,
          provider_id: hc.providerId,
          municipality_code: hc.municipalityCode,
          reference: l.line.reference,
          previous_reference: l.line.previousReference ?? null,
          allocation_id: byNumber.get(l.line.allocationNumber)?.id ?? null,
          allocation_number: Number.isInteger(Number(l.line.allocationNumber)) ? Number(l.line.allocationNumber) : null,
          category: l.line.category,
          product_code: l.line.productCode,
          period_start: l.line.periodStart,
          period_end: l.line.periodEnd,
          volume: l.line.volume,
          unit: l.line.unit,
          tariff_cents: l.line.tariffCents ?? 0,
          amount_cents: l.line.amountCents,
          debit_credit: l.line.debitCredit,
          accepted: l.codes.length === 0,
          return_codes: l.codes,
        })),
      )
      .execute();
  }
  const env = { from: hc.municipalityCode, to: claim.Header.Afzender, id: newIdentification(), date: today() };
  const xml = await produceIjwMessage('JW325', jw325Content(env, claim, verdicts, { claimCodes }));
  const answerId = await hc.deps.transport.send(trx, {
    code: 'JW325',
    municipalityCode: hc.municipalityCode,
    providerId: hc.providerId,
    identification: env.id,
    xml,
    answersMessageId: hc.messageId,
  });
  await trx.updateTable('claim').set({ answer_message_id: answerId }).where('id', '=', claimRow.id).execute();
  return { answerId, refused: lines.length - accepted.length };
}
