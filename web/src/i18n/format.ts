import { useMemo } from 'react';
import type { Language } from './index';
import { useLanguage } from './use-language';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Dates and times in one language, always in the Dutch time zone the data is about. */
export function formatFor(language: Language) {
  const locale = LOCALES[language];
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    number: (value: number) => value.toLocaleString(locale),
  };
}

/** Dates and times in the reader's language. */
export function useFormat() {
  const language = useLanguage();
  return useMemo(() => formatFor(language), [language]);
}
