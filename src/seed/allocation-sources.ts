// What the care allocation history is made of: the region's youths (with the minimum a message
// carries) and the contracted products of both contract terms with their tariffs.
import type { BsnVault } from '../platform/bsn.js';
import type { Tx } from '../platform/db/transaction.js';
import { dateText } from '../modules/allocations/exchange/handler-context.js';
import { isoDay, type Product, type Youth } from './allocation-plan.js';

const PLANNING = new Set(['plan', 'in_progress', 'evaluation']);

export async function loadYouths(trx: Tx, vault: BsnVault): Promise<Youth[]> {
  const rows = await trx
    .selectFrom('person as p')
    .innerJoin('family as f', 'f.id', 'p.family_id')
    .innerJoin('trajectory as t', 't.family_id', 'f.id')
    .select([
      'p.id',
      'p.family_id',
      'p.bsn_enc',
      'p.birth_date',
      'p.given_name',
      'p.family_name',
      'f.municipality_code',
      't.status',
      't.regisseur_id',
      't.opened_at',
      't.closed_at',
    ])
    .where('p.kind', '=', 'child')
    .where('p.removed_at', 'is', null)
    .where('p.bsn_enc', 'is not', null)
    .where('p.birth_date', 'is not', null)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('allocation_request as r').select('r.id').whereRef('r.person_id', '=', 'p.id'))),
    )
    .orderBy('p.id')
    .orderBy('t.opened_at', 'desc')
    .execute();
  const seen = new Set<string>();
  const out: Youth[] = [];
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({
      personId: r.id,
      familyId: r.family_id,
      municipality: r.municipality_code,
      regisseurId: PLANNING.has(r.status) ? r.regisseur_id : null,
      openedOn: isoDay(r.opened_at),
      closedOn: r.closed_at ? isoDay(r.closed_at) : null,
      client: {
        bsn: vault.open(r.bsn_enc as string),
        birthDate: dateText(r.birth_date),
        givenName: r.given_name,
        familyName: r.family_name,
      },
    });
  }
  return out;
}

export async function loadProducts(trx: Tx): Promise<Product[]> {
  const rows = await trx
    .selectFrom('contract_product as cp')
    .innerJoin('contract as c', 'c.id', 'cp.contract_id')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .innerJoin('product_tariff as t', 't.contract_product_id', 'cp.id')
    .select([
      'cp.id',
      'c.provider_id',
      'o.agb_code',
      'cp.category',
      'cp.product_code',
      'cp.unit',
      'cp.budget_line',
      'c.municipality_code',
      'c.starts_on',
      'c.ends_on',
      't.valid_from',
      't.valid_to',
      't.tariff_cents',
    ])
    .orderBy('c.reference')
    .orderBy('cp.product_code')
    .orderBy('t.valid_from')
    .execute();
  const byId = new Map<string, Product>();
  for (const r of rows) {
    let p = byId.get(r.id);
    if (!p) {
      p = {
        providerId: r.provider_id,
        agb: r.agb_code ?? '',
        category: r.category,
        productCode: r.product_code ?? '',
        unit: r.unit,
        line: r.budget_line,
        municipality: r.municipality_code,
        termStart: dateText(r.starts_on),
        termEnd: r.ends_on === null ? '2099-12-31' : dateText(r.ends_on),
        tariffs: [],
      };
      byId.set(r.id, p);
    }
    p.tariffs.push({
      validFrom: dateText(r.valid_from),
      validTo: r.valid_to === null ? null : dateText(r.valid_to),
      tariffCents: r.tariff_cents,
    });
  }
  return [...byId.values()].filter((p) => p.productCode !== '');
}
