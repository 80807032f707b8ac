import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOpenBreakGlassAccesses, useReviewBreakGlass } from '../../api/audit';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { BreakGlassReviewForm } from './break-glass-review-form';

/** One emergency access and its review form, on its own page (linked from the inbox and the audit log). */
export function BreakGlassReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { accessId = '' } = useParams();
  const accesses = useOpenBreakGlassAccesses();
  const review = useReviewBreakGlass();
  const back = (
    <Paragraph>
      <AppLink to="/audit">{t('audit.breakGlass.back')}</AppLink>
    </Paragraph>
  );
  if (review.isSuccess) {
    return (
      <>
        <PageHeading>{t('audit.breakGlass.pageTitle')}</PageHeading>
        <Alert type="ok" role="status">
          <Paragraph>{t('audit.breakGlass.reviewed')}</Paragraph>
        </Alert>
        {back}
      </>
    );
  }
  return (
    <QueryView query={accesses}>
      {({ items }) => {
        const access = items.find((item) => item.id === accessId);
        if (!access) {
          return (
            <>
              <PageHeading>{t('audit.breakGlass.pageTitle')}</PageHeading>
              <Paragraph>{t('audit.breakGlass.notOpen')}</Paragraph>
              {back}
            </>
          );
        }
        return (
          <>
            <PageHeading>
              {t('audit.breakGlass.itemHeading', { name: access.userName, family: access.familyReference })}
            </PageHeading>
            {back}
            <dl className="kt-inline-dl" data-testid={`break-glass-${access.id}`}>
              <dt>{t('audit.breakGlass.who')}</dt>
              <dd>
                {access.userName} ({access.username})
              </dd>
              <dt>{t('audit.breakGlass.dossier')}</dt>
              <dd>{access.familyReference}</dd>
              <dt>{t('audit.breakGlass.opened')}</dt>
              <dd>{format.dateTime(access.openedAt)}</dd>
              <dt>{t('audit.breakGlass.expires')}</dt>
              <dd>{format.dateTime(access.expiresAt)}</dd>
              <dt>{t('audit.breakGlass.givenReason')}</dt>
              <dd>{access.reason}</dd>
            </dl>
            <Paragraph>
              <AppLink to={`/audit?clientRef=${encodeURIComponent(access.familyReference)}&emergency=true`}>
                {t('audit.breakGlass.seeLog')}
              </AppLink>
            </Paragraph>
            <BreakGlassReviewForm
              accessId={access.id}
              pending={review.isPending}
              error={review.error}
              onSubmit={(values) => review.mutate({ accessId: access.id, ...values })}
            />
          </>
        );
      }}
    </QueryView>
  );
}
