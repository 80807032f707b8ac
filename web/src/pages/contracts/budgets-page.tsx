import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useBudgets, type BudgetFigure } from '../../api/contracts';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { BudgetChart } from './budget-chart';
import { BudgetForm } from './budget-form';
import './contracts.css';

/** Budgets per municipality and line for one year: budget, committed, spent, remaining; a chart per line. */
export function BudgetsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const budgets = useBudgets(year);
  const data = budgets.data;
  const byLine = new Map<string, BudgetFigure[]>();
  for (const f of data?.items ?? []) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  return (
    <>
      <PageHeading>{t('contracts.budgets.title')}</PageHeading>
      <Paragraph lead>{t('contracts.budgets.intro')}</Paragraph>
      {data ? (
        <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('contracts.budgets.filters')}>
          <SelectField
            label={t('contracts.budgets.year')}
            value={String(data.year)}
            onValueChange={(v) => setParams(new URLSearchParams({ year: v }), { replace: true })}
            options={(data.years.includes(data.year) ? data.years : [...data.years, data.year]).map((y) => ({
              value: String(y),
              label: String(y),
            }))}
          />
        </form>
      ) : null}
      <ProblemAlert error={budgets.error} />
      {data && data.items.length === 0 ? <Paragraph>{t('contracts.budgets.none')}</Paragraph> : null}
      {[...byLine].map(([line, figures]) => {
        const lineName = t(`contracts.lines.${line as BudgetFigure['line']}`);
        const total = figures.reduce(
          (s, f) => ({
            budget: s.budget + f.budgetCents,
            committed: s.committed + f.committedCents,
            spent: s.spent + f.spentCents,
            remaining: s.remaining + f.remainingCents,
          }),
          { budget: 0, committed: 0, spent: 0, remaining: 0 },
        );
        return (
          <section
            key={line}
            className="kt-budget-line"
            aria-labelledby={`line-${line}`}
            data-testid={`budget-${line}`}
          >
            <Heading2 id={`line-${line}`}>{lineName}</Heading2>
            {figures.some((f) => f.scope === 'regional') ? (
              <Paragraph>{t('contracts.budgets.regionalLine')}</Paragraph>
            ) : null}
            {[...new Set(figures.map((f) => f.splitNote).filter((n): n is string => Boolean(n)))].map((note) => (
              <Paragraph key={note}>{t('contracts.budgets.split', { note })}</Paragraph>
            ))}
            <div className="kt-budget-grid">
              <BudgetChart
                figures={figures}
                title={t('contracts.budgets.chartTitle', { line: lineName, year: data?.year })}
                desc={t('contracts.budgets.chartDesc')}
              />
              <DataTable caption={t('contracts.budgets.tableCaption', { line: lineName, year: data?.year })} wide>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('contracts.budgets.municipality')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('contracts.budgets.budget')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('contracts.budgets.committed')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('contracts.budgets.spent')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('contracts.budgets.remaining')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {figures.map((f) => (
                    <TableRow key={f.budgetLineId}>
                      <TableHeaderCell scope="row">{f.municipalityName}</TableHeaderCell>
                      <TableCell>{format.money(f.budgetCents)}</TableCell>
                      <TableCell>{format.money(f.committedCents)}</TableCell>
                      <TableCell>{format.money(f.spentCents)}</TableCell>
                      <TableCell className={f.remainingCents < 0 ? 'kt-over-budget' : undefined}>
                        {format.money(f.remainingCents)}
                        {f.remainingCents < 0 ? ` (${t('contracts.budgets.over')})` : ''}
                      </TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableHeaderCell scope="row">{t('contracts.budgets.total')}</TableHeaderCell>
                    <TableCell>{format.money(total.budget)}</TableCell>
                    <TableCell>{format.money(total.committed)}</TableCell>
                    <TableCell>{format.money(total.spent)}</TableCell>
                    <TableCell>{format.money(total.remaining)}</TableCell>
                  </TableRow>
                </TableBody>
              </DataTable>
            </div>
          </section>
        );
      })}
      {data ? <BudgetForm key={data.year} year={data.year} /> : null}
    </>
  );
}
