import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import { useBreakGlass } from '../../api/break-glass';
import { ErrorSummary } from '../../components/form/error-summary';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { hasRole } from '../../components/roles';

const MIN_REASON = 20;

/**
 * Shown when need-to-know refuses the dossier. Care professionals may break the glass: a stated
 * reason opens it read-only for four hours, flagged in the audit log and reviewed by the privacy officer.
 */
export function DossierRefused({ familyId, error }: { familyId: string; error: unknown }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const mayBreakGlass = hasRole(me, 'professional') || hasRole(me, 'team_lead') || hasRole(me, 'consultant');
  const breakGlass = useBreakGlass(familyId);
  const [reason, setReason] = useState('');
  const specs = useMemo(() => {
    const tooShort = t('breakGlass.reasonTooShort');
    return { reason: { label: t('breakGlass.reason'), messages: { required: tooShort, too_small: tooShort } } };
  }, [t]);
  const form = useFormErrors(specs, breakGlass.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (form.check([issue(trimmed.length < MIN_REASON, 'reason', 'too_small')])) breakGlass.mutate(trimmed);
  };
  return (
    <>
      <PageHeading>{t('breakGlass.refusedTitle')}</PageHeading>
      <ProblemAlert error={error} />
      <Paragraph>{t('breakGlass.refusedExplanation')}</Paragraph>
      {mayBreakGlass ? (
        <section className="kt-section" aria-labelledby="break-glass">
          <Heading2 id="break-glass">{t('breakGlass.title')}</Heading2>
          <Paragraph>{t('breakGlass.intro')}</Paragraph>
          <form onSubmit={submit} noValidate className="kt-narrow">
            <ErrorSummary form={form} />
            <ProblemAlert error={form.otherError} />
            <TextareaField
              label={t('breakGlass.reason')}
              description={t('breakGlass.reasonDescription')}
              value={reason}
              onValueChange={setReason}
              {...form.field('reason')}
              required
              rows={4}
            />
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={breakGlass.isPending}
              disabled={breakGlass.isPending}
            >
              {t('breakGlass.submit')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
