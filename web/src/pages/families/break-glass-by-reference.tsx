import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useBreakGlassByReference } from '../../api/break-glass';
import { ErrorSummary } from '../../components/form/error-summary';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';

const MIN_REASON = 20;
const REFERENCE = /^G-[A-Z0-9-]{3,30}$/;

/**
 * Break the glass from the family search: the search shows only one's own families, so a family outside them is
 * named by its dossier number. Folded away by default: it is for emergencies only.
 */
export function BreakGlassByReference() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const breakGlass = useBreakGlassByReference();
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const specs = useMemo(() => {
    const tooShort = t('breakGlass.reasonTooShort');
    const badReference = t('breakGlass.referenceInvalid');
    return {
      familyReference: {
        label: t('breakGlass.reference'),
        messages: { required: badReference, invalid_format: badReference, too_small: badReference },
      },
      reason: { label: t('breakGlass.reason'), messages: { required: tooShort, too_small: tooShort } },
    };
  }, [t]);
  const form = useFormErrors(specs, breakGlass.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const familyReference = reference.trim().toUpperCase();
    const trimmed = reason.trim();
    const valid = form.check([
      issue(!REFERENCE.test(familyReference), 'familyReference', 'invalid_format'),
      issue(trimmed.length < MIN_REASON, 'reason', 'too_small'),
    ]);
    if (!valid) return;
    breakGlass.mutate(
      { familyReference, reason: trimmed },
      { onSuccess: (grant) => void navigate(`/families/${grant.familyId}`) },
    );
  };
  return (
    <details className="kt-section kt-details" data-testid="break-glass-by-reference">
      <summary>{t('breakGlass.fromSearch')}</summary>
      <Heading2>{t('breakGlass.title')}</Heading2>
      <Paragraph>{t('breakGlass.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="kt-narrow">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TextField
          label={t('breakGlass.reference')}
          description={t('breakGlass.referenceDescription')}
          autoComplete="off"
          value={reference}
          onValueChange={setReference}
          {...form.field('familyReference')}
          required
        />
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
    </details>
  );
}
