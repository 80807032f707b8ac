import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { WEB_MODULES } from '../pages';
import type { NavEntry } from '../web-module';
import { NavLink } from './app-link';
import { hasAnyRole } from './roles';

/** Every module's entries in menu order. */
export const NAV_ENTRIES: readonly NavEntry[] = WEB_MODULES.flatMap((module): readonly NavEntry[] => module.nav).sort(
  (a, b) => a.order - b.order,
);

/** The main menu, showing only what the user's roles give access to: the modules' entries, in their order. */
export function MainNav({ user }: { user: Me }) {
  const { t } = useTranslation();
  return (
    <nav className="utrecht-nav-bar kt-main-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list" role="list">
          {visibleEntries(NAV_ENTRIES, user).map(({ to, label, section, badge: Badge }) => (
            <NavLink key={to} to={to} section={section}>
              {Badge ? (
                <>
                  {/* The key was checked against its module's texts when the module was defined. */}
                  {t(label as never)} <Badge />
                </>
              ) : (
                t(label as never)
              )}
            </NavLink>
          ))}
        </ul>
      </div>
    </nav>
  );
}

export function visibleEntries(entries: readonly NavEntry[], user: Pick<Me, 'roles'>): readonly NavEntry[] {
  return entries.filter((entry) => !entry.roles || hasAnyRole(user, entry.roles));
}
