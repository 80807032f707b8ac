// Budget reconciliation: for any set of allocations and claim lines, each line's figures equal the sums
// of its allocations and accepted claim lines — committed = Σ active max(expected − spent, 0),
// spent = Σ accepted debit − credit, remaining = budget − committed − spent. Rows are inserted directly.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test-support/database.js';
import type { Database } from '../../../platform/db/connect.js';
import { buildBudgetLine, buildContract, buildDecision } from '../../../test-support/contracts.js';
import { budgetFigures, remainingBudget } from './budget.js';

let db: Database;
let lines: string[];
let world: { decisionId: string; personId: string; providerId: string; municipality: string };
beforeAll(async () => {
  db = await createTestDatabase();
  const k = db.kysely;
  lines = [
    await buildBudgetLine(k, { line: 'local_ambulant', amountCents: 5_000_000 }),
    await buildBudgetLine(k, { line: 'regional_residential', amountCents: 2_000_000 }),
    await buildBudgetLine(k, { line: 'crisis', amountCents: 0 }),
  ];
  const { providerId } = await buildContract(k);
  world = { ...(await buildDecision(k)), providerId, municipality: '0193' };
});
afterAll(async () => {
  await db.close();
});

const claimLine = fc.record({
  amount: fc.integer({ min: 0, max: 500_000 }),
  credit: fc.boolean(),
  accepted: fc.boolean(),
});
const allocation = fc.record({
  line: fc.integer({ min: 0, max: 2 }),
  status: fc.constantFrom('active', 'withdrawn', 'ended'),
  expected: fc.integer({ min: 0, max: 3_000_000 }),
  claims: fc.array(claimLine, { maxLength: 4 }),
});

let run = 0;
describe('budget figures', () => {
  it('equal the sums of their allocations and accepted claim lines (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(allocation, { maxLength: 12 }), async (allocs) => {
        run += 1;
        const k = db.kysely;
        await k.deleteFrom('claim_line').execute();
        await k.deleteFrom('claim').execute();
        await k.deleteFrom('ijw_message').execute();
        await k.deleteFrom('allocation').execute();
        const message = await k
          .insertInto('ijw_message')
          .values({
            message_type: 'JW323',
            direction: 'in',
            municipality_code: world.municipality,
            provider_id: world.providerId,
            identification: `T${run}`,
            status: 'processed',
            xml: '<x/>',
            size_bytes: 4,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const claim = await k
          .insertInto('claim')
          .values({
            message_id: message.id,
            provider_id: world.providerId,
            municipality_code: world.municipality,
            invoice_number: `F${run}`,
            invoice_date: '2026-03-01',
            line_count: 0,
            claimed_cents: 0,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const expected = lines.map(() => ({ committed: 0, spent: 0 }));
        let ref = 0;
        for (const [i, a] of allocs.entries()) {
          const row = await k
            .insertInto('allocation')
            .values({
              decision_id: world.decisionId,
              municipality_code: world.municipality,
              allocation_number: run * 100 + i + 1,
              person_id: world.personId,
              provider_id: world.providerId,
              kind: 'generic',
              budget_cents: a.expected,
              starts_on: '2026-01-01',
              ends_on: '2026-12-31',
              referrer_type: '01',
              expected_cost_cents: a.expected,
              budget_line_id: lines[a.line] as string,
              status: a.status,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          let spent = 0;
          for (const c of a.claims) {
            ref += 1;
            await k
              .insertInto('claim_line')
              .values({
                claim_id: claim.id,
                provider_id: world.providerId,
                municipality_code: world.municipality,
                reference: `R${run}-${ref}`,
                allocation_id: row.id,
                period_start: '2026-02-01',
                period_end: '2026-02-28',
                volume: 1,
                unit: '83',
                tariff_cents: c.amount,
                amount_cents: c.amount,
                debit_credit: c.credit ? 'C' : 'D',
                accepted: c.accepted,
              })
              .execute();
            if (c.accepted) spent += c.credit ? -c.amount : c.amount;
          }
          const e = expected[a.line] as { committed: number; spent: number };
          e.spent += spent;
          if (a.status === 'active') e.committed += Math.max(a.expected - spent, 0);
        }
        const figures = await k.transaction().execute((trx) => budgetFigures(trx, { municipalityCodes: ['0193'] }));
        const budgets = [5_000_000, 2_000_000, 0];
        for (const [i, id] of lines.entries()) {
          const f = figures.find((x) => x.budgetLineId === id);
          const e = expected[i] as { committed: number; spent: number };
          expect(f).toMatchObject({
            budgetCents: budgets[i],
            committedCents: e.committed,
            spentCents: e.spent,
            remainingCents: (budgets[i] as number) - e.committed - e.spent,
          });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('remainingBudget is the figure of one line; null when there is no line', async () => {
    const k = db.kysely;
    const one = await k
      .transaction()
      .execute((trx) => remainingBudget(trx, { municipalityCode: '0193', year: 2026, line: 'crisis' }));
    expect(one?.budgetLineId).toBe(lines[2]);
    const none = await k
      .transaction()
      .execute((trx) => remainingBudget(trx, { municipalityCode: '0193', year: 2030, line: 'crisis' }));
    expect(none).toBeNull();
  });
});
