import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { usePortalMe } from '../../api/portal';
import { NavLink } from '../../components/app-link';

/**
 * The portal's own menu, phone-first. The family-rights pages (own statement, consent, correction and
 * deletion requests, data download, "who looked at my file", messages) add their entries to PORTAL_NAV.
 */
export const PORTAL_NAV = [
  { to: '/mijn', label: 'portal.nav.start', end: true },
  { to: '/mijn/plan', label: 'portal.nav.plan' },
  { to: '/mijn/gesprekken', label: 'portal.nav.meetings' },
  { to: '/mijn/team', label: 'portal.nav.team' },
  { to: '/mijn/zorg', label: 'portal.nav.care' },
  { to: '/mijn/tijdlijn', label: 'portal.nav.timeline' },
  // ← the family-rights pages (issue 15 items 4–7) go here.
] as const;

export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <div className="kt-portal">
      <nav className="kt-sub-nav kt-portal-nav" aria-label={t('portal.nav.label')}>
        <ul className="utrecht-nav-list" role="list">
          {PORTAL_NAV.map((entry) => (
            <NavLink key={entry.to} to={entry.to} section={!('end' in entry)}>
              {t(entry.label)}
            </NavLink>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

/** The family this login belongs to (a login normally has one). */
export function usePortalFamily() {
  const me = usePortalMe();
  const first = me.data?.families[0];
  return { me, familyId: first?.familyId ?? '', viewer: first };
}
