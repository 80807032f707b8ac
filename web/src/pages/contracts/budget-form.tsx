import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractCodeLists, usePutBudget, type BudgetFigure } from '../../api/contracts';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { REGIONAL_LINES, toCents, useErrorText } from './form-helpers';

const LINES: readonly BudgetFigure['line'][] = [
  'local_basic',
  'local_ambulant',
  'regional_ambulant',
  'regional_day_treatment',
  'regional_residential',
  'crisis',
  'youth_protection',
  'tailored_arrangements',
];

/**
 * Set a municipality's budget on one line for one year (creates or replaces the amount). A regional line is the
 * municipality's share of what the region buys together: the form asks how the region's total was split.
 */
export function BudgetForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const e = useErrorText();
  const lists = useContractCodeLists();
  const put = usePutBudget();
  const specs: FieldSpecs = useMemo(
    () => ({
      municipalityCode: {
        label: t('contracts.budgets.municipality'),
        messages: { required: e('municipality'), invalid_format: e('municipality'), out_of_region: e('municipality') },
      },
      year: {
        label: t('contracts.budgets.year'),
        messages: { required: e('year'), invalid_type: e('year'), too_small: e('year'), too_big: e('year') },
      },
      line: {
        label: t('contracts.fields.budgetLine'),
        messages: { required: e('budgetLine'), invalid_enum: e('budgetLine') },
      },
      amountCents: {
        label: t('contracts.budgetForm.amount'),
        messages: { required: e('amount'), invalid_type: e('amount'), too_big: e('amount') },
      },
      splitNote: {
        label: t('contracts.budgetForm.split'),
        messages: { required: e('split'), custom: e('split'), too_big: e('split') },
      },
    }),
    [t, e],
  );
  const form = useFormErrors(specs, put.error);
  const [v, setV] = useState({ municipalityCode: '', year: String(year), line: '', amount: '', splitNote: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const line = LINES.find((l) => l === v.line);
  const regional = line !== undefined && REGIONAL_LINES.includes(line);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const cents = toCents(v.amount);
    const y = Number(v.year);
    const ok = form.check([
      issue(!v.municipalityCode, 'municipalityCode'),
      issue(!/^\d{4}$/.test(v.year) || y < 2015 || y > 2100, 'year', v.year ? 'invalid_type' : 'required'),
      issue(!line, 'line'),
      issue(Number.isNaN(cents), 'amountCents', v.amount.trim() ? 'invalid_type' : 'required'),
      issue(regional && !v.splitNote.trim(), 'splitNote'),
    ]);
    if (!ok || !line) return;
    put.mutate(
      {
        municipalityCode: v.municipalityCode,
        year: y,
        line,
        scope: regional ? 'regional' : 'local',
        amountCents: cents,
        splitNote: regional ? v.splitNote.trim() : null,
      },
      { onSuccess: () => form.clear() },
    );
  };
  const saved = put.data;
  return (
    <section aria-labelledby="budget-form-title" className="kt-section">
      <Heading2 id="budget-form-title">{t('contracts.budgetForm.title')}</Heading2>
      <Paragraph>{t('contracts.budgetForm.intro')}</Paragraph>
      {saved ? (
        <Paragraph role="status">
          {t('contracts.budgetForm.saved', {
            municipality: saved.municipalityName,
            line: t(`contracts.lines.${saved.line}`),
            year: saved.year,
            amount: format.money(saved.budgetCents),
            remaining: format.money(saved.remainingCents),
          })}
        </Paragraph>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-labelledby="budget-form-title" className="kt-form">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError ?? lists.error} />
        <SelectField
          label={t('contracts.budgets.municipality')}
          value={v.municipalityCode}
          onValueChange={set('municipalityCode')}
          emptyOption={t('contracts.form.choose')}
          options={(lists.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
          required
          {...form.field('municipalityCode')}
        />
        <TextField
          label={t('contracts.budgets.year')}
          inputMode="numeric"
          maxLength={4}
          value={v.year}
          onValueChange={set('year')}
          required
          {...form.field('year')}
        />
        <SelectField
          label={t('contracts.fields.budgetLine')}
          value={v.line}
          onValueChange={set('line')}
          emptyOption={t('contracts.form.choose')}
          options={LINES.map((l) => ({ value: l, label: t(`contracts.lines.${l}`) }))}
          required
          {...form.field('line')}
        />
        <TextField
          label={t('contracts.budgetForm.amount')}
          description={t('contracts.budgetForm.amountHelp')}
          inputMode="decimal"
          value={v.amount}
          onValueChange={set('amount')}
          required
          {...form.field('amountCents')}
        />
        {regional ? (
          <TextareaField
            label={t('contracts.budgetForm.split')}
            description={t('contracts.budgetForm.splitHelp')}
            value={v.splitNote}
            onValueChange={set('splitNote')}
            required
            {...form.field('splitNote')}
          />
        ) : null}
        <Button type="submit" appearance="primary-action-button" disabled={put.isPending}>
          {t('contracts.budgetForm.submit')}
        </Button>
      </form>
    </section>
  );
}
