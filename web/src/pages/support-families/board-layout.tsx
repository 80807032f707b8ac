// The coordinator's board: one sub-menu over requests, support families, the overall proposal,
// matches, reminders, figures and settings.
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { NavLink } from '../../components/app-link';
import './support-families.css';

const SECTIONS = [
  ['aanvragen', 'requests'],
  ['steungezinnen', 'families'],
  ['voorstel', 'proposal'],
  ['koppelingen', 'matches'],
  ['herinneringen', 'reminders'],
  ['cijfers', 'figures'],
  ['instellingen', 'settings'],
] as const;

export function BoardLayout() {
  const { t } = useTranslation();
  return (
    <>
      <nav className="utrecht-nav-bar kt-sub-nav" aria-label={t('supportFamilies.board.nav')}>
        <div className="utrecht-nav-bar__content">
          <ul className="utrecht-nav-list" role="list">
            {SECTIONS.map(([path, key]) => (
              <NavLink key={path} to={`/buurtgezinnen/${path}`} section>
                {t(`supportFamilies.board.${key}`)}
              </NavLink>
            ))}
          </ul>
        </div>
      </nav>
      <Outlet />
    </>
  );
}
