// Demo contracts (seed 004: "locally what can be local, regionally what adds value"): about ten providers,
// regional contracts for the whole of IJsselland and local ones per municipality — one term for 2025 and
// the current one 2026–2027 — products with their yearly tariffs, outcome criteria (seed 002), budgets per municipality/year/line (tight in some
// municipalities) and one education-care arrangement. Deterministic, a few dozen inserts.
import type { BudgetLineKind, ContractVariant, OutcomeIndicator } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { MUNICIPALITIES, REGION } from './region.js';

interface ProductSeed {
  category: string;
  code: string;
  name: string;
  unit: string;
  line: BudgetLineKind;
  /** Tariffs in cents for 2026 and 2027 (they change on 1 January); 2025's was 3 % lower than 2026's. */
  tariffs: [number, number];
}

interface ContractSeed {
  reference: string;
  provider: string;
  municipality: string | null;
  variant: ContractVariant;
  products: ProductSeed[];
  criteria: { indicator: OutcomeIndicator; target: number; comparison: 'at_most' | 'at_least'; description: string }[];
}

/** New regional providers (synthetic AGB codes: the 97 prefix is not used by real registrations here). */
const NEW_PROVIDERS = [
  { name: 'Crisisdienst Jeugd IJsselland (demo)', agb: '97000001' },
  { name: 'Gezinshuis De Linde (demo)', agb: '97000002' },
  { name: 'Jeugd-GGZ Vechtdal (demo)', agb: '97000003' },
];

const CRITERIA: ContractSeed['criteria'] = [
  { indicator: 'drop_out', target: 15, comparison: 'at_most', description: 'Hoogstens 15% voortijdig beëindigd' },
  { indicator: 'satisfaction', target: 7.5, comparison: 'at_least', description: 'Gemiddeld cijfer minstens 7,5' },
  {
    indicator: 'managing_without_help',
    target: 60,
    comparison: 'at_least',
    description: 'Minstens 60% kan verder zonder of met lichtere hulp',
  },
];

const REGIONAL: ContractSeed[] = [
  {
    reference: 'IJS-2026-001',
    provider: 'Specialistische Jeugdhulp Overijssel (demo)',
    municipality: null,
    variant: 'effort',
    products: [
      {
        category: '45',
        code: '45A01',
        name: 'Specialistische ambulante jeugdhulp',
        unit: '04',
        line: 'regional_ambulant',
        tariffs: [9850, 10120],
      },
      {
        category: '41',
        code: '41D01',
        name: 'Dagbehandeling',
        unit: '16',
        line: 'regional_day_treatment',
        tariffs: [14500, 14900],
      },
      {
        category: '43',
        code: '43V01',
        name: 'Verblijf met behandeling',
        unit: '14',
        line: 'regional_residential',
        tariffs: [28500, 29300],
      },
    ],
    criteria: CRITERIA,
  },
  {
    reference: 'IJS-2026-002',
    provider: 'Crisisdienst Jeugd IJsselland (demo)',
    municipality: null,
    variant: 'effort',
    products: [
      {
        category: '46',
        code: '46C01',
        name: 'Crisisopvang jeugd',
        unit: '14',
        line: 'crisis',
        tariffs: [35000, 36000],
      },
    ],
    criteria: [CRITERIA[0] as ContractSeed['criteria'][number]],
  },
  {
    reference: 'IJS-2026-003',
    provider: 'Gezinshuis De Linde (demo)',
    municipality: null,
    variant: 'effort',
    products: [
      {
        category: '44',
        code: '44G01',
        name: 'Gezinshuis',
        unit: '14',
        line: 'regional_residential',
        tariffs: [18000, 18500],
      },
    ],
    criteria: CRITERIA.slice(1),
  },
  {
    reference: 'IJS-2026-004',
    provider: 'Jeugd-GGZ Vechtdal (demo)',
    municipality: null,
    variant: 'output',
    products: [
      {
        category: '54',
        code: '54P01',
        name: 'Behandeltraject jeugd-ggz',
        unit: '82',
        line: 'regional_ambulant',
        tariffs: [345000, 355000],
      },
    ],
    criteria: CRITERIA,
  },
];

