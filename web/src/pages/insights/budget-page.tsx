import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../api/auth';
import { useBudgetSteering, type BudgetSteering } from '../../api/steering';
import { BarChart } from '../../components/charts/bar-chart';
import { LineChart } from '../../components/charts/line-chart';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableDownload } from '../../components/table-download';
import { useFormat } from '../../i18n/format';
import { CountText, shownValue } from './steering-count';
import './insights.css';

type Money = BudgetSteering['total'];
type Part = Pick<Money, 'committedCents' | 'spentCents' | 'youths' | 'costPerYouthCents'>;

/** Policy advisors and contract managers: budget against spend per line, municipality, provider, category and month. */
export function BudgetPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const own = useCurrentUser().homeOrganisation.municipalityCode ?? '';
  const area = params.get('area') ?? own;
  const year = Number(params.get('year')) || undefined;
  const budget = useBudgetSteering(year ? { area, year } : { area });
  const b = budget.data;
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (!next.get('area')) next.set('area', area);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeading>{t('steering.budget.title')}</PageHeading>
      <Paragraph lead>{t('steering.budget.intro')}</Paragraph>
      {b ? (
        <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('steering.filters')}>
          <SelectField
            label={t('steering.budget.area')}
            value={b.area.code}
            onValueChange={(v) => update('area', v)}
            options={[
              { value: b.region.code, label: b.region.name },
              ...b.choices.map((m) => ({ value: m.code, label: m.name })),
            ]}
          />
          <SelectField
            label={t('steering.budget.year')}
            value={String(b.year)}
            onValueChange={(v) => update('year', v)}
            options={[...new Set([...b.years, b.year])].map((y) => ({ value: String(y), label: String(y) }))}
          />
        </form>
      ) : null}
      <ProblemAlert error={budget.error} />
      {b ? <BudgetView b={b} busy={budget.isFetching} /> : null}
      {b ? (
        <Paragraph>
          <small>
            {t(`steering.budget.basis.${b.forecastBasis}`, { months: b.completedMonths })}{' '}
            {t('steering.computedOn', { date: format.date(b.computedOn) })}
          </small>
        </Paragraph>
      ) : null}
    </>
  );
}

