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
import {
  usePattern,
  usePatternMunicipalities,
  type Pattern,
  type PatternCell,
  type PatternTotal,
} from '../../api/insights';
import { DataTable } from '../../components/data-table';
import { useFormat } from '../../i18n/format';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { ActivitiesSection } from './activities-section';
import { BarChart } from '../../components/charts/bar-chart';
import { TableDownload } from '../../components/table-download';
import './insights.css';

/** Team leads and policy: signals and outreach outcomes per neighbourhood, small numbers suppressed. */
export function PatternsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const municipalities = usePatternMunicipalities();
  const items = municipalities.data?.items ?? [];
  // One's own municipality first (a policy advisor works for one), else the first one may see.
  const own = useCurrentUser().homeOrganisation.municipalityCode;
  const start = items.find((m) => m.code === own)?.code ?? items[0]?.code ?? '';
  const query = {
    municipality: params.get('municipality') ?? start,
    measure: params.get('measure') === 'outreach' ? ('outreach' as const) : ('signals' as const),
    month: params.get('month') ?? '',
  };
  const pattern = usePattern(query);
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (!next.get('municipality') && query.municipality) next.set('municipality', query.municipality);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeading>{t('insights.patterns.title')}</PageHeading>
      <Paragraph lead>{t('insights.patterns.intro')}</Paragraph>
      {municipalities.isSuccess && items.length === 0 ? <Paragraph>{t('insights.patterns.none')}</Paragraph> : null}
      <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('insights.patterns.filters')}>
        <SelectField
          label={t('insights.patterns.municipality')}
          value={query.municipality}
          onValueChange={(v) => update('municipality', v)}
          options={items.map((m) => ({ value: m.code, label: m.name }))}
        />
        <SelectField
          label={t('insights.patterns.measure')}
          value={query.measure}
          onValueChange={(v) => update('measure', v)}
          options={[
            { value: 'signals', label: t('insights.patterns.measures.signals') },
            { value: 'outreach', label: t('insights.patterns.measures.outreach') },
          ]}
        />
        {pattern.data ? (
          <SelectField
            label={t('insights.patterns.month')}
            value={pattern.data.month}
            onValueChange={(v) => update('month', v)}
            options={[...pattern.data.months].reverse().map((m) => ({ value: m, label: format.month(m) }))}
          />
        ) : null}
      </form>
      <ProblemAlert error={pattern.error ?? municipalities.error} />
      {pattern.data ? <PatternView p={pattern.data} busy={pattern.isFetching} /> : null}
      {query.municipality ? <ActivitiesSection municipality={query.municipality} /> : null}
    </>
  );
}

function useLabels(p: Pattern) {
  const { t } = useTranslation();
  return (column: string) =>
    p.measure === 'signals'
      ? t(`signals.categories.${column}` as 'signals.categories.rent_arrears', { defaultValue: column })
      : t(`signals.outreachOutcomes.${column}` as 'signals.outreachOutcomes.declined', { defaultValue: column });
}

function CellText({ cell }: { cell: PatternCell }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (cell.kind === 'value') return <>{format.integer(cell.value ?? 0)}</>;
  if (cell.kind === 'primary')
    return <abbr title={t('insights.patterns.primaryTitle')}>{t('insights.patterns.fewer')}</abbr>;
  return (
    <abbr title={t('insights.patterns.secondaryTitle')}>
      •<span className="kt-visually-hidden">{t('insights.patterns.secondaryTitle')}</span>
    </abbr>
  );
}

