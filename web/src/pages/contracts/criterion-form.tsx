import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveCriterion, type OutcomeCriterion } from '../../api/contracts';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { toDecimal, useErrorText } from './form-helpers';

const INDICATORS = [
  'drop_out',
  'satisfaction',
  'managing_without_help',
  'repeat_use',
  'goals_achieved',
  'problems_reduced',
] as const;
const COMPARISONS = ['at_most', 'at_least'] as const;

/** An outcome criterion agreed with the provider (seed 002): indicator, at most/at least, target; new or edited. */
export function CriterionForm({
  contractId,
  criterion,
  onDone,
}: {
  contractId: string;
  criterion?: OutcomeCriterion;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const e = useErrorText();
  const add = useSaveCriterion(contractId);
  const specs: FieldSpecs = useMemo(
    () => ({
      indicator: {
        label: t('contracts.fields.indicator'),
        messages: { required: e('indicator'), invalid_enum: e('indicator') },
      },
      comparison: {
        label: t('contracts.criterionForm.comparison'),
        messages: { required: e('comparison'), invalid_enum: e('comparison') },
      },
      target: {
        label: t('contracts.fields.target'),
        messages: { required: e('target'), invalid_type: e('target'), too_big: e('target'), too_small: e('target') },
      },
      description: { label: t('contracts.fields.description') },
    }),
    [t, e],
  );
  const form = useFormErrors(specs, add.error);
  const empty = { indicator: '', comparison: '', target: '', description: '' };
  const [v, setV] = useState(
    criterion
      ? {
          indicator: criterion.indicator,
          comparison: criterion.comparison,
          target: String(criterion.target), // toDecimal reads it back (no grouping)
          description: criterion.description ?? '',
        }
      : empty,
  );
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const indicator = INDICATORS.find((i) => i === v.indicator);
    const comparison = COMPARISONS.find((c) => c === v.comparison);
    const target = toDecimal(v.target);
    const ok = form.check([
      issue(!indicator, 'indicator'),
      issue(!comparison, 'comparison'),
      issue(Number.isNaN(target), 'target', v.target.trim() ? 'invalid_type' : 'required'),
    ]);
    if (!ok || !indicator || !comparison) return;
    add.mutate(
      {
        ...(criterion ? { criterionId: criterion.id } : {}),
        body: { indicator, comparison, target, description: v.description.trim() || null },
      },
      {
        onSuccess: () => {
          if (!criterion) setV(empty);
          form.clear();
          onDone?.();
        },
      },
    );
  };
  const title = criterion
    ? t('contracts.criterionForm.editTitle', { indicator: t(`contracts.indicators.${criterion.indicator}`) })
    : t('contracts.criterionForm.title');
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="kt-form kt-inline-form">
      <p className="kt-form-title">{title}</p>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('contracts.fields.indicator')}
        value={v.indicator}
        onValueChange={set('indicator')}
        emptyOption={t('contracts.form.choose')}
        options={INDICATORS.map((i) => ({ value: i, label: t(`contracts.indicators.${i}`) }))}
        required
        {...form.field('indicator')}
      />
      <SelectField
        label={t('contracts.criterionForm.comparison')}
        value={v.comparison}
        onValueChange={set('comparison')}
        emptyOption={t('contracts.form.choose')}
        options={COMPARISONS.map((c) => ({ value: c, label: t(`contracts.comparison.${c}`) }))}
        required
        {...form.field('comparison')}
      />
      <TextField
        label={t('contracts.fields.target')}
        description={t('contracts.criterionForm.targetHelp')}
        inputMode="decimal"
        value={v.target}
        onValueChange={set('target')}
        required
        {...form.field('target')}
      />
      <TextField
        label={t('contracts.fields.description')}
        value={v.description}
        onValueChange={set('description')}
        {...form.field('description')}
      />
      <div className="kt-form-actions">
        <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
          {criterion ? t('contracts.criterionForm.save') : t('contracts.criterionForm.submit')}
        </Button>
        {onDone ? (
          <Button type="button" appearance="subtle-button" onClick={onDone}>
            {t('contracts.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
