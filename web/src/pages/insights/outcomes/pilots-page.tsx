// Pilots as records of their own (seed 000): where and since when, and the pilot's trajectories against
// the same municipality's other trajectories of the same period.
import '../insights.css';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOutcomes } from '../../../api/outcomes';
import { SelectField } from '../../../components/form/select-field';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { useFormat } from '../../../i18n/format';
import { OutcomeFilters, usePeriodLabel } from './outcome-filters';
import { Definitions, IndicatorBars, IndicatorTable } from './outcome-view';
import { useOutcomeFilters } from './use-outcome-filters';

export function PilotsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { query, municipality, options, update } = useOutcomeFilters('pilot');
  const pilots = (options.data?.pilots ?? []).filter((p) => p.municipalityCode === municipality);
  const pilot = pilots.find((p) => p.id === query.pilot) ?? pilots[0];
  const report = useOutcomes(
    { ...query, scope: 'municipality', code: municipality, groupBy: 'pilot', pilot: pilot?.id ?? '' },
    options.isSuccess && pilot !== undefined,
  );
  const periodLabel = usePeriodLabel();
  return (
    <>
      <PageHeading>{t('outcomes.pilots.title')}</PageHeading>
      <Paragraph lead>{t('outcomes.pilots.intro')}</Paragraph>
      <OutcomeFilters
        query={query}
        municipality={municipality}
        options={options.data}
        update={update}
        show={['municipality', 'period']}
      />
      {pilots.length === 0 && options.isSuccess ? <Paragraph>{t('outcomes.pilots.none')}</Paragraph> : null}
      {pilots.length > 1 ? (
        <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('outcomes.pilots.pick')}>
          <SelectField
            label={t('outcomes.pilots.pilot')}
            value={pilot?.id ?? ''}
            onValueChange={(v) => update('pilot', v)}
            options={pilots.map((p) => ({ value: p.id, label: p.name }))}
          />
        </form>
      ) : null}
      <ProblemAlert error={options.error ?? report.error} />
      {pilot ? (
        <section className="kt-section" aria-labelledby="pilot-about">
          <Heading2 id="pilot-about">{pilot.name}</Heading2>
          <Paragraph>{pilot.description}</Paragraph>
          <Paragraph>{t('outcomes.pilots.since', { date: format.date(pilot.since) })}</Paragraph>
        </section>
      ) : null}
      {report.data && pilot ? (
        <>
          <IndicatorTable
            report={report.data}
            caption={t('outcomes.pilots.caption', { pilot: pilot.name, period: periodLabel(report.data.period) })}
            busy={report.isFetching}
            testId="pilot-table"
          />
          <IndicatorBars report={report.data} indicator="specialised_referral" id="pilot-specialised" />
          <IndicatorBars report={report.data} indicator="time_to_help" id="pilot-time" />
          <Definitions report={report.data} />
        </>
      ) : null}
    </>
  );
}
