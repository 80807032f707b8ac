import { ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import './family-rights.css';

/** Plain download links: the browser sends the session cookie; the URLs name nothing personal. */
export function DataPage() {
  const { t } = useTranslation();
  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.data.title')}</PageHeading>
      <Paragraph>{t('familyRights.data.intro')}</Paragraph>
      <Paragraph>
        <ButtonLink appearance="primary-action-button" href="/api/family-rights/export.pdf" download>
          {t('familyRights.data.pdf')}
        </ButtonLink>
      </Paragraph>
      <Paragraph>
        <ButtonLink appearance="secondary-action-button" href="/api/family-rights/export.json" download>
          {t('familyRights.data.json')}
        </ButtonLink>
      </Paragraph>
      <Paragraph>{t('familyRights.data.careful')}</Paragraph>
    </div>
  );
}
