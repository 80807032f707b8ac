import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOpenBreakGlassAccesses, useReviewBreakGlass, type BreakGlassAccess } from '../../api/audit';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { BreakGlassReviewForm } from './break-glass-review-form';

/** Emergency ("break the glass") accesses still waiting for the privacy officer's judgement. */
export function BreakGlassReviews() {
  const { t } = useTranslation();
  const accesses = useOpenBreakGlassAccesses();
  // Owned here, not by the form: a reviewed access leaves the list and its form unmounts.
  const review = useReviewBreakGlass();
  return (
    <section className="kt-section">
      <Heading2>{t('audit.breakGlass.heading')}</Heading2>
      <Paragraph role="status" className="kt-status-line">
        {review.isSuccess ? t('audit.breakGlass.reviewed') : ''}
      </Paragraph>
      <QueryView query={accesses}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('audit.breakGlass.none')}</Paragraph>
          ) : (
            items.map((access) => <BreakGlassItem key={access.id} access={access} review={review} />)
          )
        }
      </QueryView>
    </section>
  );
}

function BreakGlassItem({
  access,
  review,
}: {
  access: BreakGlassAccess;
  review: ReturnType<typeof useReviewBreakGlass>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `break-glass-${access.id}`;
  const forThisAccess = review.variables?.accessId === access.id;
  return (
    <article className="kt-card kt-card--wide" aria-labelledby={headingId} data-testid={`break-glass-${access.id}`}>
      <Heading3 id={headingId}>
        {t('audit.breakGlass.itemHeading', { username: access.username, family: access.familyReference })}
      </Heading3>
      <Paragraph>
        {t('audit.breakGlass.period', {
          opened: format.dateTime(access.openedAt),
          expires: format.dateTime(access.expiresAt),
        })}
      </Paragraph>
      <Paragraph>{t('audit.breakGlass.reason', { reason: access.reason })}</Paragraph>
      <BreakGlassReviewForm
        accessId={access.id}
        pending={forThisAccess && review.isPending}
        error={forThisAccess ? review.error : null}
        onSubmit={(values) => review.mutate({ accessId: access.id, ...values })}
      />
    </article>
  );
}
