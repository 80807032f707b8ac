import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import { PageHeading } from '../../components/page-heading';
import { CARE_ROLES, hasAnyRole, hasRole } from '../../components/roles';
import { MyCaseload } from '../caseload/my-caseload';
import { OrganisationCard, TeamCard } from './business-cards';
import { FamilyStart, RoleWork } from './role-work';
import { TaskLinks } from './task-links';

/**
 * Each role's start: its work first (care workers: their families), then who you are here — your home organisation
 * and the teams you work in ("two business cards"). A family account sees only what a family can do.
 */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const onlyFamily = user.roles.length > 0 && user.roles.every((role) => role === 'family');
  if (onlyFamily) {
    return (
      <>
        <PageHeading>{t('home.title', { name: user.displayName })}</PageHeading>
        <FamilyStart />
      </>
    );
  }
  const careWorker = hasAnyRole(user, CARE_ROLES);
  const worksInTeams = careWorker || hasRole(user, 'coordinator');
  return (
    <>
      <PageHeading>{t('home.title', { name: user.displayName })}</PageHeading>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      {careWorker ? <MyCaseload /> : null}
      <RoleWork user={user} />
      <section className="kt-section">
        <Heading2>{t('home.cardsHeading')}</Heading2>
        <div className="kt-cards">
          <OrganisationCard organisation={user.homeOrganisation} />
          {user.teams.map((team) => (
            <TeamCard key={team.id} team={team} />
          ))}
        </div>
        {worksInTeams && user.teams.length === 0 ? <Paragraph>{t('home.noTeams')}</Paragraph> : null}
      </section>
      <TaskLinks user={user} />
    </>
  );
}
