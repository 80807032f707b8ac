// The steering breakdowns of budget against spend: per budget line kind, per scope (local, regional), per
// provider, per category and per month, with the number of distinct youths behind each. One statement over
// the allocations module's own definition of spent and committed (budgetMoneyCtes), so every figure here
// adds up to the same totals as the contract manager's budget page and the consultant's budget check.
import { sql } from 'kysely';
import { budgetMoneyCtes, type LineSelection } from '../../allocations/contracts/budget.js';
import type { Tx } from '../../../platform/db/transaction.js';

export type BreakdownKind = 'line' | 'scope' | 'provider' | 'category' | 'month' | 'line_month' | 'all';

export interface BreakdownRow {
  kind: BreakdownKind;
  key: string;
  name: string | null;
  committed: number;
  spent: number;
  youths: number;
}

interface RawRow {
  kind: BreakdownKind;
  key: string;
  name: string | null;
  committed: string | number;
  spent: string | number;
  youths: string | number;
}

/** Youths: distinct persons with an allocation that was not withdrawn (a correction is not care). */
const YOUTHS = sql`count(DISTINCT a.person_id) FILTER (WHERE a.status <> 'withdrawn')::int`;

/** The breakdown statement (exported for the bench's EXPLAIN, bench/sections/steering.mjs). */
export function budgetBreakdownQuery(a: LineSelection & { year: number }) {
  return sql<RawRow>`
    WITH ${budgetMoneyCtes(a)}
    SELECT 'line' AS kind, l.line AS key, NULL AS name, sum(a.committed) AS committed, sum(a.spent) AS spent,
      ${YOUTHS} AS youths
    FROM alloc_money a JOIN lines l ON l.id = a.budget_line_id GROUP BY l.line
    UNION ALL
    SELECT 'scope', l.scope, NULL, sum(a.committed), sum(a.spent), ${YOUTHS}
    FROM alloc_money a JOIN lines l ON l.id = a.budget_line_id GROUP BY l.scope
    UNION ALL
    SELECT 'provider', a.provider_id::text, min(o.name), sum(a.committed), sum(a.spent), ${YOUTHS}
    FROM alloc_money a JOIN organisation o ON o.id = a.provider_id GROUP BY a.provider_id
    UNION ALL
    SELECT 'category', coalesce(a.category, '--'), min(c.label), sum(a.committed), sum(a.spent), ${YOUTHS}
    FROM alloc_money a LEFT JOIN ijw_code c ON c.list = 'JZ020' AND c.code = a.category
    GROUP BY coalesce(a.category, '--')
    UNION ALL
    SELECT 'all', '', NULL, sum(a.committed), sum(a.spent), ${YOUTHS} FROM alloc_money a
    UNION ALL
    SELECT 'month', to_char(s.period_start, 'YYYY-MM'), NULL, 0, sum(s.cents), 0
    FROM spend_lines s GROUP BY to_char(s.period_start, 'YYYY-MM')
    UNION ALL
    SELECT 'line_month', l.line || '|' || to_char(s.period_start, 'YYYY-MM'), NULL, 0, sum(s.cents), 0
    FROM spend_lines s JOIN allocation al ON al.id = s.allocation_id JOIN lines l ON l.id = al.budget_line_id
    GROUP BY l.line, to_char(s.period_start, 'YYYY-MM')`;
}

export async function budgetBreakdown(trx: Tx, a: LineSelection & { year: number }): Promise<BreakdownRow[]> {
  if (a.municipalityCodes.length === 0) return [];
  const result = await budgetBreakdownQuery(a).execute(trx);
  return result.rows.map((r) => ({
    kind: r.kind,
    key: r.key.trim(),
    name: r.name,
    committed: Number(r.committed ?? 0),
    spent: Number(r.spent ?? 0),
    youths: Number(r.youths ?? 0),
  }));
}
