// The outcome dashboard: a municipality or the region, a period, filters; every indicator per group in
// one table (with its download), bars for the indicator one picks, and what each figure means.
import '../insights.css';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { useOutcomes, type IndicatorKey } from '../../../api/outcomes';
import { SelectField } from '../../../components/form/select-field';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCurrentUser } from '../../../api/auth';
import { OutcomeFilters, usePeriodLabel } from './outcome-filters';
import { ALL_INDICATORS, Definitions, IndicatorBars, IndicatorTable } from './outcome-view';
import { useOutcomeFilters } from './use-outcome-filters';

export function OutcomesPage() {
  const { t } = useTranslation();
  const roles = useCurrentUser().roles;
  const { query, municipality, options, update } = useOutcomeFilters();
  const report = useOutcomes(query, options.isSuccess);
  const periodLabel = usePeriodLabel();
  const [indicator, setIndicator] = useState<IndicatorKey>('drop_out');
  const steering = roles.includes('policy') || roles.includes('team_lead');
  const contracts = roles.includes('contract_manager') || roles.includes('provider') || roles.includes('policy');
  return (
    <>
      <PageHeading>{t('outcomes.title')}</PageHeading>
      <Paragraph lead>{t('outcomes.intro')}</Paragraph>
      <nav aria-label={t('outcomes.subnav')} className="kt-inline-links">
        {steering ? (
          <>
            <AppLink to="/insights/entry-points">{t('outcomes.entry.nav')}</AppLink> ·{' '}
            <AppLink to="/insights/pilots">{t('outcomes.pilots.nav')}</AppLink>
          </>
        ) : null}
        {contracts ? (
          <>
            {steering ? ' · ' : ''}
            <AppLink to="/insights/contract-outcomes">{t('outcomes.contracts.nav')}</AppLink>
          </>
        ) : null}
        {steering || roles.includes('contract_manager') ? (
          <>
            {' · '}
            <AppLink to="/insights/outcome-settings">{t('outcomes.settings.nav')}</AppLink>
          </>
        ) : null}
      </nav>
      <OutcomeFilters query={query} municipality={municipality} options={options.data} update={update} />
      <ProblemAlert error={options.error ?? report.error} />
      {report.data ? (
        <>
          <IndicatorTable
            report={report.data}
            caption={t('outcomes.caption', { name: report.data.name, period: periodLabel(report.data.period) })}
            busy={report.isFetching}
            testId="outcome-table"
          />
          <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('outcomes.chartPick')}>
            <SelectField
              label={t('outcomes.chartIndicator')}
              value={indicator}
              onValueChange={(v) => setIndicator(v as IndicatorKey)}
              options={ALL_INDICATORS.map((k) => ({ value: k, label: t(`outcomes.indicators.${k}`) }))}
            />
          </form>
          <IndicatorBars report={report.data} indicator={indicator} id="outcome-bars" />
          <Definitions report={report.data} />
        </>
      ) : null}
    </>
  );
}
