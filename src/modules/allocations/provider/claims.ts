// The claims (JW323) the provider sent and their answers (JW325): per claim the totals and its lines,
// rejected ones first, each with its WJ001 return codes in the standard's own Dutch words. One audited
// search and one data statement per page (lines and labels aggregated to JSON in SQL).
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { containsPattern, fetchPage, type Page } from '../../../platform/http/paging.js';
import { ruleOfReturnCode } from '../exchange/return-codes.js';
import { providerScope } from './policy.js';
import { CLAIM_LINES_SHOWN, type ProviderClaim, type ProviderClaimQuery } from './schemas.js';

interface LineJson {
  reference: string;
  allocation_number: number | null;
  category: string | null;
  product_code: string | null;
  period_start: string;
  period_end: string;
  volume: number;
  unit: string;
  amount_cents: number | string;
  debit_credit: 'D' | 'C';
  accepted: boolean;
  return_codes: { code: string; label: string | null }[];
}

export function listProviderClaims(ctx: RequestContext, query: ProviderClaimQuery): Promise<Page<ProviderClaim>> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'provider_claim',
      id: null,
      action: 'search',
      purpose: 'care administration',
      data: 'own claims and their answers (claim lines with allocation numbers and return codes)',
    });
    let rows = trx
      .selectFrom('claim as c')
      .innerJoin('municipality as m', 'm.code', 'c.municipality_code')
      .select((eb) => [
        'c.id',
        'c.invoice_number',
        sql<string>`c.invoice_date::text`.as('invoice_date'),
        'c.municipality_code',
        'm.name as municipality_name',
        'c.received_at',
        'c.line_count',
        'c.claimed_cents',
        'c.accepted_cents',
        'c.rejected_lines',
        'c.message_id',
        'c.answer_message_id',
        jsonArrayFrom(
          eb
            .selectFrom('claim_line as l')
            .select([
              'l.reference',
              'l.allocation_number',
              'l.category',
              'l.product_code',
              sql<string>`l.period_start::text`.as('period_start'),
              sql<string>`l.period_end::text`.as('period_end'),
              'l.volume',
              'l.unit',
              'l.amount_cents',
              'l.debit_credit',
              'l.accepted',
              sql<
                LineJson['return_codes']
              >`(select coalesce(json_agg(json_build_object('code', r.code, 'label', k.label)
                order by r.n), '[]'::json) from unnest(l.return_codes) with ordinality as r(code, n)
                left join ijw_code k on k.list = 'WJ001' and k.code = r.code)`.as('return_codes'),
            ])
            .whereRef('l.claim_id', '=', 'c.id')
            .orderBy('l.accepted')
            .orderBy('l.id')
            .limit(CLAIM_LINES_SHOWN),
        ).as('lines'),
      ])
      .where('c.provider_id', '=', providerScope(grant));
    if (query.state === 'rejected') rows = rows.where('c.rejected_lines', '>', 0);
    if (query.state === 'accepted') rows = rows.where('c.rejected_lines', '=', 0);
    if (query.q) rows = rows.where(sql`lower(c.invoice_number)`, 'like', containsPattern(query.q));
    const ordered = rows.orderBy('c.received_at', query.sort === 'received_asc' ? 'asc' : 'desc').orderBy('c.id');
    return fetchPage(ordered, query, (r) => ({
      id: r.id,
      invoiceNumber: r.invoice_number,
      invoiceDate: r.invoice_date,
      municipalityCode: r.municipality_code,
      municipalityName: r.municipality_name,
      receivedAt: r.received_at.toISOString(),
      lineCount: r.line_count,
      claimedCents: Number(r.claimed_cents),
      acceptedCents: Number(r.accepted_cents),
      rejectedLines: r.rejected_lines,
      messageId: r.message_id,
      answerMessageId: r.answer_message_id,
      lines: (r.lines as unknown as LineJson[]).map((l) => ({
        reference: l.reference,
        allocationNumber: l.allocation_number === null ? null : String(l.allocation_number),
        category: l.category?.trim() ?? null,
        productCode: l.product_code,
        periodStart: l.period_start,
        periodEnd: l.period_end,
        volume: l.volume,
        unit: l.unit.trim(),
        amountCents: Number(l.amount_cents),
        debitCredit: l.debit_credit,
        accepted: l.accepted,
        returnCodes: l.return_codes.map((c) => ({ ...c, rule: ruleOfReturnCode(c.code) })),
      })),
    }));
  });
}
