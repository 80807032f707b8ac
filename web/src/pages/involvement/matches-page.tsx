import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMatch, useMatches } from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { MatchCard } from './match-card';

/** The match list: matches I coordinate (follow-up first) and those my organisation is part of. */
export function MatchesPage() {
  const { t } = useTranslation();
  const matches = useMatches();
  return (
    <>
      <PageHeading>{t('involvement.matches.title')}</PageHeading>
      <Paragraph>{t('involvement.matches.intro')}</Paragraph>
      <QueryView query={matches}>
        {(data) => {
          if (data.items.length === 0) return <Paragraph>{t('involvement.matches.empty')}</Paragraph>;
          const open = data.items.filter((m) => m.abilities.recordContact && !m.contactRecordedAt);
          const rest = data.items.filter((m) => !open.includes(m));
          return (
            <>
              <Paragraph role="status" data-testid="matches-summary">{t('involvement.matches.summary', { count: data.items.length, open: open.length })}</Paragraph>
              {[...open, ...rest].map((m) => <MatchCard key={m.id} match={m} />)}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

export function MatchPage() {
  const { t } = useTranslation();
  const { matchId = '' } = useParams();
  const match = useMatch(matchId);
  return (
    <>
      <PageHeading>{t('involvement.matches.one')}</PageHeading>
      <Paragraph><AppLink to="/involvement/matches">{t('involvement.matches.back')}</AppLink></Paragraph>
      <QueryView query={match}>{(m) => <MatchCard match={m} headingLink={false} />}</QueryView>
    </>
  );
}