/** Local contracts with the municipality's own neighbourhood provider. */
const LOCAL_MUNICIPALITIES = ['0193', '0166', '0160', '0177', '0175'] as const;

function localContract(code: string, name: string): ContractSeed {
  const products: ProductSeed[] = [
    {
      category: '45',
      code: '45L01',
      name: 'Ambulante begeleiding',
      unit: '04',
      line: 'local_ambulant',
      tariffs: [6800, 7000],
    },
    {
      category: '40',
      code: '40P01',
      name: 'Persoonlijke verzorging',
      unit: '04',
      line: 'local_basic',
      tariffs: [5200, 5400],
    },
  ];
  if (code === '0193')
    products.push({
      category: '50',
      code: '50M01',
      name: 'Onderwijs-zorgarrangement',
      unit: '16',
      line: 'tailored_arrangements',
      tariffs: [9500, 9800],
    });
  return {
    reference: `${code}-2026-L01`,
    provider: `Jeugdhulp ${name} (demo)`,
    municipality: code,
    variant: 'effort',
    products,
    criteria: [CRITERIA[0] as ContractSeed['criteria'][number]],
  };
}

/** Budget per line for a municipality of weight 1 (about 10,000 youths), in euros. */
const LINE_BUDGET: Record<BudgetLineKind, number> = {
  local_ambulant: 900_000,
  local_basic: 300_000,
  regional_ambulant: 1_100_000,
  regional_day_treatment: 400_000,
  regional_residential: 1_600_000,
  crisis: 150_000,
  youth_protection: 700_000,
  tailored_arrangements: 120_000,
};
const WEIGHT: Record<string, number> = {
  '0193': 3.2,
  '0166': 1.3,
  '1896': 0.6,
  '1708': 1.1,
  '0180': 0.5,
  '0160': 1.6,
  '0175': 0.5,
  '0148': 0.7,
  '0177': 1.0,
  '1773': 0.5,
};
/** Municipalities whose budget runs tight (seed 000: "costs far exceed the budget"). */
const TIGHT = new Set(['0166', '0160']);
const SPLIT_NOTE =
  'Regionaal ingekocht voor IJsselland; verdeeld naar aantal jeugdigen 0-17 jaar (CBS, 1 januari 2025).';

/** The 2025 tariff of a product: 3 % below 2026's, in whole cents. */
export const tariff2025 = (p: Pick<ProductSeed, 'tariffs'>) => Math.round(p.tariffs[0] / 1.03);

