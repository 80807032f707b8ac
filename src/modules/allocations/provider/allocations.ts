// The allocations to the provider's own organisation, with the minimum client data the iJw messages
// carry (as in JW301: BSN — shown masked here —, initials, surname, birth date), the product, the
// volume or budget, the period, the status and the latest start/stop of care. One audited search per
// request and one data statement for the page with its total and its code-list labels.
import { sql, type ExpressionBuilder } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { BsnVault, maskBsn } from '../../../platform/bsn.js';
import { today } from '../../../platform/clock.js';
import type { DB } from '../../../platform/db/schema.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { containsPattern, fetchPage, type Page } from '../../../platform/http/paging.js';
import { providerScope } from './policy.js';
import type { ProviderAllocation, ProviderAllocationQuery } from './schemas.js';

type Status = ProviderAllocation['status'];

/** A label from the code lists beside a code column (the lists are data: ijw_code). */
function coded(code: string | null, label: string | null) {
  return code === null ? null : { code: code.trim(), label };
}

/** "Sanne Marie" → "S.M.": the initials iJw carries instead of given names. */
export function initialsOf(givenNames: string): string {
  return givenNames
    .split(/[\s-]+/)
    .filter((part) => part !== '')
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join('');
}

function statusOf(on: string) {
  return sql<Status>`case when a.status = 'withdrawn' then 'withdrawn'
    when a.status = 'ended' or a.ends_on < ${on}::date then 'ended' else 'current' end`;
}

function latestCare(eb: ExpressionBuilder<DB & { a: DB['allocation'] }, 'a'>) {
  return jsonObjectFrom(
    eb
      .selectFrom('care_period as c')
      .leftJoin('ijw_code as er', (j) => j.on('er.list', '=', 'JZ588').onRef('er.code', '=', 'c.end_reason'))
      .select([
        sql<string>`c.started_on::text`.as('started_on'),
        sql<string | null>`c.stopped_on::text`.as('stopped_on'),
        'c.end_reason',
        'er.label as end_reason_label',
      ])
      .whereRef('c.allocation_id', '=', 'a.id')
      .orderBy('c.started_on', 'desc')
      .limit(1),
  ).as('care');
}

function allocationRows(trx: Tx, providerId: string, on: string) {
  return trx
    .selectFrom('allocation as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
    .leftJoin('contract_product as cp', 'cp.id', 'a.contract_product_id')
    .leftJoin('ijw_code as cat', (j) => j.on('cat.list', '=', 'JZ020').onRef('cat.code', '=', 'a.category'))
    .leftJoin('ijw_code as u', (j) => j.on('u.list', '=', 'WJ756').onRef('u.code', '=', 'a.unit'))
    .leftJoin('ijw_code as fr', (j) => j.on('fr.list', '=', 'WMO757').onRef('fr.code', '=', 'a.frequency'))
    .leftJoin('ijw_code as cr', (j) => j.on('cr.list', '=', 'JZ002').onRef('cr.code', '=', 'a.change_reason'))
    .select((eb) => [
      'a.id',
      'a.allocation_number',
      'a.municipality_code',
      'm.name as municipality_name',
      'p.bsn_enc',
      'p.given_name',
      'p.family_name',
      sql<string | null>`p.birth_date::text`.as('birth_date'),
      'a.category',
      'cat.label as category_label',
      'a.product_code',
      'cp.name as product_name',
      'a.volume',
      'a.unit',
      'u.label as unit_label',
      'a.frequency',
      'fr.label as frequency_label',
      'a.budget_cents',
      sql<string>`a.starts_on::text`.as('starts_on'),
      sql<string>`a.ends_on::text`.as('ends_on'),
      'a.allocated_at',
      statusOf(on).as('state'),
      'a.change_reason',
      'cr.label as change_reason_label',
      latestCare(eb),
    ])
    .where('a.provider_id', '=', providerId);
}

type Row = Awaited<ReturnType<ReturnType<typeof allocationRows>['executeTakeFirstOrThrow']>>;

interface CareJson {
  started_on: string;
  stopped_on: string | null;
  end_reason: string | null;
  end_reason_label: string | null;
}

function present(r: Row, vault: BsnVault): ProviderAllocation {
  const care: CareJson | null = r.care;
  return {
    id: r.id,
    allocationNumber: String(r.allocation_number),
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    client: {
      bsnMasked: r.bsn_enc ? maskBsn(vault.open(r.bsn_enc)) : null,
      initials: initialsOf(r.given_name),
      surname: r.family_name,
      birthDate: r.birth_date,
    },
    category: coded(r.category, r.category_label),
    productCode: r.product_code,
    productName: r.product_name,
    volume: r.volume,
    unit: coded(r.unit, r.unit_label),
    frequency: coded(r.frequency, r.frequency_label),
    budgetCents: r.budget_cents === null ? null : Number(r.budget_cents),
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    allocatedAt: r.allocated_at.toISOString(),
    status: r.state,
    changeReason: coded(r.change_reason, r.change_reason_label),
    care: care
      ? {
          startedOn: care.started_on,
          stoppedOn: care.stopped_on,
          endReason: coded(care.end_reason, care.end_reason_label),
        }
      : null,
    awaitingStart: r.state === 'current' && care === null,
  };
}

export function listProviderAllocations(
  ctx: RequestContext,
  query: ProviderAllocationQuery,
): Promise<Page<ProviderAllocation>> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'provider_allocation',
      id: null,
      action: 'search',
      purpose: 'care administration',
      data: 'allocations to the own organisation (client initials, surname, birth date, masked BSN)',
    });
    const on = today();
    let rows = allocationRows(trx, providerScope(grant), on);
    if (query.status) rows = rows.where(statusOf(on), '=', query.status);
    if (query.q) {
      const pattern = containsPattern(query.q);
      const number = /^[0-9]{1,9}$/.test(query.q) ? Number(query.q) : null;
      rows = rows.where((eb) =>
        eb.or([
          ...(number === null ? [] : [eb('a.allocation_number', '=', number)]),
          eb(sql`lower(p.family_name)`, 'like', pattern),
          eb(sql`lower(p.given_name || ' ' || p.family_name)`, 'like', pattern),
        ]),
      );
    }
    const ordered =
      query.sort === 'number'
        ? rows.orderBy('a.allocation_number')
        : query.sort === 'starts_asc'
          ? rows.orderBy('a.starts_on').orderBy('a.allocation_number')
          : rows.orderBy('a.allocated_at', 'desc').orderBy('a.allocation_number', 'desc');
    const vault = new BsnVault(ctx.config.appSecret);
    return fetchPage(ordered, query, (r) => present(r, vault));
  });
}
