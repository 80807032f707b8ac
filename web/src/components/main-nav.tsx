import { NumberBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useInbox } from '../api/inbox';
import type { Me } from '../api/types';
import { NavLink } from './app-link';
import { hasRole } from './roles';

/** The main menu, showing only what the user's roles give access to. */
export function MainNav({ user }: { user: Me }) {
  const { t } = useTranslation();
  return (
    <nav className="utrecht-nav-bar kt-main-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list" role="list">
          <NavLink to="/">{t('nav.home')}</NavLink>
          <NavLink to="/inbox">
            {t('nav.inbox')} <UnreadBadge />
          </NavLink>
          {hasRole(user, 'professional') || hasRole(user, 'team_lead') || hasRole(user, 'consultant') ? (
            <NavLink to="/families" section>
              {t('families.nav')}
            </NavLink>
          ) : null}
          {hasRole(user, 'professional') || hasRole(user, 'team_lead') || hasRole(user, 'signaller') ? (
            <NavLink to="/involvement" section>
              {t('involvement.nav')}
            </NavLink>
          ) : null}
          {hasRole(user, 'coordinator') ? (
            <NavLink to="/buurtgezinnen" section>
              {t('supportFamilies.nav')}
            </NavLink>
          ) : null}
          {hasRole(user, 'policy') ? (
            <NavLink to="/buurtgezinnen-cijfers" section>
              {t('supportFamilies.navFigures')}
            </NavLink>
          ) : null}
          {hasRole(user, 'signaller') ? (
            <NavLink to="/signals/submit" section>
              {t('signals.nav.partner')}
            </NavLink>
          ) : null}
          {hasRole(user, 'professional') || hasRole(user, 'team_lead') ? (
            <NavLink to="/signals/queue" section>
              {t('signals.nav.queue')}
            </NavLink>
          ) : null}
          {hasRole(user, 'team_lead') || hasRole(user, 'policy') ? (
            <NavLink to="/insights/patterns" section>
              {t('insights.nav')}
            </NavLink>
          ) : null}
          <NavLink to="/profile">{t('nav.profile')}</NavLink>
          {hasRole(user, 'admin') ? (
            <NavLink to="/admin" section>
              {t('nav.admin')}
            </NavLink>
          ) : null}
          {hasRole(user, 'privacy_officer') ? (
            <NavLink to="/audit" section>
              {t('nav.audit')}
            </NavLink>
          ) : null}
        </ul>
      </div>
    </nav>
  );
}

function UnreadBadge() {
  const { t } = useTranslation();
  const unread = useInbox().data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <NumberBadge className="kt-unread-badge" data-testid="inbox-unread-count">
      <span aria-hidden="true">{unread}</span>
      <span className="kt-visually-hidden">{t('nav.unread', { count: unread })}</span>
    </NumberBadge>
  );
}
