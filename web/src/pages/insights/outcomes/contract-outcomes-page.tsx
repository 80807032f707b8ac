// The contract manager's view (seed 002): each provider's indicators against the outcome criteria
// agreed in its contracts — met, not met, or unknown (hidden or not measured). A provider sees its own.
import '../insights.css';
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
import { useContractOutcomes, type ContractOutcomes } from '../../../api/outcomes';
import { DataTable } from '../../../components/data-table';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { TableDownload } from '../../../components/table-download';
import { useFormat } from '../../../i18n/format';
import { OutcomeFilters, usePeriodLabel } from './outcome-filters';
import { Definitions, figureOf, IndicatorTable, useFigureText } from './outcome-view';
import { useOutcomeFilters } from './use-outcome-filters';

type Criterion = ContractOutcomes['criteria'][number];

export function ContractOutcomesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useFigureText();
  const { query, municipality, options, update } = useOutcomeFilters('provider');
  const data = useContractOutcomes({ scope: query.scope, code: query.code, period: query.period });
  const periodLabel = usePeriodLabel();
  const report = data.data?.report;
  const providerName = (id: string) =>
    report?.rows.find((r) => r.key === id)?.label ?? options.data?.providers.find((p) => p.id === id)?.name ?? '';
  const measured = (c: Criterion) => {
    const row = report?.rows.find((r) => r.key === c.providerId);
    const f = row ? figureOf(row, c.indicator) : undefined;
    return f && report ? text.value(report, c.indicator, f) : t('outcomes.hidden');
  };
  const target = (c: Criterion) =>
    t(`outcomes.contracts.${c.comparison}`, {
      value: c.indicator === 'satisfaction' ? format.decimal(c.target, 1) : format.percent(c.target),
    });
  const caption = t('outcomes.contracts.caption', { period: periodLabel(query.period) });
  return (
    <>
      <PageHeading>{t('outcomes.contracts.title')}</PageHeading>
      <Paragraph lead>{t('outcomes.contracts.intro')}</Paragraph>
      <OutcomeFilters
        query={query}
        municipality={municipality}
        options={options.data}
        update={update}
        show={['scope', 'municipality', 'period']}
      />
      <ProblemAlert error={options.error ?? data.error} />
      {data.data && report ? (
        <>
          <section className="kt-section" aria-labelledby="criteria-title">
            <Heading2 id="criteria-title">{t('outcomes.contracts.criteriaTitle')}</Heading2>
            <DataTable caption={caption} busy={data.isFetching} wide testId="criteria-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('outcomes.contracts.provider')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('outcomes.contracts.contract')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('outcomes.contracts.indicator')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('outcomes.contracts.target')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('outcomes.contracts.measured')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('outcomes.contracts.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.data.criteria.map((c) => (
                  <TableRow key={`${c.contractReference}-${c.indicator}-${c.providerId}`}>
                    <TableHeaderCell scope="row">{providerName(c.providerId)}</TableHeaderCell>
                    <TableCell data-label={t('outcomes.contracts.contract')}>{c.contractReference}</TableCell>
                    <TableCell data-label={t('outcomes.contracts.indicator')}>
                      {t(`outcomes.indicators.${c.indicator}`)}
                    </TableCell>
                    <TableCell data-label={t('outcomes.contracts.target')}>{target(c)}</TableCell>
                    <TableCell data-label={t('outcomes.contracts.measured')}>{measured(c)}</TableCell>
                    <TableCell data-label={t('outcomes.contracts.status')}>
                      {t(`outcomes.contracts.statuses.${c.status}`)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
            <TableDownload
              fileName={caption}
              columns={[
                { header: t('outcomes.contracts.provider'), value: (c: Criterion) => providerName(c.providerId) },
                { header: t('outcomes.contracts.contract'), value: (c: Criterion) => c.contractReference },
                {
                  header: t('outcomes.contracts.indicator'),
                  value: (c: Criterion) => t(`outcomes.indicators.${c.indicator}`),
                },
                { header: t('outcomes.contracts.target'), value: (c: Criterion) => target(c) },
                { header: t('outcomes.contracts.measured'), value: (c: Criterion) => measured(c) },
                {
                  header: t('outcomes.contracts.status'),
                  value: (c: Criterion) => t(`outcomes.contracts.statuses.${c.status}`),
                },
              ]}
              rows={data.data.criteria}
            />
          </section>
          <IndicatorTable
            report={report}
            caption={t('outcomes.contracts.providersCaption', { period: periodLabel(query.period) })}
            busy={data.isFetching}
          />
          <Definitions report={report} />
        </>
      ) : null}
    </>
  );
}