function TotalText({ total }: { total: PatternTotal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = format.integer(total.value);
  // A total with hidden cells is "at least" its shown part; with nothing shown it is only "a small number".
  if (!total.partial) return <>{value}</>;
  return (
    <abbr title={t('insights.patterns.atLeastTitle')}>
      {total.value === 0 ? t('insights.patterns.hiddenTotal') : t('insights.patterns.atLeast', { value })}
    </abbr>
  );
}

function PatternView({ p, busy }: { p: Pattern; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const atLeast = (total: PatternTotal) =>
    !total.partial
      ? undefined
      : total.value === 0
        ? t('insights.patterns.hiddenTotal')
        : t('insights.patterns.atLeast', { value: format.integer(total.value) });
  const label = useLabels(p);
  const measure = t(`insights.patterns.measures.${p.measure}`);
  return (
    <>
      <section className="kt-section" aria-labelledby="pattern-table">
        <Heading2 id="pattern-table">
          {t('insights.patterns.tableTitle', {
            measure,
            municipality: p.municipality.name,
            month: format.month(p.month),
          })}
        </Heading2>
        <Paragraph className="kt-pattern-legend">{t('insights.patterns.legend', { max: p.threshold - 1 })}</Paragraph>
        <DataTable
          caption={t('insights.patterns.caption', {
            measure,
            municipality: p.municipality.name,
            month: format.month(p.month),
          })}
          busy={busy}
          testId="pattern-table"
          wide
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('insights.patterns.neighbourhood')}</TableHeaderCell>
              {p.columns.map((c) => (
                <TableHeaderCell key={c} scope="col">
                  {label(c)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('insights.patterns.total')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.rows.map((r) => (
              <TableRow key={r.code}>
                <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                {r.cells.map((cell, i) => (
                  <TableCell key={p.columns[i]} className={cell.kind === 'value' ? undefined : 'kt-suppressed'}>
                    <CellText cell={cell} />
                  </TableCell>
                ))}
                <TableCell>
                  <TotalText total={r.total} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t('insights.patterns.total')}</TableHeaderCell>
              {p.columnTotals.map((c, i) => (
                <TableCell key={p.columns[i]}>
                  <TotalText total={c} />
                </TableCell>
              ))}
              <TableCell>
                <TotalText total={p.total} />
              </TableCell>
            </TableRow>
          </TableFooter>
        </DataTable>
        <TableDownload
          fileName={t('insights.patterns.caption', {
            measure,
            municipality: p.municipality.name,
            month: format.month(p.month),
          })}
          rows={p.rows}
          columns={[
            { header: t('insights.patterns.neighbourhood'), value: (r) => r.name },
            ...p.columns.map((c, i) => ({
              header: label(c),
              // A hidden cell is empty in a download: the file never holds more than the page showed.
              value: (r: Pattern['rows'][number]) => {
                const cell = r.cells[i];
                return cell?.kind === 'value' ? (cell.value ?? 0) : null;
              },
            })),
            { header: t('insights.patterns.total'), value: (r) => (r.total.partial ? null : r.total.value) },
          ]}
        />
      </section>
      {p.evictionsPrevented ? <EvictionsTable p={p} evictions={p.evictionsPrevented} busy={busy} /> : null}
      <section className="kt-section kt-pattern-charts" aria-labelledby="pattern-charts">
        <Heading2 id="pattern-charts" className="kt-pattern-charts__title">
          {t('insights.patterns.chartsTitle')}
        </Heading2>
        <figure className="kt-figure">
          <BarChart
            title={t('insights.patterns.byNeighbourhood', { measure, month: format.month(p.month) })}
            desc={t('insights.patterns.chartDesc')}
            bars={p.rows.map((r) => ({ label: r.name, value: r.total.value, valueText: atLeast(r.total) }))}
          />
        </figure>
        <figure className="kt-figure">
          <BarChart
            title={t('insights.patterns.trend', { measure, municipality: p.municipality.name })}
            desc={t('insights.patterns.chartDesc')}
            bars={p.trend.map((m) => ({
              label: format.month(m.month),
              value: m.total.value,
              valueText: atLeast(m.total),
            }))}
          />
        </figure>
      </section>
    </>
  );
}

/** Evictions prevented count outreaches that are already in the outcome table, so they stand apart and are not added to its totals. */
function EvictionsTable({
  p,
  evictions,
  busy,
}: {
  p: Pattern;
  evictions: NonNullable<Pattern['evictionsPrevented']>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="kt-section" aria-labelledby="pattern-evictions">
      <Heading2 id="pattern-evictions">
        {t('insights.patterns.evictionsTitle', { municipality: p.municipality.name, month: format.month(p.month) })}
      </Heading2>
      <Paragraph>{t('insights.patterns.evictionsNote')}</Paragraph>
      <DataTable
        caption={t('insights.patterns.evictionsCaption', {
          municipality: p.municipality.name,
          month: format.month(p.month),
        })}
        busy={busy}
        testId="pattern-evictions"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('insights.patterns.neighbourhood')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.outreach.evictionPrevented')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {p.rows.map((r, i) => {
            const cell = evictions.cells[i] ?? { kind: 'value', value: 0 };
            return (
              <TableRow key={r.code}>
                <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                <TableCell className={cell.kind === 'value' ? undefined : 'kt-suppressed'}>
                  <CellText cell={cell} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">{t('insights.patterns.total')}</TableHeaderCell>
            <TableCell>
              <TotalText total={evictions.total} />
            </TableCell>
          </TableRow>
        </TableFooter>
      </DataTable>
    </section>
  );
}
