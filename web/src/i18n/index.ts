import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeTexts, TEXT_SOURCES } from './resources';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'keukentafel.language';

function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'nl';
  } catch {
    return 'nl';
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}

export function toLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : 'nl';
}

const texts = mergeTexts(TEXT_SOURCES);

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: texts.nl }, en: { translation: texts.en } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

i18n.on('languageChanged', applyLanguage);
applyLanguage(i18n.language);

export { i18n };
