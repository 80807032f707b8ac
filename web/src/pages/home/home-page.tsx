import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import { PageHeading } from '../../components/page-heading';
import { hasRole } from '../../components/roles';
import { MyCaseload } from '../caseload/my-caseload';
import { OrganisationCard, TeamCard } from './business-cards';
import { TaskLinks } from './task-links';

/** Your families first (care workers), then who you are here: your home organisation and the teams you work in ("two business cards"). */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const careWorker = hasRole(user, 'professional') || hasRole(user, 'team_lead') || hasRole(user, 'consultant');
  return (
    <>
      <PageHeading>{t('home.title', { name: user.displayName })}</PageHeading>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      {careWorker ? <MyCaseload /> : null}
      <section className="kt-section">
        <Heading2>{t('home.cardsHeading')}</Heading2>
        <div className="kt-cards">
          <OrganisationCard organisation={user.homeOrganisation} />
          {user.teams.map((team) => (
            <TeamCard key={team.id} team={team} />
          ))}
        </div>
        {user.teams.length === 0 ? <Paragraph>{t('home.noTeams')}</Paragraph> : null}
      </section>
      <TaskLinks user={user} />
    </>
  );
}
