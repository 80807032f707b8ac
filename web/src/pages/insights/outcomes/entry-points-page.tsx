// Entry points compared (seed 000): referred on to specialised care, time from first contact to help,
// repeat use and drop-out — bars with the same figures in a table beside each.
import '../insights.css';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOutcomes, type IndicatorKey } from '../../../api/outcomes';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { OutcomeFilters, usePeriodLabel } from './outcome-filters';
import { Definitions, IndicatorBars, IndicatorTable } from './outcome-view';
import { useOutcomeFilters } from './use-outcome-filters';

const COMPARED: IndicatorKey[] = ['specialised_referral', 'time_to_help', 'repeat_use', 'drop_out'];

export function EntryPointsPage() {
  const { t } = useTranslation();
  const { query, municipality, options, update } = useOutcomeFilters('entry_point');
  const report = useOutcomes({ ...query, groupBy: 'entry_point', entryPoint: '' }, options.isSuccess);
  const periodLabel = usePeriodLabel();
  return (
    <>
      <PageHeading>{t('outcomes.entry.title')}</PageHeading>
      <Paragraph lead>{t('outcomes.entry.intro')}</Paragraph>
      <OutcomeFilters
        query={query}
        municipality={municipality}
        options={options.data}
        update={update}
        show={['scope', 'municipality', 'period', 'team', 'level']}
      />
      <ProblemAlert error={options.error ?? report.error} />
      {report.data ? (
        <>
          <IndicatorTable
            report={report.data}
            indicators={COMPARED}
            caption={t('outcomes.entry.caption', { name: report.data.name, period: periodLabel(report.data.period) })}
            busy={report.isFetching}
            testId="entry-table"
          />
          {COMPARED.map((k) => (
            <IndicatorBars key={k} report={report.data} indicator={k} id={`entry-${k}`} />
          ))}
          <Definitions report={report.data} indicators={COMPARED} />
        </>
      ) : null}
    </>
  );
}
