// Names of codes the learning pages show: an indicator key's and an entry kind's text in the reader's language.
import { useTranslation } from 'react-i18next';

export function useIndicatorLabel(): (key: string) => string {
  const { t } = useTranslation();
  return (key) => t(`learning.indicators.${key}` as 'learning.indicators.drop_out', { defaultValue: key });
}

/** The form texts for the server's refusal of personal data, per kind (`personal_data_bsn` …). */
export function usePersonalDataMessages(): Record<string, string> {
  const { t } = useTranslation();
  return {
    personal_data_bsn: t('learning.personalData.bsn'),
    personal_data_email: t('learning.personalData.email'),
    personal_data_phone: t('learning.personalData.phone'),
    personal_data_birth_date: t('learning.personalData.birthDate'),
  };
}
