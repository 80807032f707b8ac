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
import { usePatternMunicipalities } from '../../api/insights';
import { useSignalOutcomes, type SignalOutcomes } from '../../api/steering';
import { AppLink } from '../../components/app-link';
import { LineChart } from '../../components/charts/line-chart';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableDownload } from '../../components/table-download';
import { useFormat } from '../../i18n/format';
import { CountText, shownValue } from './steering-count';
import './insights.css';

/** Policy advisors and team leads: what outreach achieved per neighbourhood and month, small numbers suppressed. */
export function SignalOutcomesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const items = usePatternMunicipalities().data?.items ?? [];
  const own = useCurrentUser().homeOrganisation.municipalityCode;
  const start = items.find((m) => m.code === own)?.code ?? items[0]?.code ?? '';
  const query = { municipality: params.get('municipality') ?? start, month: params.get('month') ?? '' };
  const outcomes = useSignalOutcomes(query);
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (!next.get('municipality') && query.municipality) next.set('municipality', query.municipality);
    setParams(next, { replace: true });
  };
  const o = outcomes.data;
  return (
    <>
      <PageHeading>{t('steering.signals.title')}</PageHeading>
      <Paragraph lead>{t('steering.signals.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/insights/patterns?municipality=${query.municipality}&measure=outreach`}>
          {t('steering.signals.patternsLink')}
        </AppLink>
      </Paragraph>
      <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('steering.filters')}>
        <SelectField
          label={t('steering.signals.municipality')}
          value={query.municipality}
          onValueChange={(v) => update('municipality', v)}
          options={items.map((m) => ({ value: m.code, label: m.name }))}
        />
        {o ? (
          <SelectField
            label={t('steering.month')}
            value={o.month}
            onValueChange={(v) => update('month', v)}
            options={[...o.months].reverse().map((m) => ({ value: m, label: format.month(m) }))}
          />
        ) : null}
      </form>
      <ProblemAlert error={outcomes.error} />
      {o ? <OutcomesView o={o} busy={outcomes.isFetching} /> : null}
    </>
  );
}

function OutcomesView({ o, busy }: { o: SignalOutcomes; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (m: string) => t(`steering.signals.measures.${m}` as 'steering.signals.measures.reached');
  const caption = t('steering.signals.caption', { municipality: o.municipality.name, month: format.month(o.month) });
  const atLeast = (total: { value: number; partial: boolean }) =>
    !total.partial
      ? format.integer(total.value)
      : total.value === 0
        ? t('insights.patterns.hiddenTotal')
        : t('insights.patterns.atLeast', { value: format.integer(total.value) });
  return (
    <>
      <section className="kt-section" aria-labelledby="signal-outcomes">
        <Heading2 id="signal-outcomes">
          {t('steering.signals.tableTitle', { municipality: o.municipality.name, month: format.month(o.month) })}
        </Heading2>
        <Paragraph>{t('steering.signals.legend')}</Paragraph>
        <DataTable caption={caption} busy={busy} testId="signal-outcomes" wide>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('steering.signals.neighbourhood')}</TableHeaderCell>
              {o.measures.map((m) => (
                <TableHeaderCell key={m} scope="col">
                  {label(m)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {o.rows.map((r) => (
              <TableRow key={r.code}>
                <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                {r.cells.map((cell, i) => (
                  <TableCell key={o.measures[i]} className={cell.kind === 'value' ? undefined : 'kt-suppressed'}>
                    <CountText cell={cell} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t('steering.total')}</TableHeaderCell>
              {o.totals.map((total, i) => (
                <TableCell key={o.measures[i]}>{atLeast(total)}</TableCell>
              ))}
            </TableRow>
          </TableFooter>
        </DataTable>
        <TableDownload
          fileName={caption}
          rows={o.rows}
          columns={[
            { header: t('steering.signals.neighbourhood'), value: (r) => r.name },
            ...o.measures.map((m, i) => ({
              header: label(m),
              value: (r: SignalOutcomes['rows'][number]) => shownValue(r.cells[i]),
            })),
          ]}
        />
      </section>
      <section className="kt-section">
        <Heading2 id="signal-trend">{t('steering.signals.trendTitle')}</Heading2>
        <figure className="kt-figure">
          <LineChart
            title={t('steering.signals.trendTitle')}
            desc={t('steering.signals.trendDesc')}
            series={o.measures.map((m, i) => ({
              name: label(m),
              points: o.trend.map((p) => ({ month: p.month, value: p.totals[i]?.value ?? null })),
            }))}
          />
        </figure>
        <DataTable caption={t('steering.signals.trendTitle')} busy={busy} testId="signal-trend">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('steering.month')}</TableHeaderCell>
              {o.measures.map((m) => (
                <TableHeaderCell key={m} scope="col">
                  {label(m)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {o.trend.map((p) => (
              <TableRow key={p.month}>
                <TableHeaderCell scope="row">{format.month(p.month)}</TableHeaderCell>
                {p.totals.map((total, i) => (
                  <TableCell key={o.measures[i]}>{atLeast(total)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
        <TableDownload
          fileName={t('steering.signals.trendTitle')}
          rows={o.trend}
          columns={[
            { header: t('steering.month'), value: (p) => p.month },
            ...o.measures.map((m, i) => ({
              header: label(m),
              value: (p: SignalOutcomes['trend'][number]) =>
                p.totals[i]?.partial ? null : (p.totals[i]?.value ?? null),
            })),
          ]}
        />
      </section>
    </>
  );
}