export async function seedContracts(trx: Tx, opts: { createdBy: string }): Promise<void> {
  const providerIds = new Map<string, string>();
  for (const p of NEW_PROVIDERS) {
    const row = await trx
      .insertInto('organisation')
      .values({ name: p.name, type: 'care_provider', agb_code: p.agb, municipality_code: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    providerIds.set(p.name, row.id);
  }
  const existing = await trx
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('type', '=', 'care_provider')
    .execute();
  for (const o of existing) providerIds.set(o.name, o.id);

  const locals = LOCAL_MUNICIPALITIES.map((code) => {
    const m = MUNICIPALITIES.find((x) => x.code === code);
    if (!m) throw new Error(`municipality ${code} missing`);
    return localContract(code, m.name);
  });
  // The 2025 term first (the care allocation history starts in 2025), then the current one.
  const terms = [...REGIONAL, ...locals].flatMap((c) => [
    { c, reference: c.reference.replace('2026', '2025'), startsOn: '2025-01-01', endsOn: '2025-12-31' },
    { c, reference: c.reference, startsOn: '2026-01-01', endsOn: '2027-12-31' },
  ]);
  for (const { c, reference, startsOn, endsOn } of terms) {
    const providerId = providerIds.get(c.provider);
    if (!providerId) throw new Error(`provider ${c.provider} missing from the demo region`);
    const contract = await trx
      .insertInto('contract')
      .values({
        reference,
        provider_id: providerId,
        municipality_code: c.municipality,
        region_code: c.municipality === null ? REGION.code : null,
        variant: c.variant,
        starts_on: startsOn,
        ends_on: endsOn,
        created_by: opts.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first = startsOn === '2025-01-01';
    for (const p of c.products) {
      if (first && p.category === '50') continue; // the education-care class opens in 2026
      const product = await trx
        .insertInto('contract_product')
        .values({
          contract_id: contract.id,
          category: p.category,
          product_code: p.code,
          name: p.name,
          unit: p.unit,
          budget_line: p.line,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('product_tariff')
        .values(
          first
            ? [
                {
                  contract_product_id: product.id,
                  valid_from: '2025-01-01',
                  valid_to: '2025-12-31',
                  tariff_cents: tariff2025(p),
                },
              ]
            : [
                {
                  contract_product_id: product.id,
                  valid_from: '2026-01-01',
                  valid_to: '2026-12-31',
                  tariff_cents: p.tariffs[0],
                },
                {
                  contract_product_id: product.id,
                  valid_from: '2027-01-01',
                  valid_to: '2027-12-31',
                  tariff_cents: p.tariffs[1],
                },
              ],
        )
        .execute();
    }
    if (c.criteria.length > 0)
      await trx
        .insertInto('outcome_criterion')
        .values(
          c.criteria.map((k) => ({
            contract_id: contract.id,
            indicator: k.indicator,
            target: String(k.target),
            comparison: k.comparison,
            description: k.description,
          })),
        )
        .execute();
  }

  const budgets = MUNICIPALITIES.flatMap((m) =>
    [2025, 2026, 2027].flatMap((year) =>
      (Object.keys(LINE_BUDGET) as BudgetLineKind[]).map((line) => {
        const regional = line.startsWith('regional_') || line === 'crisis';
        const factor = (WEIGHT[m.code] ?? 1) * (TIGHT.has(m.code) ? 0.55 : 1) * (year === 2027 ? 1.03 : 1);
        return {
          municipality_code: m.code,
          year,
          line,
          scope: regional ? ('regional' as const) : ('local' as const),
          amount_cents: Math.round(LINE_BUDGET[line] * factor) * 100,
          split_note: regional ? SPLIT_NOTE : null,
        };
      }),
    ),
  );
  await trx.insertInto('budget_line').values(budgets).execute();

  // Seed 002: a classroom in a regular school for three to six children with autism and behaviour problems.
  const school = await trx
    .selectFrom('organisation')
    .select('id')
    .where('type', '=', 'school')
    .where('municipality_code', '=', '0193')
    .executeTakeFirstOrThrow();
  const arrangement = await trx
    .insertInto('care_arrangement')
    .values({
      municipality_code: '0193',
      name: 'Onderwijs-zorgklas De Klimop',
      school_id: school.id,
      capacity: 6,
      cost_model:
        'Vaste jaarprijs voor de klas (leerkracht-jeugdhulpverlener en gedragsspecialist), gedeeld door de twee aanbieders naar inzet; de school levert lokaal en onderwijs. Plaatsing per kind als maatwerkarrangement (categorie 50).',
      annual_cost_cents: 24_000_000,
      starts_on: '2026-08-24',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const shares: [string, string][] = [
    ['Specialistische Jeugdhulp Overijssel (demo)', '60.00'],
    ['Jeugdhulp Zwolle (demo)', '40.00'],
  ];
  await trx
    .insertInto('care_arrangement_provider')
    .values(
      shares.map(([name, pct]) => ({
        arrangement_id: arrangement.id,
        provider_id: providerIds.get(name) as string,
        cost_share_pct: pct,
      })),
    )
    .execute();
}