function BudgetView({ b, busy }: { b: BudgetSteering; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (c: number | null) => (c === null ? '—' : format.money(c));
  const lineName = (l: string) =>
    t(`steering.budget.lines.${l}` as 'steering.budget.lines.crisis', { defaultValue: l });
  const scopeName = (s: string) => t(`steering.budget.scopes.${s}` as 'steering.budget.scopes.local');
  const caption = (key: 'lines' | 'providers' | 'categories' | 'municipalities' | 'months') =>
    t(`steering.budget.captions.${key}`, { area: b.area.name, year: b.year });
  const budgetRow = (name: string, m: Money, key: string) => (
    <TableRow key={key}>
      <TableHeaderCell scope="row">{name}</TableHeaderCell>
      <TableCell>{money(m.budgetCents)}</TableCell>
      <TableCell>{money(m.committedCents)}</TableCell>
      <TableCell>{money(m.spentCents)}</TableCell>
      <TableCell>{money(m.remainingCents)}</TableCell>
      <TableCell>{money(m.forecastCents)}</TableCell>
      <TableCell>
        <CountText cell={m.youths} />
      </TableCell>
      <TableCell>{money(m.costPerYouthCents)}</TableCell>
    </TableRow>
  );
  const moneyHeaders = [
    'steering.budget.budget',
    'steering.budget.committed',
    'steering.budget.spent',
    'steering.budget.remaining',
    'steering.budget.forecast',
  ] as const;
  const partColumns = <Row extends Part>() => [
    { header: t('steering.budget.committed'), value: (r: Row) => r.committedCents / 100 },
    { header: t('steering.budget.spent'), value: (r: Row) => r.spentCents / 100 },
    { header: t('steering.budget.youths'), value: (r: Row) => shownValue(r.youths) },
    {
      header: t('steering.budget.costPerYouth'),
      value: (r: Row) => (r.costPerYouthCents === null ? null : r.costPerYouthCents / 100),
    },
  ];
  const partTable = <Row extends Part & { name: string }>(
    id: 'providers' | 'categories',
    rows: Row[],
    first: string,
  ) => (
    <section className="kt-section" aria-labelledby={`budget-${id}`}>
      <Heading2 id={`budget-${id}`}>{t(`steering.budget.${id}Title`)}</Heading2>
      <DataTable caption={caption(id)} busy={busy} testId={`budget-${id}`} wide>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{first}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('steering.budget.committed')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('steering.budget.spent')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('steering.budget.youths')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('steering.budget.costPerYouth')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.name}>
              <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
              <TableCell>{money(r.committedCents)}</TableCell>
              <TableCell>{money(r.spentCents)}</TableCell>
              <TableCell>
                <CountText cell={r.youths} />
              </TableCell>
              <TableCell>{money(r.costPerYouthCents)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      <TableDownload
        fileName={caption(id)}
        rows={rows}
        columns={[{ header: first, value: (r: Row) => r.name }, ...partColumns<Row>()]}
      />
    </section>
  );
  const categories = b.categories.map((c) => ({
    ...c,
    name: c.code === '--' ? t('steering.budget.generic') : `${c.code} ${c.name}`,
  }));
  return (
    <div className="kt-budget">
      <section className="kt-section" aria-labelledby="budget-lines">
        <Heading2 id="budget-lines">{t('steering.budget.linesTitle', { area: b.area.name, year: b.year })}</Heading2>
        <Paragraph>{t('steering.budget.legend', { max: b.threshold - 1 })}</Paragraph>
        <DataTable caption={caption('lines')} busy={busy} testId="budget-lines" wide>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('steering.budget.line')}</TableHeaderCell>
              {moneyHeaders.map((h) => (
                <TableHeaderCell key={h} scope="col">
                  {t(h)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('steering.budget.youths')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('steering.budget.costPerYouth')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {b.lines.map((l) => budgetRow(`${lineName(l.line)} (${scopeName(l.scope)})`, l, l.line))}
          </TableBody>
          <TableFooter>
            {b.scopes.map((s) => budgetRow(t('steering.budget.scopeTotal', { scope: scopeName(s.scope) }), s, s.scope))}
            {budgetRow(t('steering.total'), b.total, 'total')}
          </TableFooter>
        </DataTable>
        <TableDownload
          fileName={caption('lines')}
          rows={[
            ...b.lines.map((l) => ({ ...l, name: lineName(l.line), scope: scopeName(l.scope) })),
            ...b.scopes.map((s) => ({
              ...s,
              name: t('steering.budget.scopeTotal', { scope: scopeName(s.scope) }),
              scope: '',
            })),
            { ...b.total, name: t('steering.total'), scope: '' },
          ]}
          columns={[
            { header: t('steering.budget.line'), value: (r) => r.name },
            { header: t('steering.budget.scope'), value: (r) => r.scope },
            { header: t('steering.budget.budget'), value: (r) => r.budgetCents / 100 },
            { header: t('steering.budget.committed'), value: (r) => r.committedCents / 100 },
            { header: t('steering.budget.spent'), value: (r) => r.spentCents / 100 },
            { header: t('steering.budget.remaining'), value: (r) => r.remainingCents / 100 },
            {
              header: t('steering.budget.forecast'),
              value: (r) => (r.forecastCents === null ? null : r.forecastCents / 100),
            },
            { header: t('steering.budget.youths'), value: (r) => shownValue(r.youths) },
            {
              header: t('steering.budget.costPerYouth'),
              value: (r) => (r.costPerYouthCents === null ? null : r.costPerYouthCents / 100),
            },
          ]}
        />
      </section>
      <section className="kt-section" aria-labelledby="budget-months">
        <Heading2 id="budget-months">{t('steering.budget.monthsTitle', { year: b.year })}</Heading2>
        <figure className="kt-figure">
          <LineChart
            title={caption('months')}
            desc={t('steering.budget.monthsDesc')}
            format={(n) => format.money(n)}
            series={[
              {
                name: t('steering.budget.cumulative'),
                points: b.months.map((m) => ({ month: m.month, value: m.cumulativeCents })),
              },
              {
                name: t('steering.budget.budget'),
                points: b.months.map((m) => ({ month: m.month, value: b.total.budgetCents })),
              },
              {
                name: t('steering.budget.perMonth'),
                points: b.months.map((m) => ({ month: m.month, value: m.spentCents })),
              },
            ]}
          />
        </figure>
        <DataTable caption={caption('months')} busy={busy} testId="budget-months">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('steering.month')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('steering.budget.perMonth')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('steering.budget.cumulative')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {b.months.map((m) => (
              <TableRow key={m.month}>
                <TableHeaderCell scope="row">{format.month(m.month)}</TableHeaderCell>
                <TableCell>{money(m.spentCents)}</TableCell>
                <TableCell>{money(m.cumulativeCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
        <TableDownload
          fileName={caption('months')}
          rows={b.months}
          columns={[
            { header: t('steering.month'), value: (m) => m.month },
            { header: t('steering.budget.perMonth'), value: (m) => m.spentCents / 100 },
            { header: t('steering.budget.cumulative'), value: (m) => m.cumulativeCents / 100 },
          ]}
        />
      </section>
      {b.area.kind === 'region' ? (
        <section className="kt-section" aria-labelledby="budget-municipalities">
          <Heading2 id="budget-municipalities">{t('steering.budget.municipalitiesTitle')}</Heading2>
          <DataTable caption={caption('municipalities')} busy={busy} testId="budget-municipalities" wide>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('steering.budget.municipality')}</TableHeaderCell>
                {moneyHeaders.slice(0, 4).map((h) => (
                  <TableHeaderCell key={h} scope="col">
                    {t(h)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {b.municipalities.map((m) => (
                <TableRow key={m.code}>
                  <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                  <TableCell>{money(m.budgetCents)}</TableCell>
                  <TableCell>{money(m.committedCents)}</TableCell>
                  <TableCell>{money(m.spentCents)}</TableCell>
                  <TableCell>{money(m.remainingCents)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          <TableDownload
            fileName={caption('municipalities')}
            rows={b.municipalities}
            columns={[
              { header: t('steering.budget.municipality'), value: (m) => m.name },
              { header: t('steering.budget.budget'), value: (m) => m.budgetCents / 100 },
              { header: t('steering.budget.committed'), value: (m) => m.committedCents / 100 },
              { header: t('steering.budget.spent'), value: (m) => m.spentCents / 100 },
              { header: t('steering.budget.remaining'), value: (m) => m.remainingCents / 100 },
            ]}
          />
        </section>
      ) : null}
      {partTable('providers', b.providers, t('steering.budget.provider'))}
      {partTable('categories', categories, t('steering.budget.category'))}
      <figure className="kt-figure">
        <BarChart
          title={caption('categories')}
          desc={t('steering.budget.categoriesDesc')}
          format={(n) => format.money(n)}
          bars={categories.map((c) => ({ label: c.name, value: c.spentCents }))}
        />
      </figure>
    </div>
  );
}
