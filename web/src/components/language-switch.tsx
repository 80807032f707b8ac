import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

/** Offers the other language, named in that language (so "Switch to English" on the Dutch UI). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = useLanguage() === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle-button"
      lang={other}
      aria-label={t('language.switchLabel', { lng: other })}
      onClick={() => void i18n.changeLanguage(other)}
      data-testid="language-switch"
    >
      {t('language.code', { lng: other })}
    </Button>
  );
}
