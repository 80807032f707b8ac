// JW315 request for allocation and JW317 request for change: each requested product becomes an open
// allocation request in the consultant's queue, to be answered within five working days (OP274,
// OP346) by a JW301 (granted) or a JW319 (rejected, with a WJ759 reason) — see produce.ts.
import { now, today } from '../../../platform/clock.js';
import { addWorkingDays } from '../../../platform/working-days.js';
import type { IjwMessage } from '../ijw/codec.js';
import { findAllocation, type HandlerContext, type HandlerResult } from './handler-context.js';

/** OP274 / OP346: a request is answered within five working days. */
export const ANSWER_WORKING_DAYS = 5;

export async function handleRequest(hc: HandlerContext, message: IjwMessage): Promise<HandlerResult> {
  const problems = new Map<string, string[]>();
  if (message.code !== 'JW315' && message.code !== 'JW317') return { problems, refused: 0 };
  const bsn = message.content.Client.Bsn;
  const person = await hc.trx
    .selectFrom('person')
    .select(['id', 'family_id'])
    .where('bsn_hash', '=', hc.deps.bsnIndex(bsn))
    .executeTakeFirst();
  if (!person) {
    // The client is not known to this municipality: the request cannot be placed.
    problems.set('Client', ['8187']);
    return { problems, refused: 1 };
  }
  const due = addWorkingDays(today(), ANSWER_WORKING_DAYS);
  const base = {
    municipality_code: hc.municipalityCode,
    family_id: person.family_id,
    person_id: person.id,
    provider_id: hc.providerId,
    message_id: hc.messageId,
    answer_due: due,
    received_at: now(),
  };
  let refused = 0;
  if (message.code === 'JW315') {
    for (const p of message.content.Client.AangevraagdeProducten.AangevraagdProduct) {
      await hc.trx
        .insertInto('allocation_request')
        .values({
          ...base,
          source: 'jw315',
          request_reference: p.ReferentieAanbieder,
          question:
            p.Commentaar ?? `Verzoek om toewijzing ${p.Product?.Categorie ?? ''} ${p.Product?.Code ?? ''}`.trim(),
          category: p.Product?.Categorie ?? null,
          product_code: p.Product?.Code ?? null,
          volume: p.Omvang ? Number(p.Omvang.Volume) : null,
          unit: p.Omvang?.Eenheid ?? null,
          frequency: p.Omvang?.Frequentie ?? null,
          budget_cents: p.Budget ? Number(p.Budget) : null,
          requested_start: p.ToewijzingIngangsdatum,
          requested_end: p.ToewijzingEinddatum ?? null,
        })
        .execute();
    }
  } else {
    const v = message.content.Client.Verzoek;
    const changes = v.TeWijzigenProducten?.TeWijzigenProduct ?? [];
    for (const [i, p] of changes.entries()) {
      const allocation = await findAllocation(hc, p.ToewijzingNummer);
      if (!allocation) {
        // TR351: the product to change must be a current allocation.
        problems.set(`Client.Verzoek.TeWijzigenProducten.TeWijzigenProduct.${i}`, ['9351']);
        refused += 1;
        continue;
      }
      await hc.trx
        .insertInto('allocation_request')
        .values({
          ...base,
          source: 'jw317',
          request_reference: v.ReferentieAanbieder,
          changes_allocation_id: allocation.id,
          question: `Verzoek om wijziging van toewijzing ${p.ToewijzingNummer}`,
          category: allocation.category,
          product_code: allocation.product_code,
          volume: p.Omvang ? Number(p.Omvang.Volume) : null,
          unit: p.Omvang?.Eenheid ?? null,
          frequency: p.Omvang?.Frequentie ?? null,
          budget_cents: p.Budget ? Number(p.Budget) : null,
          requested_start: p.GewensteIngangsdatum,
          requested_end: p.Einddatum ?? null,
          request_reason: v.RedenVerzoek,
        })
        .execute();
    }
    for (const p of v.NieuweProducten?.NieuwProduct ?? []) {
      await hc.trx
        .insertInto('allocation_request')
        .values({
          ...base,
          source: 'jw317',
          request_reference: v.ReferentieAanbieder,
          question:
            `Nieuw product in verzoek om wijziging ${p.Product?.Categorie ?? ''} ${p.Product?.Code ?? ''}`.trim(),
          category: p.Product?.Categorie ?? null,
          product_code: p.Product?.Code ?? null,
          volume: p.Omvang ? Number(p.Omvang.Volume) : null,
          unit: p.Omvang?.Eenheid ?? null,
          frequency: p.Omvang?.Frequentie ?? null,
          budget_cents: p.Budget ? Number(p.Budget) : null,
          requested_start: p.GewensteIngangsdatum,
          requested_end: p.Einddatum ?? null,
          request_reason: v.RedenVerzoek,
        })
        .execute();
    }
  }
  return { problems, refused };
}
