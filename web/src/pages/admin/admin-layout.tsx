import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { NavLink } from '../../components/app-link';

/** The admin pages share a second menu for the parts of functional administration. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <>
      <nav className="kt-sub-nav" aria-label={t('admin.nav.label')}>
        <ul className="utrecht-nav-list" role="list">
          <NavLink to="/admin/users" section>
            {t('admin.nav.users')}
          </NavLink>
          <NavLink to="/admin/teams" section>
            {t('admin.nav.teams')}
          </NavLink>
          <NavLink to="/admin/organisations">{t('admin.nav.organisations')}</NavLink>
          <NavLink to="/admin/security">{t('admin.nav.security')}</NavLink>
          <NavLink to="/admin/outbox">{t('admin.nav.outbox')}</NavLink>
          <NavLink to="/admin/api-keys">{t('involvement.admin.navKeys')}</NavLink>
          <NavLink to="/admin/match-coordinators">{t('involvement.admin.navCoordinators')}</NavLink>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
