import 'i18next';
import type nl from './nl.json';

// Every t('…') key is checked against the Dutch source texts at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
