import { useMemo } from 'react';
import { formatIn, type Format } from '../format';
import { useLanguage } from './use-language';

export { formatFor, formatIn, type Format } from '../format';

/** The app's formatters (web/src/format.ts) in the reader's language. */
export function useFormat(): Format {
  const language = useLanguage();
  return useMemo(() => formatIn(language), [language]);
}
