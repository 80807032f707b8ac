import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonAppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';

const REASONS = [
  'no_family',
  'too_young',
  'unknown_professional',
  'inactive',
  'cancelled',
  'invalid_response',
  'provider_error',
] as const;

/** Where a DigiD or staff-IdP login that did not end in a session lands: what happened and what to do. */
export function LoginFailedPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const given = params.get('reden');
  const reason = REASONS.find((r) => r === given) ?? 'invalid_response';
  return (
    <div className="kt-narrow">
      <PageHeading>{t('auth.oidc.failed.title')}</PageHeading>
      <Paragraph>{t(`auth.oidc.failed.reasons.${reason}`)}</Paragraph>
      <ButtonAppLink to="/login" appearance="primary-action-button">
        {t('auth.oidc.failed.again')}
      </ButtonAppLink>
    </div>
  );
}
