import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakGlassReview } from '../../api/audit';
import { RadioGroup } from '../../components/form/radio-group';
import { TextareaField } from '../../components/form/textarea-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';

type Outcome = BreakGlassReview['outcome'];

interface BreakGlassReviewFormProps {
  accessId: string;
  pending: boolean;
  error: unknown;
  onSubmit: (review: BreakGlassReview) => void;
}

export function BreakGlassReviewForm({ accessId, pending, error, onSubmit }: BreakGlassReviewFormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [outcomeMissing, setOutcomeMissing] = useState(false);
  const fieldError = fieldErrorsOf(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcomeMissing(outcome === '');
    if (outcome !== '') onSubmit({ outcome, note: note.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert error={error} fieldsShownInline={['outcome', 'note']} />
      <RadioGroup<Outcome>
        legend={t('audit.breakGlass.outcome')}
        name={`outcome-${accessId}`}
        value={outcome}
        onValueChange={(value) => {
          setOutcome(value);
          setOutcomeMissing(false);
        }}
        options={[
          { value: 'justified', label: t('audit.breakGlass.justified') },
          { value: 'unjustified', label: t('audit.breakGlass.unjustified') },
        ]}
        error={outcomeMissing ? t('audit.breakGlass.outcomeRequired') : fieldError('outcome')}
      />
      <TextareaField
        label={t('audit.breakGlass.note')}
        description={t('audit.breakGlass.noteDescription')}
        value={note}
        onValueChange={setNote}
        rows={3}
        error={fieldError('note')}
        required
      />
      <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
        {t('audit.breakGlass.submit')}
      </Button>
    </form>
  );
}
