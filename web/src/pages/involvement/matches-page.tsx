import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MATCH_SORTS, useMatch, useMatches, type Match as InvolvementMatch } from '../../api/involvement';
import { useFormat } from '../../i18n/format';
import { AppLink } from '../../components/app-link';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { MatchCard } from './match-card';

/** Match cards per page: a card is tall, so fewer than a table's rows. */
export const MATCHES_PAGE_SIZE = 20;

/**
 * The match list, paged and searched on the server with the real count: by default the matches
 * awaiting my follow-up first, then open matches newest first, then closed ones. A match followed up
 * during this visit keeps its place (the list takes the update in place: api/involvement.ts).
 */
export function MatchesPage() {
  const { t } = useTranslation();
  const list = useListState(MATCH_SORTS, { pageSize: MATCHES_PAGE_SIZE });
  const matches = useMatches({ page: list.page, pageSize: list.pageSize, sort: list.sort, q: list.q });
  return (
    <>
      <PageHeading>{t('involvement.matches.title')}</PageHeading>
      <Paragraph>{t('involvement.matches.intro')}</Paragraph>
      <QueryView query={matches}>
        {(data) =>
          data.total === 0 && !list.q && !list.input ? (
            <Paragraph>{t('involvement.matches.empty')}</Paragraph>
          ) : (
            <>
              <ListToolbar
                state={list}
                label={t('involvement.matches.title')}
                searchLabel={t('involvement.matches.search')}
                sorts={MATCH_SORTS.map((value) => ({ value, label: t(`involvement.matches.sorts.${value}`) }))}
              />
              <Paragraph role="status" data-testid="matches-summary">
                {data.total === 0
                  ? t('involvement.matches.noMatch')
                  : t('involvement.matches.summary', { count: data.total, open: data.awaitingMe })}
              </Paragraph>
              {data.items.map((m) => (
                <MatchCard key={m.id} match={m} />
              ))}
              <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
            </>
          )
        }
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
      <Paragraph>
        <AppLink to="/involvement/matches">{t('involvement.matches.back')}</AppLink>
      </Paragraph>
      <QueryView query={match}>
        {(m) => (
          <>
            <MatchChild child={m.child} />
            <MatchCard match={m} headingLink={false} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** Which young person the match is about: name and dossier where the reader works with the family. */
function MatchChild({ child }: { child: InvolvementMatch['child'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!child) return <Paragraph data-testid="match-child">{t('involvement.matches.aboutUnknown')}</Paragraph>;
  const date = child.birthDate ? format.date(child.birthDate) : null;
  if (child.name && child.familyReference && child.familyId) {
    const text = date
      ? t('involvement.matches.aboutNamedBorn', { name: child.name, reference: child.familyReference, date })
      : t('involvement.matches.aboutNamed', { name: child.name, reference: child.familyReference });
    return (
      <Paragraph data-testid="match-child">
        <AppLink to={`/families/${child.familyId}`}>{text}</AppLink>
      </Paragraph>
    );
  }
  return <Paragraph data-testid="match-child">{t('involvement.matches.aboutBorn', { date })}</Paragraph>;
}
