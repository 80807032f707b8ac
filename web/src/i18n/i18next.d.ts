import 'i18next';
import type { AppTexts } from './resources';

// Every t('…') key is checked against the Dutch source texts (shared and every module's) at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppTexts };
  }
}
