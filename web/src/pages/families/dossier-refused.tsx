import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import { useBreakGlass } from '../../api/break-glass';
import { TextareaField } from '../../components/form/textarea-field';
import { PageHeading } from '../../components/page-heading';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
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
  const [tooShort, setTooShort] = useState(false);
  const fieldError = fieldErrorsOf(breakGlass.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    setTooShort(trimmed.length < MIN_REASON);
    if (trimmed.length >= MIN_REASON) breakGlass.mutate(trimmed);
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
            <ProblemAlert error={breakGlass.error} fieldsShownInline={['reason']} />
            <TextareaField
              label={t('breakGlass.reason')}
              description={t('breakGlass.reasonDescription')}
              value={reason}
              onValueChange={setReason}
              error={tooShort ? t('breakGlass.reasonTooShort') : fieldError('reason')}
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
