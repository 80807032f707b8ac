import { PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { AppLink } from './app-link';
import { LanguageSwitch } from './language-switch';
import { LogoutButton } from './logout-button';
import { MainNav } from './main-nav';

export function SiteHeader({ user }: { user: Me | null }) {
  const { t } = useTranslation();
  return (
    <PageHeader className="kt-header">
      <div className="kt-header__bar">
        <AppLink to={user ? '/' : '/login'} className="kt-brand">
          {t('app.name')}
        </AppLink>
        <div className="kt-header__tools">
          {user ? (
            <Paragraph className="kt-header__user" data-testid="current-user">
              <span className="kt-visually-hidden">{t('nav.signedInAs')} </span>
              {user.displayName}
            </Paragraph>
          ) : null}
          <LanguageSwitch />
          {user ? <LogoutButton /> : null}
        </div>
      </div>
      {user ? <MainNav user={user} /> : null}
    </PageHeader>
  );
}
