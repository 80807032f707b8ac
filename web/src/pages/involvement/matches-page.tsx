import { Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMatch, useMatches, type Match as InvolvementMatch } from '../../api/involvement';
import { useFormat } from '../../i18n/format';
import { AppLink } from '../../components/app-link';
import { clientPage } from '../../components/client-page';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { QueryView } from '../../components/query-view';
import { MatchCard } from './match-card';

/** Match cards per page: the API returns up to 200, far too many cards to scroll through. */
export const MATCHES_PAGE_SIZE = 20;

/**
 * The match list: matches I coordinate (follow-up first) and those my organisation is part of, a
 * page at a time. Within each group the API's order holds: open matches newest first, then closed.
 */
export function MatchesPage() {
  const { t } = useTranslation();
  const matches = useMatches();
  const [page, setPage] = useState(1);
  const summary = useRef<HTMLParagraphElement>(null);
  // Matches followed up during this visit keep their place: otherwise the card just acted on would
  // jump behind all other open ones, often onto another page, together with its confirmation.
  const [followedUp, setFollowedUp] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      <PageHeading>{t('involvement.matches.title')}</PageHeading>
      <Paragraph>{t('involvement.matches.intro')}</Paragraph>
      <QueryView query={matches}>
        {(data) => {
          if (data.items.length === 0) return <Paragraph>{t('involvement.matches.empty')}</Paragraph>;
          const open = data.items.filter((m) => m.abilities.recordContact && !m.contactRecordedAt);
          const first = data.items.filter((m) => open.includes(m) || followedUp.has(m.id));
          const rest = data.items.filter((m) => !first.includes(m));
          const shown = clientPage([...first, ...rest], page, MATCHES_PAGE_SIZE);
          return (
            <>
              {/* Focused on a page change (tabIndex -1), so keyboard and screen-reader users start at "21–40 of 200", not at the bottom. */}
              <Paragraph role="status" data-testid="matches-summary" ref={summary} tabIndex={-1}>
                {t('involvement.matches.summary', { count: data.items.length, open: open.length })}
                {shown.total > MATCHES_PAGE_SIZE
                  ? ` ${t('involvement.matches.shown', { from: shown.from, to: shown.to, total: shown.total })}`
                  : ''}
              </Paragraph>
              {shown.items.map((m) => (
                <MatchCard key={m.id} match={m} onRecordingContact={(id) => setFollowedUp((s) => new Set(s).add(id))} />
              ))}
              <Pagination
                page={shown.page}
                pageSize={MATCHES_PAGE_SIZE}
                total={shown.total}
                onPageChange={(next) => {
                  setPage(next);
                  summary.current?.focus();
                }}
              />
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
