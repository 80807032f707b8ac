import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakGlassReview } from '../../api/audit';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';

type Outcome = BreakGlassReview['outcome'];

interface BreakGlassReviewFormProps {
  accessId: string;
  pending: boolean;
  error: unknown;
  onSubmit: (review: BreakGlassReview) => void;
}

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const outcome = t('audit.breakGlass.outcomeRequired');
    return {
      outcome: { label: t('audit.breakGlass.outcome'), messages: { required: outcome, invalid_enum: outcome } },
      note: {
        label: t('audit.breakGlass.note'),
        messages: { required: t('audit.breakGlass.noteRequired'), too_big: t('audit.breakGlass.noteTooLong') },
      },
    };
  }, [t]);
}

export function BreakGlassReviewForm({ accessId, pending, error, onSubmit }: BreakGlassReviewFormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const form = useFormErrors(useSpecs(), error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check([issue(outcome === '', 'outcome'), issue(!note.trim(), 'note')]);
    if (ok && outcome !== '') onSubmit({ outcome, note: note.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <RadioGroup<Outcome>
        legend={t('audit.breakGlass.outcome')}
        name={`outcome-${accessId}`}
        value={outcome}
        onValueChange={setOutcome}
        options={[
          { value: 'justified', label: t('audit.breakGlass.justified') },
          { value: 'unjustified', label: t('audit.breakGlass.unjustified') },
        ]}
        {...form.field('outcome')}
      />
      <TextareaField
        label={t('audit.breakGlass.note')}
        description={t('audit.breakGlass.noteDescription')}
        value={note}
        onValueChange={setNote}
        rows={3}
        required
        {...form.field('note')}
      />
      <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
        {t('audit.breakGlass.submit')}
      </Button>
    </form>
  );
}
