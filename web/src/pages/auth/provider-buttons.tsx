import { ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOidcProviders } from '../../api/auth';

/** "Inloggen met DigiD" and "Inloggen voor medewerkers", only for the providers this installation has. */
export function ProviderButtons({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const { data } = useOidcProviders();
  if (!data || (!data.citizen && !data.professional)) return null;
  const start = (provider: string) =>
    `/api/auth/oidc/${provider}/start${returnTo === '/' ? '' : `?terug=${encodeURIComponent(returnTo)}`}`;
  return (
    <section className="kt-login-providers">
      {data.citizen ? (
        <>
          <ButtonLink appearance="primary-action-button" href={start('citizen')}>
            {t('auth.oidc.citizen')}
          </ButtonLink>
          <Paragraph>{t('auth.oidc.citizenHint')}</Paragraph>
        </>
      ) : null}
      {data.professional ? (
        <>
          <ButtonLink appearance="secondary-action-button" href={start('professional')}>
            {t('auth.oidc.professional')}
          </ButtonLink>
          <Paragraph>{t('auth.oidc.professionalHint')}</Paragraph>
        </>
      ) : null}
      <Paragraph>{t('auth.oidc.or')}</Paragraph>
    </section>
  );
}
