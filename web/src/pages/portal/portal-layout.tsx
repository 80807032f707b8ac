import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { usePortalMe } from '../../api/portal';
import { NavLink } from '../../components/app-link';

/** The portal's own menu, phone-first: the family's file, then (a second list) the family's rights. */
export const PORTAL_NAV = [
  { to: '/mijn', label: 'portal.nav.start', end: true },
  { to: '/mijn/plan', label: 'portal.nav.plan' },
  { to: '/mijn/gesprekken', label: 'portal.nav.meetings' },
  { to: '/mijn/team', label: 'portal.nav.team' },
  { to: '/mijn/zorg', label: 'portal.nav.care' },
  { to: '/mijn/tijdlijn', label: 'portal.nav.timeline' },
  { to: '/mijn/berichten', label: 'portal.nav.messages' },
] as const;

/**
 * The family-rights pages (web/src/pages/family-rights, rendered in this layout): a statement of one's
 * own (Jeugdwet 7.3.8), consent (7.3.4), correction or deletion (7.3.9), who looked at my file
 * (NEN 7513) and all my data (7.3.10).
 */
export const RIGHTS_NAV = [
  { to: '/mijn/verklaring', label: 'portal.nav.statement' },
  { to: '/mijn/toestemming', label: 'portal.nav.consent' },
  { to: '/mijn/verzoeken', label: 'portal.nav.requests' },
  { to: '/mijn/wie-keek', label: 'portal.nav.whoLooked' },
  { to: '/mijn/gegevens', label: 'portal.nav.data' },
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
        <p className="kt-portal-nav__group" id="kt-portal-nav-rights">
          {t('portal.nav.rights')}
        </p>
        <ul className="utrecht-nav-list" role="list" aria-labelledby="kt-portal-nav-rights">
          {RIGHTS_NAV.map((entry) => (
            <NavLink key={entry.to} to={entry.to} section>
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
