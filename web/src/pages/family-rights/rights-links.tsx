// The family's rights pages link to each other with a plain list; the lead joins it with the portal's /mijn menu.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '../../components/app-link';

const LINKS = [
  ['/mijn/verklaring', 'statement'],
  ['/mijn/toestemming', 'consent'],
  ['/mijn/verzoeken', 'requests'],
  ['/mijn/wie-keek', 'whoLooked'],
  ['/mijn/gegevens', 'data'],
  ['/mijn/berichten', 'messages'],
] as const;

export function RightsLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('familyRights.navLabel')} className="kt-rights-links">
      <ul>
        {LINKS.map(([to, key]) => (
          <li key={to}>
            <AppLink to={to} {...(pathname === to ? { 'aria-current': 'page' as const } : {})}>
              {t(`familyRights.links.${key}`)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A YYYY-MM-DD date as a Date at noon UTC, so it formats as that day everywhere. */
export const day = (date: string) => `${date}T12:00:00Z`;
