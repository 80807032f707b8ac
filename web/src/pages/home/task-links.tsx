import { Heading2, LinkList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { AppLink } from '../../components/app-link';
import { hasRole } from '../../components/roles';

/** Where this user can go next, limited to what their roles allow. */
export function TaskLinks({ user }: { user: Me }) {
  const { t } = useTranslation();
  const links = [
    { to: '/inbox', label: t('home.links.inbox') },
    { to: '/profile', label: t('home.links.profile') },
    ...(hasRole(user, 'team_lead')
      ? user.teams
          .filter((team) => team.isLead)
          .map((team) => ({ to: `/teams/${team.id}/caseload`, label: t('caseload.team.link', { team: team.name }) }))
      : []),
  ];
  return (
    <section className="kt-section">
      <Heading2>{t('home.tasksHeading')}</Heading2>
      <LinkList>
        {links.map((link) => (
          <li key={link.to} className="utrecht-link-list__item">
            <AppLink to={link.to} className="utrecht-link-list__link">
              {link.label}
            </AppLink>
          </li>
        ))}
      </LinkList>
    </section>
  );
}
