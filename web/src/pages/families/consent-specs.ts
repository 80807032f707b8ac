// The consent forms' fields: a label for the error summary and a text that says what to do, also
// for the server's own codes (a giver outside the household, a withdrawal before the consent).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpecs } from '../../components/form/field-messages';

export function useConsentSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const all = (text: string, ...codes: string[]) =>
      Object.fromEntries(
        ['required', 'too_small', 'too_big', 'invalid_format', 'invalid_type', 'custom', 'other', ...codes].map((k) => [
          k,
          text,
        ]),
      );
    return {
      organisationId: {
        label: t('families.dossier.consentOrganisation'),
        messages: all(t('families.consentErrors.organisation'), 'unknown_reference'),
      },
      scopes: { label: t('families.dossier.consentScopes'), messages: all(t('families.consentErrors.scopes')) },
      givenByPersonIds: {
        label: t('families.dossier.consentGivers'),
        messages: all(t('families.consentErrors.givers'), 'consent_giver_not_in_family'),
      },
      givenOn: {
        label: t('families.dossier.consentGivenOn'),
        messages: all(t('families.consentErrors.givenOn'), 'in_future'),
      },
      withdrawnOn: {
        label: t('families.consentWithdrawal.withdrawnOn'),
        messages: all(t('families.consentErrors.withdrawnOn'), 'not', 'in_future', 'withdrawn_before_given'),
      },
      note: { label: t('families.consentWithdrawal.note'), messages: all(t('families.consentErrors.note')) },
    };
  }, [t]);
}
