// Test data for contract management: a contract manager of the test region, a provider with a regional
// contract, a product with a tariff, a budget line; and decisions/allocations/claim lines inserted directly
// (the budget reconciliation test needs many, fast).
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { BudgetLineKind, DB } from '../platform/db/schema.js';
import {
  buildFamilyWithTrajectory,
  buildOrganisation,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from './factories.js';

const unique = () => randomBytes(4).toString('hex').toUpperCase();

/** A municipality organisation in `municipality` (the test region) and a contract manager working there. */
export async function buildContractManager(db: Kysely<DB>, municipality = '0193') {
  await ensureGeography(db);
  const org = await db
    .insertInto('organisation')
    .values({ name: `Gemeente ${unique()}`, type: 'municipality', municipality_code: municipality })
    .returning('id')
    .executeTakeFirstOrThrow();
  return buildUser(db, ['contract_manager'], { organisationId: org.id });
}

/** A contract manager of another region (with its own municipality). */
export async function buildOtherRegionManager(db: Kysely<DB>) {
  await db
    .insertInto('region')
    .values({ code: 'OTHER', name: 'Andere regio' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('municipality')
    .values({ code: '0344', name: 'Utrecht', region_code: 'OTHER' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return buildContractManager(db, '0344');
}

export async function buildContract(
  db: Kysely<DB>,
  opts: { region?: boolean; municipality?: string; line?: BudgetLineKind; tariffCents?: number } = {},
) {
  await ensureGeography(db);
  const providerId = await buildOrganisation(db, 'care_provider');
  const contract = await db
    .insertInto('contract')
    .values({
      reference: `C-${unique()}`,
      provider_id: providerId,
      municipality_code: opts.region ? null : (opts.municipality ?? '0193'),
      region_code: opts.region ? 'TEST' : null,
      variant: 'effort',
      starts_on: '2026-01-01',
      ends_on: '2027-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const product = await db
    .insertInto('contract_product')
    .values({
      contract_id: contract.id,
      category: '45',
      product_code: '45A01',
      name: 'Ambulante jeugdhulp',
      unit: '04',
      budget_line: opts.line ?? 'local_ambulant',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('product_tariff')
    .values({
      contract_product_id: product.id,
      valid_from: '2026-01-01',
      valid_to: '2026-12-31',
      tariff_cents: opts.tariffCents ?? 9500,
    })
    .execute();
  return { providerId, contractId: contract.id, productId: product.id };
}

export async function buildBudgetLine(
  db: Kysely<DB>,
  opts: { municipality?: string; year?: number; line?: BudgetLineKind; amountCents?: number } = {},
) {
  await ensureGeography(db);
  const row = await db
    .insertInto('budget_line')
    .values({
      municipality_code: opts.municipality ?? '0193',
      year: opts.year ?? 2026,
      line: opts.line ?? 'local_ambulant',
      scope: 'local',
      amount_cents: opts.amountCents ?? 10_000_000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A youth with a granted decision, to hang allocations on. */
export async function buildDecision(db: Kysely<DB>) {
  const regisseur = await buildUser(db, ['professional']);
  const teamId = await buildTeam(db);
  const family = await buildFamilyWithTrajectory(db, { teamId, regisseurId: regisseur.id });
  const personId = await buildPerson(db, family.familyId);
  const consultant = await buildUser(db, ['consultant']);
  const decision = await db
    .insertInto('decision')
    .values({
      municipality_code: '0193',
      reference: `B-${unique()}`,
      family_id: family.familyId,
      person_id: personId,
      outcome: 'granted',
      motivation: 'Test',
      decided_by: consultant.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { decisionId: decision.id, personId };
}
