import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth';
import { AppLink } from '../components/app-link';
import { PageHeading } from '../components/page-heading';
import { roleLabel } from '../i18n/code-labels';

/** A page of another role's work, opened by a link or a typed address: say so plainly, point to the start page. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const roles = (user?.roles ?? []).map((role) => roleLabel(t, role).toLowerCase()).join(', ');
  return (
    <div data-testid="not-for-your-role">
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <Paragraph>{t('forbidden.body', { roles })}</Paragraph>
      <Paragraph>{t('forbidden.next')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </div>
  );
}
