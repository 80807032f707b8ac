// Factories for care allocation tests: a contracted provider in Zwolle (0193) with one product and its
// tariff, a budget line, a consultant mandated by Zwolle, a family with a youth, and an open request.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';
import {
  buildFamilyWithTrajectory,
  buildOrganisation,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from './factories.js';

const unique = () => randomBytes(3).toString('hex').toUpperCase();

/** An organisation of the municipality (its consultants hold the municipality's mandate). */
export async function buildMunicipalOrganisation(db: Kysely<DB>, municipality = '0193'): Promise<string> {
  await ensureGeography(db);
  const id = await buildOrganisation(db, 'municipality');
  await db.updateTable('organisation').set({ municipality_code: municipality }).where('id', '=', id).execute();
  return id;
}

export async function buildConsultant(
  db: Kysely<DB>,
  municipality = '0193',
  roles: ('consultant' | 'professional')[] = ['consultant'],
) {
  return buildUser(db, roles, { organisationId: await buildMunicipalOrganisation(db, municipality) });
}

export interface ContractedProvider {
  providerId: string;
  contractProductId: string;
  budgetLineId: string;
}

/** A provider with a Zwolle contract 2026–2027: product 45/45A04 per hour (04) at `tariffCents`, and a 2027 budget line. */
export async function buildContractedProvider(
  db: Kysely<DB>,
  opts: { tariffCents?: number; budgetCents?: number; municipality?: string } = {},
): Promise<ContractedProvider> {
  await ensureGeography(db);
  const municipality = opts.municipality ?? '0193';
  const providerId = await buildOrganisation(db, 'care_provider');
  const contract = await db
    .insertInto('contract')
    .values({
      reference: `C-${unique()}`,
      provider_id: providerId,
      municipality_code: municipality,
      variant: 'effort',
      starts_on: '2026-01-01',
      ends_on: '2027-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const product = await db
    .insertInto('contract_product')
    .values([
      {
        contract_id: contract.id,
        category: '45',
        product_code: '45A04',
        name: 'Ambulante jeugdhulp',
        unit: '04',
        budget_line: 'local_ambulant',
      },
      {
        contract_id: contract.id,
        category: '50',
        product_code: null,
        name: 'Onderwijs-zorgarrangement',
        unit: '14',
        budget_line: 'tailored_arrangements',
      },
    ])
    .returning('id')
    .execute();
  const [ambulant, arrangement] = product.map((p) => p.id);
  await db
    .insertInto('product_tariff')
    .values([
      { contract_product_id: ambulant ?? '', valid_from: '2026-01-01', tariff_cents: opts.tariffCents ?? 8000 },
      { contract_product_id: arrangement ?? '', valid_from: '2026-01-01', tariff_cents: 5000 },
    ])
    .execute();
  const line = await db
    .insertInto('budget_line')
    .values({
      municipality_code: municipality,
      year: 2027,
      line: 'local_ambulant',
      scope: 'local',
      amount_cents: opts.budgetCents ?? 100_000_000,
    })
    .onConflict((oc) =>
      oc.columns(['municipality_code', 'year', 'line']).doUpdateSet({ amount_cents: opts.budgetCents ?? 100_000_000 }),
    )
    .returning('id')
    .execute();
  await db
    .insertInto('budget_line')
    .values({
      municipality_code: municipality,
      year: 2027,
      line: 'tailored_arrangements',
      scope: 'local',
      amount_cents: 100_000_000,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { providerId, contractProductId: ambulant ?? '', budgetLineId: line[0]?.id ?? '' };
}

/**
 * A family in Zwolle with a regisseur, a youth and an open request: from the plan, or with `fromProvider`
 * a provider's JW315 request (its message row included) for `productCode` in category 45.
 */
export async function buildRequest(
  db: Kysely<DB>,
  opts: {
    regisseurId?: string;
    answerDue?: string;
    fromProvider?: string;
    productCode?: string;
    requestedStart?: string;
  } = {},
) {
  const regisseurId = opts.regisseurId ?? (await buildUser(db, ['professional'])).id;
  const teamId = await buildTeam(db);
  const family = await buildFamilyWithTrajectory(db, { teamId, regisseurId });
  const personId = await buildPerson(db, family.familyId, { kind: 'child', givenName: 'Sanne' });
  const message = opts.fromProvider
    ? await db
        .insertInto('ijw_message')
        .values({
          message_type: 'JW315',
          direction: 'in',
          municipality_code: '0193',
          provider_id: opts.fromProvider,
          identification: `R${unique()}`,
          status: 'processed',
          xml: '<x/>',
          size_bytes: 4,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    : undefined;
  const request = await db
    .insertInto('allocation_request')
    .values({
      municipality_code: '0193',
      family_id: family.familyId,
      person_id: personId,
      trajectory_id: family.trajectoryId,
      ...(message && opts.fromProvider
        ? { source: 'jw315', message_id: message.id, provider_id: opts.fromProvider }
        : { source: 'plan', requested_by: regisseurId }),
      question: opts.productCode ? `Verzoek om toewijzing 45 ${opts.productCode}` : 'Ambulante hulp bij opvoeden',
      category: '45',
      product_code: opts.productCode ?? null,
      answer_due: opts.answerDue ?? '2027-01-08',
      requested_start: opts.requestedStart ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...family, regisseurId, teamId, personId, requestId: request.id };
}

/** A specific allocation of the test product: 2 hours a week through 2027-Q1 (13 weeks × 2 × tariff). */
export function hoursPerWeek(providerId: string, over: Record<string, unknown> = {}) {
  return {
    kind: 'specific',
    providerId,
    category: '45',
    productCode: '45A04',
    volume: 2,
    unit: '04',
    frequency: '2',
    startsOn: '2027-01-04',
    endsOn: '2027-04-04',
    referrerType: '01',
    ...over,
  };
}
