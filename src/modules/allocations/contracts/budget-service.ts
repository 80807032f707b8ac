// Budgets per municipality, year and line with committed/spent/remaining (one statement, budget.ts).
// Aggregates only.
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { BusinessRuleError } from '../../../platform/errors.js';
import { today } from '../../../platform/clock.js';
import { budgetFigures } from './budget.js';
import { managerScope } from './policy.js';
import type { BudgetBody, BudgetQuery } from './schemas.js';

const PURPOSE = 'contract management';

export function budgetOverview(ctx: RequestContext, query: BudgetQuery) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, { subject: 'contract_budget', id: null, action: 'read', purpose: PURPOSE });
    const scope = await managerScope(trx, grant.actor);
    const codes =
      query.municipalityCode === undefined
        ? scope.municipalityCodes
        : scope.municipalityCodes.filter((c) => c === query.municipalityCode);
    const years =
      codes.length === 0
        ? []
        : (
            await trx
              .selectFrom('budget_line')
              .select('year')
              .distinct()
              .where('municipality_code', 'in', codes)
              .orderBy('year')
              .execute()
          ).map((r) => Number(r.year));
    const year = query.year ?? Number(today().slice(0, 4));
    const figures = await budgetFigures(trx, { municipalityCodes: codes, year });
    const names = new Map(
      codes.length === 0
        ? []
        : (await trx.selectFrom('municipality').select(['code', 'name']).where('code', 'in', codes).execute()).map(
            (m) => [m.code, m.name] as const,
          ),
    );
    return {
      year,
      years,
      items: figures.map((f) => ({ ...f, municipalityName: names.get(f.municipalityCode) ?? f.municipalityCode })),
    };
  });
}

/** Sets a municipality's budget on one line for one year (creates or replaces the amount). */
export function putBudget(ctx: RequestContext, body: BudgetBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'contract_budget',
      id: null,
      action: 'update',
      purpose: PURPOSE,
      data: `budget ${body.municipalityCode} ${body.year} ${body.line}`,
    });
    const scope = await managerScope(trx, grant.actor);
    if (!scope.municipalityCodes.includes(body.municipalityCode))
      throw new BusinessRuleError('contract_municipality_out_of_region', {
        errors: [{ path: 'municipalityCode', message: 'not in your region' }],
      });
    await trx
      .insertInto('budget_line')
      .values({
        municipality_code: body.municipalityCode,
        year: body.year,
        line: body.line,
        scope: body.scope,
        amount_cents: body.amountCents,
        split_note: body.splitNote,
      })
      .onConflict((oc) =>
        oc.columns(['municipality_code', 'year', 'line']).doUpdateSet((eb) => ({
          scope: eb.ref('excluded.scope'),
          amount_cents: eb.ref('excluded.amount_cents'),
          split_note: eb.ref('excluded.split_note'),
          version: eb('budget_line.version', '+', 1),
        })),
      )
      .execute();
    const [figure] = await budgetFigures(trx, {
      municipalityCodes: [body.municipalityCode],
      year: body.year,
      line: body.line,
    });
    const name = await trx
      .selectFrom('municipality')
      .select('name')
      .where('code', '=', body.municipalityCode)
      .executeTakeFirstOrThrow();
    if (!figure) throw new Error('budget line vanished');
    return { ...figure, municipalityName: name.name };
  });
}
