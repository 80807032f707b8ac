-- Budget against spend at national scale (issue 14 item 10). Every budget read (budgetMoneyCtes in
-- src/modules/allocations/contracts/budget.ts) selects ALL allocations of the chosen budget lines —
-- withdrawn ones included, because spent counts the accepted claim lines of a withdrawn allocation too —
-- so the partial index of 018 (WHERE status <> 'withdrawn') cannot serve it, and a municipality-year
-- read scanned the whole allocation table (1.25 million rows in the bench: 1.6–2.1 s a request). With this
-- index it reads the few hundred allocations of its lines. The partial index stays for the reads that
-- want only non-withdrawn allocations.
CREATE INDEX allocation_budget_line_all_idx ON allocation (budget_line_id);
