import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { RegistrationForm } from './registration-form';
import { RegistrationsSection } from './registrations-section';

/** The referral index for a registrant: register, and my organisation's registrations. */
export function InvolvementPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('involvement.title')}</PageHeading>
      <Paragraph>
        {t('involvement.intro')} <AppLink to="/involvement/matches">{t('involvement.matches.title')}</AppLink>
      </Paragraph>
      <RegistrationForm />
      <RegistrationsSection />
    </>
  );
}
