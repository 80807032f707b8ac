// Reads for the contract manager's pages: aggregates only, never client data.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import type { ManagerScope } from './policy.js';
import type { ContractQuery } from './schemas.js';

export const CONTRACT_PAGE_SIZE = 25;

export async function providerList(trx: Tx, id?: string) {
  const rows = await trx
    .selectFrom('organisation as o')
    .select([
      'o.id',
      'o.name',
      sql<string>`o.agb_code`.as('agbCode'),
      'o.municipality_code as municipalityCode',
      sql<number>`(SELECT count(*)::int FROM contract c WHERE c.provider_id = o.id)`.as('contracts'),
    ])
    .where('o.type', '=', 'care_provider')
    .$if(id !== undefined, (q) => q.where('o.id', '=', id as string))
    .orderBy('o.name')
    .execute();
  return rows;
}

function summaryQuery(trx: Tx) {
  return trx
    .selectFrom('contract as c')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .leftJoin('municipality as m', 'm.code', 'c.municipality_code')
    .select([
      'c.id',
      'c.reference',
      'c.provider_id as providerId',
      'o.name as providerName',
      sql<'municipality' | 'region'>`CASE WHEN c.municipality_code IS NULL THEN 'region' ELSE 'municipality' END`.as(
        'purchaser',
      ),
      'c.municipality_code as municipalityCode',
      'm.name as municipalityName',
      'c.region_code as regionCode',
      'c.variant',
      sql<string>`c.starts_on::text`.as('startsOn'),
      sql<string | null>`c.ends_on::text`.as('endsOn'),
      'c.note',
      sql<string>`o.agb_code`.as('providerAgb'),
      sql<number>`(SELECT count(*)::int FROM contract_product p WHERE p.contract_id = c.id)`.as('products'),
    ]);
}

export async function contractList(trx: Tx, scope: ManagerScope, query: ContractQuery) {
  const page = query.page;
  let q = summaryQuery(trx).where((eb) =>
    eb.or([
      scope.municipalityCodes.length > 0 ? eb('c.municipality_code', 'in', scope.municipalityCodes) : eb.val(false),
      scope.regionCode !== null ? eb('c.region_code', '=', scope.regionCode) : eb.val(false),
    ]),
  );
  if (query.reference) {
    const like = `%${query.reference.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q = q.where((eb) => eb.or([eb('c.reference', 'ilike', like), eb('o.name', 'ilike', like)]));
  }
  const rows = await q
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .orderBy('c.starts_on', 'desc')
    .orderBy('c.reference')
    .limit(CONTRACT_PAGE_SIZE)
    .offset((page - 1) * CONTRACT_PAGE_SIZE)
    .execute();
  const total = rows[0] ? Number(rows[0].total) : 0;
  return {
    items: rows.map(({ total: _t, note: _n, providerAgb: _a, ...r }) => r),
    total,
    page,
    pageSize: CONTRACT_PAGE_SIZE,
  };
}

/** One contract with its products (each with its tariffs) and outcome criteria: three statements. */
export async function contractDetail(trx: Tx, id: string) {
  const contract = await summaryQuery(trx).where('c.id', '=', id).executeTakeFirst();
  if (!contract) return null;
  const products = await trx
    .selectFrom('contract_product as p')
    .leftJoin('ijw_code as cat', (j) => j.on('cat.list', '=', 'JZ020').onRef('cat.code', '=', 'p.category'))
    .leftJoin('ijw_code as u', (j) => j.on('u.list', '=', 'WJ756').onRef('u.code', '=', 'p.unit'))
    .select([
      'p.id',
      'p.category',
      'cat.label as categoryLabel',
      'p.product_code as productCode',
      'p.name',
      'p.unit',
      'u.label as unitLabel',
      'p.budget_line as budgetLine',
      sql<{ id: string; validFrom: string; validTo: string | null; tariffCents: number }[]>`coalesce((
        SELECT json_agg(json_build_object('id', t.id, 'validFrom', t.valid_from, 'validTo', t.valid_to,
          'tariffCents', t.tariff_cents) ORDER BY t.valid_from)
        FROM product_tariff t WHERE t.contract_product_id = p.id), '[]'::json)`.as('tariffs'),
    ])
    .where('p.contract_id', '=', id)
    .orderBy('p.category')
    .orderBy('p.product_code')
    .execute();
  const criteria = await trx
    .selectFrom('outcome_criterion')
    .select(['id', 'indicator', 'target', 'comparison', 'description'])
    .where('contract_id', '=', id)
    .orderBy('indicator')
    .execute();
  return {
    ...contract,
    productList: products.map((p) => ({ ...p, category: p.category.trim(), unit: p.unit.trim() })),
    criteria: criteria.map((c) => ({ ...c, target: Number(c.target) })),
  };
}
