import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useArrangements } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** Tailored and education-care arrangements (seed 002): school, providers with their share, capacity, cost model. */
export function ArrangementsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const arrangements = useArrangements();
  const items = arrangements.data?.items ?? [];
  return (
    <>
      <PageHeading>{t('contracts.arrangements.title')}</PageHeading>
      <Paragraph>
        <AppLink to="/contracts">{t('contracts.detail.back')}</AppLink>
      </Paragraph>
      <ProblemAlert error={arrangements.error} />
      {arrangements.isSuccess && items.length === 0 ? <Paragraph>{t('contracts.arrangements.none')}</Paragraph> : null}
      {items.map((a) => (
        <section key={a.id} aria-labelledby={`arr-${a.id}`}>
          <Heading2 id={`arr-${a.id}`}>{a.name}</Heading2>
          <dl className="kt-facts">
            <dt>{t('contracts.arrangements.school')}</dt>
            <dd>{a.schoolName}</dd>
            <dt>{t('contracts.arrangements.capacity')}</dt>
            <dd>{t('contracts.arrangements.placed', { placed: a.placed, capacity: a.capacity })}</dd>
            <dt>{t('contracts.arrangements.providers')}</dt>
            <dd>{format.list(a.providers.map((p) => `${p.name} (${format.percent(p.costSharePct)})`))}</dd>
            <dt>{t('contracts.arrangements.annualCost')}</dt>
            <dd>{format.money(a.annualCostCents)}</dd>
            <dt>{t('contracts.fields.period')}</dt>
            <dd>
              {format.date(a.startsOn)} – {a.endsOn ? format.date(a.endsOn) : t('contracts.openEnded')}
            </dd>
            <dt>{t('contracts.arrangements.costModel')}</dt>
            <dd>{a.costModel}</dd>
          </dl>
        </section>
      ))}
    </>
  );
}
