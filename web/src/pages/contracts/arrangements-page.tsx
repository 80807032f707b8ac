import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useArrangements } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { ArrangementFacts } from './arrangement-facts';
import './contracts.css';

/** Tailored and education-care arrangements (seed 002): school, providers with their share, places used and free. */
export function ArrangementsPage() {
  const { t } = useTranslation();
  const arrangements = useArrangements();
  const items = arrangements.data?.items ?? [];
  return (
    <>
      <PageHeading>{t('contracts.arrangements.title')}</PageHeading>
      <Paragraph>
        <AppLink to="/contracts">{t('contracts.detail.back')}</AppLink>
        {' · '}
        <AppLink to="/contracts/arrangements/new">{t('contracts.arrangements.new')}</AppLink>
      </Paragraph>
      <ProblemAlert error={arrangements.error} />
      {arrangements.isSuccess && items.length === 0 ? <Paragraph>{t('contracts.arrangements.none')}</Paragraph> : null}
      {items.map((a) => (
        <section key={a.id} aria-labelledby={`arr-${a.id}`}>
          <Heading2 id={`arr-${a.id}`}>
            <AppLink to={`/contracts/arrangements/${a.id}`}>{a.name}</AppLink>
          </Heading2>
          <ArrangementFacts a={a} />
        </section>
      ))}
    </>
  );
}
